"""The joint view (issue 17 §3): all parties' activities by goal, with the goals no activity serves; and
the timeline of the same activities, drawn with a data table beside it. Both filter by party, goal,
status and knowledge basis."""

from __future__ import annotations

from typing import Any

from django.utils import timezone
from django.utils.translation import gettext as _t
from django.views.generic import TemplateView

from collaborations.parts.queries import visible_parties
from steer.models import Goal
from work.choices import ActivityStatus, KnowledgeBasis
from work.engine.timeline import as_table
from work.queries.activities import ActivityFilter
from work.queries.joint import filtered_activities, joint_view, timeline_of
from work.views.base import WorkMixin


class FilteredMixin(WorkMixin):
    def filter_context(self, chosen: ActivityFilter) -> dict[str, Any]:
        collaboration, user = self.get_collaboration(), self.request.user
        return {
            "chosen": chosen,
            "parties": list(visible_parties(collaboration, user)),
            "goal_choices": list(
                Goal.objects.visible_to(user)
                .filter(collaboration=collaboration)
                .order_by("document__title", "order", "pk")
            ),
            "statuses": [("open", _t("Inte avslutade")), ("late", _t("Försenade")), *ActivityStatus.choices],
            "bases": [*KnowledgeBasis.choices, ("unknown", _t("Okänd kunskapsgrund"))],
        }


class JointView(FilteredMixin, TemplateView):
    template_name = "work/joint.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        chosen = ActivityFilter.from_params(self.request.GET)
        today = timezone.localdate()
        view = joint_view(self.get_collaboration(), self.request.user, chosen, today)
        context.update(view=view, today=today, **self.filter_context(chosen))
        return context


class TimelineView(FilteredMixin, TemplateView):
    template_name = "work/timeline.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        chosen = ActivityFilter.from_params(self.request.GET)
        today = timezone.localdate()
        activities = filtered_activities(self.get_collaboration(), self.request.user, chosen, today)
        drawing = timeline_of(activities, today)
        context.update(
            drawing=drawing,
            table=as_table(drawing),
            today=today,
            late_count=sum(1 for bar in drawing.bars if bar.item.is_late),
            **self.filter_context(chosen),
        )
        return context
