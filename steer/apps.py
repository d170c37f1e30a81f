from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SteerConfig(AppConfig):
    name = "steer"
    verbose_name = _("Styra")
