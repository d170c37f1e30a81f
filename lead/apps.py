from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LeadConfig(AppConfig):
    name = "lead"
    verbose_name = _("Leda")
