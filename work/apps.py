from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkConfig(AppConfig):
    name = "work"
    verbose_name = _("Genomföra")

    def ready(self) -> None:
        """What the parties' work draws on the pages of the apps below it (`core.panels`) and adds to the page
        of what has no owner (`collaborations.parts.ownerless`)."""
        from collaborations.parts import ownerless
        from work.queries.ownerless import work_ownerless
        from work.views import panels

        panels.register()  # a follow-up round's and a goal's activities
        ownerless.register(work_ownerless)  # open activities whose owner has left
