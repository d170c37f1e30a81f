"""The action plans a user may see: the list by party (the joint plan first) and one plan's page."""

from __future__ import annotations

from typing import Any

from django.db.models import Count, Q

from collaborations.models import Collaboration
from work.models import ActionPlan, ActionPlanVersion, Activity
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
    activities = list(
        with_goals(Activity.objects.visible_to(user).filter(plan=plan), user).order_by("start_date", "pk")
    )
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
