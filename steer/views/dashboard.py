"""The steering overview: goals with status and trend, indicators with a sparkline, what changed since
the last follow-up and what lacks data or an owner; the same for one party."""

from __future__ import annotations

from django.views.generic import TemplateView

from actors.models import Organization
from collaborations.models import Participation
from steer import engine, queries
from steer.views.base import SteerMixin


class DashboardView(SteerMixin, TemplateView):
    template_name = "steer/dashboard.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        collaboration, user = self.get_collaboration(), self.request.user
        visible = Participation.objects.visible_to(user).filter(collaboration=collaboration)
        parties = list(Organization.objects.filter(participations__in=visible).distinct().order_by("name"))
        party = None
        wanted = self.request.GET.get("part", "")
        if wanted.isdigit():
            party = next((p for p in parties if p.pk == int(wanted)), None)
        board = queries.dashboard(collaboration, user, party=party)
        sparklines = {
            pk: queries.sparkline(result.decisive.values) if result.decisive else ""
            for pk, result in board.results.items()
        }
        context.update(
            board=board,
            parties=parties,
            party=party,
            sparklines=sparklines,
            rule=engine.RULE,
        )
        return context
