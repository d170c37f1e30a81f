from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Kärna")

    def ready(self) -> None:
        from django.urls import register_converter

        from core.exports import KindConverter
        from core.generations import count_changes

        register_converter(KindConverter, "export_kind")  # `export.<export_kind:kind>`: csv or xlsx, else 404
        # Every save, delete and many-to-many change of a domain model moves its change counter (the safety
        # net beside `record_change`; see `core.generations`).
        count_changes()
