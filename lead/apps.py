from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LeadConfig(AppConfig):
    name = "lead"
    verbose_name = _("Leda")

    def ready(self) -> None:
        """What leading draws on the pages of the apps below it (`core.panels`)."""
        from collaborations.parts import ownerless
        from core import panels
        from lead.queries import communication
        from lead.queries.ownerless import lead_ownerless
        from lead.views import panels as assignment_panels

        assignment_panels.register()  # overdue assignments: body, organization, person, overview
        panels.register("collaborations.overview", "lead/panels/wins.html", communication.overview_wins_panel)
        panels.register("actors.person", "lead/panels/handover.html", communication.person_handover_panel)
        ownerless.register(lead_ownerless)  # open assignments whose owner has left
