"""The action plans a user may see: the list by party (the joint plan first) and one plan's page."""

from __future__ import annotations

from typing import Any

from django.db.models import Count, Q

from collaborations.models import Collaboration
from core.queries import HIDDEN
from steer.models import Goal, OwnGoal
from work.engine.rows import GOAL_SEPARATOR
from work.models import PLAN_ORDER, ActionPlan, ActionPlanVersion, Activity
from work.queries.activities import latest_notes, with_goals


def plan_list(collaboration: Collaboration, user: Any) -> list[ActionPlan]:
    """Every plan the user may see, the joint plan first, then by party and period; each with how many
    of its activities the user may see (`activity_count`) and its latest version (`latest_version`)."""
    visible = Activity.objects.visible_to(user).values("pk")
    plans = list(
        ActionPlan.objects.visible_to(user)
        .filter(collaboration=collaboration)
        .select_related("collaboration", "organization")
        .annotate(activity_count=Count("activities", filter=Q(activities__in=visible), distinct=True))
        .order_by("organization__name", "-start_year", "pk")
    )
    versions: dict[int, ActionPlanVersion] = {}
    for version in (
        ActionPlanVersion.objects.visible_to(user).filter(plan__in=[p.pk for p in plans]).order_by("plan_id", "number")
    ):
        versions[version.plan_id] = version  # the last one, by number
    for plan in plans:
        plan.latest_version = versions.get(plan.pk)
    plans.sort(key=lambda p: (p.organization_id is not None, p.organization.name if p.organization else ""))
    return plans


def plan_detail(plan: ActionPlan, user: Any) -> dict[str, Any]:
    activities = list(with_goals(Activity.objects.visible_to(user).filter(plan=plan), user).order_by(*PLAN_ORDER))
    versions = list(ActionPlanVersion.objects.visible_to(user).filter(plan=plan).order_by("-number"))
    visible_ids = {a.pk for a in activities}
    for version in versions:
        version.visible_rows = visible_rows(version, visible_ids)
    return {
        "activities": activities,
        "notes": latest_notes(activities, user),
        "versions": versions,
        "current_version": versions[0] if versions else None,
    }


def visible_rows(version: ActionPlanVersion, visible_ids: set[int]) -> list[dict[str, Any]]:
    """The rows of a saved version that the reader may see: those of activities the reader sees now (an
    activity shared with named organizations is not in another party's copy, nor one since removed)."""
    return [row for row in version.rows if row.get("id") in visible_ids]


class VersionRows:
    """The rows of saved versions as the caller may read them: only the activities they may see now (a
    row of an activity since removed is left out), and in a row's goals each title the caller cannot match
    to a goal they may see is "dolt objekt". Read once for all the versions shown."""

    def __init__(self, user: Any) -> None:
        self.user = user
        self.activity_ids: set[int] | None = None
        self.goal_titles: set[str] = set()

    def _prepare(self, versions: list[ActionPlanVersion]) -> None:
        ids = {row.get("id") for version in versions for row in version.rows} - {None}
        collaborations = {version.collaboration_id for version in versions}
        self.activity_ids = set(Activity.objects.visible_to(self.user).filter(pk__in=ids).values_list("pk", flat=True))
        for model in (Goal, OwnGoal):
            seen = model.objects.visible_to(self.user).filter(collaboration_id__in=collaborations)
            self.goal_titles |= set(seen.values_list("title", flat=True))

    def __call__(self, version: ActionPlanVersion, listed: list[ActionPlanVersion] | None = None) -> list[Any]:
        if self.activity_ids is None:
            self._prepare(listed or [version])
        rows = []
        for row in visible_rows(version, self.activity_ids or set()):
            titles = [t for t in str(row.get("goals") or "").split(GOAL_SEPARATOR) if t]
            shown = [t if t in self.goal_titles else str(HIDDEN) for t in titles]
            rows.append({**row, "goals": GOAL_SEPARATOR.join(shown)})
        return rows
