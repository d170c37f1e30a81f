"""The steering overview: goals with status and trend, indicators with a sparkline, what changed since
the last follow-up and what lacks data or an owner; the same for one party."""

from __future__ import annotations

from django.utils import timezone
from django.views.generic import TemplateView

from collaborations.parts.queries import visible_parties
from core.numbers import read_id
from core.views import lazy
from steer import engine, queries
from steer.views.base import SteerMixin


class DashboardView(SteerMixin, TemplateView):
    """Its content is a cached part (`{% cachedpart %}`): the board is computed only when it is missing."""

    template_name = "steer/dashboard.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        collaboration, user = self.get_collaboration(), self.request.user
        wanted = self.request.GET.get("part", "")
        wanted = wanted if read_id(wanted) else ""  # a party's id or nothing (and one cached part for junk)

        def parties():
            return list(visible_parties(collaboration, user, timezone.localdate()))  # the parties of today

        def party():
            return next((p for p in context["parties"] if str(p.pk) == wanted), None) if wanted else None

        def board():
            return queries.dashboard(collaboration, user, party=context["party"] or None)

        def sparklines():
            return {
                pk: queries.sparkline(result.decisive.values) if result.decisive else ""
                for pk, result in context["board"].results.items()
            }

        context.update(
            board=lazy(board),
            parties=lazy(parties),
            party=lazy(party),
            sparklines=lazy(sparklines),
            party_wanted=wanted,
            rule=engine.RULE,
        )
        return context
