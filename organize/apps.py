from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OrganizeConfig(AppConfig):
    name = "organize"
    verbose_name = _("Organisera")
