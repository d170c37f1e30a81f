"""What the parties' work draws on the pages of the apps below it (`core.panels`): on a follow-up round of
steer, the activities of each goal with their latest progress note (as of the round's end); on a goal's
page, the activities that serve it."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils import timezone

from core import panels
from steer.models import Goal
from work.models import PLAN_ORDER, Activity
from work.queries.activities import latest_notes, shared_goal_ids, with_goals


def round_panel(request: HttpRequest, round: Any) -> dict[str, Any] | None:
    """The activities of each goal of the round's collaboration, with the latest note written by the round's
    end (its closing day, else its due date)."""
    user = getattr(request, "user", None)
    activities = list(
        with_goals(Activity.objects.visible_to(user).filter(collaboration_id=round.collaboration_id), user).order_by(
            *PLAN_ORDER
        )
    )
    if not activities:
        return None
    until = round.closed_on or round.due_date
    notes = latest_notes(activities, user, until=until)
    goals = list(
        Goal.objects.visible_to(user)
        .filter(collaboration_id=round.collaboration_id)
        .order_by("document__title", "order", "pk")
    )
    rows = []
    for goal in goals:
        serving = [a for a in activities if goal.pk in shared_goal_ids(a)]
        rows.append({"goal": goal, "activities": [(a, notes.get(a.pk)) for a in serving]})
    return {"rows": rows, "until": until, "round": round, "today": timezone.localdate()}


def goal_panel(request: HttpRequest, goal: Any) -> dict[str, Any] | None:
    user = getattr(request, "user", None)
    activities = [
        a
        for a in with_goals(
            Activity.objects.visible_to(user).filter(collaboration_id=goal.collaboration_id), user
        ).order_by(*PLAN_ORDER)
        if goal.pk in shared_goal_ids(a)
    ]
    return {
        "goal": goal,
        "activities": activities,
        "notes": latest_notes(activities, user),
        "today": timezone.localdate(),
    }


def register() -> None:
    panels.register("steer.round", "work/panels/round.html", round_panel)
    panels.register("steer.goal", "work/panels/goal.html", goal_panel)
