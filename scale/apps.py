from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ScaleConfig(AppConfig):
    """Tooling, not a part of the model: national-scale data for the benchmarks (issue: performance)."""

    name = "scale"
    verbose_name = _("Skalningsdata")
