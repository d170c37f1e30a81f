from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OrganizeConfig(AppConfig):
    name = "organize"
    verbose_name = _("Organisera")

    def ready(self) -> None:
        """Organizing's part of the page of what has no owner (`collaborations.parts.ownerless`)."""
        from collaborations.parts import ownerless
        from organize.queries.ownerless import organize_ownerless

        ownerless.register(organize_ownerless)
