"""The activities a user may see, with what their lists show: plan, owner, goals and the latest note."""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from django.db.models import OuterRef, QuerySet, Subquery

from collaborations.models import Collaboration
from core.numbers import read_id
from core.permissions import VisiblePrefetch
from steer.models import Goal, OwnGoal
from work.choices import OPEN_ACTIVITY, ActivityStatus, KnowledgeBasis
from work.models import Activity, ProgressNote


def with_goals(activities: QuerySet[Activity], user: Any) -> QuerySet[Activity]:
    """Each activity with the shared and own goals the user may see (`goals`, `own_goals`)."""
    return activities.select_related("collaboration", "plan", "owner_organization", "owner_person").prefetch_related(
        VisiblePrefetch("goals", user, queryset=Goal.objects.order_by("order", "pk")),
        VisiblePrefetch(
            "own_goals",
            user,
            queryset=OwnGoal.objects.prefetch_related(
                VisiblePrefetch("shared_goals", user, queryset=Goal.objects.order_by("order", "pk"))
            ).order_by("pk"),
        ),
    )


def collaboration_activities(collaboration: Collaboration, user: Any) -> QuerySet[Activity]:
    return with_goals(Activity.objects.visible_to(user).filter(collaboration=collaboration), user)


def latest_notes(
    activities: Iterable[Activity], user: Any, until: datetime.date | None = None
) -> dict[int, ProgressNote]:
    """The latest progress note of each activity (by day, then by when it was written; written by `until`
    when given), if any."""
    ids = [a.pk for a in activities]
    if not ids:
        return {}
    newest = ProgressNote.objects.visible_to(user).filter(activity_id=OuterRef("activity_id"))
    if until is not None:
        newest = newest.filter(written_on__lte=until)
    newest = newest.order_by("-written_on", "-pk")
    notes = (
        ProgressNote.objects.visible_to(user)
        .filter(activity_id__in=ids)
        .filter(pk=Subquery(newest.values("pk")[:1]))
        .select_related("author")
    )
    return {note.activity_id: note for note in notes}


def shared_goal_ids(activity: Activity) -> set[int]:
    """The shared goals the activity serves: its own, and those its party's own goals contribute to."""
    ids = {goal.pk for goal in activity.goals.all()}
    for own in activity.own_goals.all():
        ids.update(goal.pk for goal in own.shared_goals.all())
    return ids


@dataclass(frozen=True)
class ActivityFilter:
    """The filters of the joint view and the timeline: party, goal, status, knowledge basis (from the query)."""

    party: int | None = None
    goal: int | None = None
    status: str = ""
    basis: str = ""

    PARAMS = ("part", "mal", "status", "kunskap")

    @classmethod
    def from_params(cls, params: Mapping[str, str]) -> ActivityFilter:
        status = params.get("status", "")
        basis = params.get("kunskap", "")
        return cls(
            party=read_id(params.get("part")),
            goal=read_id(params.get("mal")),
            status=status if status in (*ActivityStatus.values, "open", "late") else "",
            basis=basis if basis in (*KnowledgeBasis.values, "unknown") else "",
        )

    @property
    def is_active(self) -> bool:
        return bool(self.party or self.goal or self.status or self.basis)

    def apply(self, activities: QuerySet[Activity], today: datetime.date) -> QuerySet[Activity]:
        if self.party:
            activities = activities.filter(owner_organization_id=self.party)
        if self.status == "open":
            activities = activities.filter(status__in=OPEN_ACTIVITY)
        elif self.status == "late":
            activities = activities.filter(status__in=OPEN_ACTIVITY, end_date__lt=today)
        elif self.status:
            activities = activities.filter(status=self.status)
        if self.basis == "unknown":
            activities = activities.filter(knowledge_basis="")
        elif self.basis:
            activities = activities.filter(knowledge_basis=self.basis)
        return activities

    def keeps(self, activity: Activity) -> bool:
        """The goal filter, on an activity with its goals loaded (it also counts goals reached through own goals)."""
        return (
            self.goal is None
            or self.goal in shared_goal_ids(activity)
            or any(own.pk == self.goal for own in activity.own_goals.all())
        )
