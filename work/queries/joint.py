"""The joint view (issue 17 §3): every party's activities by the shared goal they serve, so the steering
group sees who does what towards each goal and which goals have no activity at all; and the timeline."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any

from collaborations.models import Collaboration
from steer.models import Goal
from work.engine import timeline
from work.models import PLAN_ORDER, Activity, ProgressNote
from work.queries.activities import ActivityFilter, collaboration_activities, latest_notes, shared_goal_ids


@dataclass
class GoalRow:
    goal: Goal
    activities: list[Activity] = field(default_factory=list)
    via_own_goal: set[int] = field(default_factory=set)  # activities that serve it through a party's own goal
    through_sub_goals: bool = False  # no activity of its own, but its sub-goals have some


@dataclass
class JointView:
    rows: list[GoalRow]
    without_activity: list[Goal]
    activities: list[Activity]
    notes: dict[int, ProgressNote]
    own_goal_only: list[Activity]  # serve only a party's own goal that contributes to no shared goal


def filtered_activities(
    collaboration: Collaboration, user: Any, chosen: ActivityFilter, today: datetime.date
) -> list[Activity]:
    activities = chosen.apply(collaboration_activities(collaboration, user), today)
    return [a for a in activities.order_by(*PLAN_ORDER) if chosen.keeps(a)]


def joint_view(collaboration: Collaboration, user: Any, chosen: ActivityFilter, today: datetime.date) -> JointView:
    activities = filtered_activities(collaboration, user, chosen, today)
    goals = list(
        Goal.objects.visible_to(user)
        .filter(collaboration=collaboration)
        .select_related("collaboration", "document")
        .order_by("document__title", "order", "pk")
    )
    rows = {goal.pk: GoalRow(goal) for goal in goals}
    own_goal_only = []
    for activity in activities:
        direct = {goal.pk for goal in activity.goals.all()}
        serves = shared_goal_ids(activity)
        if not serves:
            own_goal_only.append(activity)
        for goal_id in serves:
            row = rows.get(goal_id)
            if row is not None:
                row.activities.append(activity)
                if goal_id not in direct:
                    row.via_own_goal.add(activity.pk)
    shown = [row for row in rows.values() if chosen.goal is None or row.goal.pk == chosen.goal]
    # Goals without activity: of all the activities the user may see, not only the filtered ones; an
    # overall goal is served through its sub-goals.
    served: set[int] = set()
    for activity in collaboration_activities(collaboration, user) if chosen.is_active else activities:
        served |= shared_goal_ids(activity)
    parents = {goal.pk: goal.parent_id for goal in goals}
    for goal_id in list(served):
        parent = parents.get(goal_id)
        while parent is not None and parent not in served:
            served.add(parent)
            parent = parents.get(parent)
    for row in rows.values():
        row.through_sub_goals = not row.activities and row.goal.pk in served
    without = [goal for goal in goals if goal.pk not in served]
    return JointView(
        rows=shown,
        without_activity=without,
        activities=activities,
        notes=latest_notes(activities, user),
        own_goal_only=own_goal_only,
    )


def timeline_of(activities: list[Activity], today: datetime.date) -> timeline.Layout:
    items = [
        timeline.Item(
            key=a.pk,
            label=a.title,
            start=a.start_date,
            end=a.end_date,
            is_late=a.is_late(today),
            status=str(a.get_status_display()),
            party=a.owner_organization.short_name or a.owner_organization.name,
            url=a.get_absolute_url(),
        )
        for a in activities
    ]
    return timeline.layout(items, today)
