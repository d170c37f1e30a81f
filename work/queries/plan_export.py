"""An action plan as an Excel file in the template (`docs/action-plan-template.md`), and the empty template:
what the user may see of it, through the gateway. `work.services.plan_import` reads the file back."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext as _

from collaborations.models import Collaboration
from collaborations.parts.queries import visible_parties
from core.permissions import VisiblePrefetch
from steer.models import Goal, OwnGoal
from work.engine.rows import activity_row
from work.engine.workbook import GoalLine, PartyLine, write_plan_workbook
from work.models import PLAN_ORDER, ActionPlan, Activity


def _goal_lines(collaboration: Collaboration, user: Any) -> list[GoalLine]:
    """The shared goals (in the order of their documents), then the parties' own goals (by party)."""
    shared = Goal.objects.visible_to(user).filter(collaboration=collaboration).order_by("document", "order", "pk")
    own = (
        OwnGoal.objects.visible_to(user)
        .filter(collaboration=collaboration)
        .select_related("organization")
        .order_by("organization__name", "title", "pk")
    )
    lines = [GoalLine(goal.title, _("Gemensamt mål")) for goal in shared]
    lines += [GoalLine(goal.title, _("Eget mål"), goal.organization.name) for goal in own]
    return lines


def _party_lines(collaboration: Collaboration, user: Any) -> list[PartyLine]:
    return [PartyLine(org.name, org.short_name, org.org_number) for org in visible_parties(collaboration, user)]


def plan_rows_for(plan: ActionPlan, user: Any) -> list[dict[str, Any]]:
    """The activities of the plan that `user` may see, as rows of the template, in the plan's order (as
    `work.services.plans.plan_rows`), each with the goals the user may see."""
    activities = (
        Activity.objects.visible_to(user)
        .filter(plan=plan)
        .select_related("owner_organization", "owner_person")
        .prefetch_related(VisiblePrefetch("goals", user), VisiblePrefetch("own_goals", user))
        .order_by(*PLAN_ORDER)
    )
    return [activity_row(activity) for activity in activities]


def plan_workbook(plan: ActionPlan, user: Any) -> bytes:
    """The plan as an Excel file: its activities, the goals and parties one may name, the instructions."""
    collaboration = plan.collaboration
    return write_plan_workbook(
        plan.title, plan_rows_for(plan, user), _goal_lines(collaboration, user), _party_lines(collaboration, user)
    )


def template_workbook(collaboration: Collaboration, user: Any) -> bytes:
    """The empty template for the collaboration: no activities, the goals and parties, the instructions."""
    title = _("Handlingsplan för %(collaboration)s") % {"collaboration": collaboration.name}
    return write_plan_workbook(title, [], _goal_lines(collaboration, user), _party_lines(collaboration, user))
