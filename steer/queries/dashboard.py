"""The steering overview (S10, S11): the goals, indicators and their status, what changed since the last
round, what lacks data or an owner; for a party, only what it contributes to or answers for."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from core.permissions import VisiblePrefetch
from organize.models import ResourceCommitment
from steer import engine
from steer.models import FollowUpRound, Goal, GoalDocument, Indicator, OwnGoal
from steer.queries.follow_up import Change, changes_since, last_closed_round
from steer.queries.goals import GoalResult, _resources, goal_statuses, goal_tree
from steer.queries.indicators import IndicatorResult, indicator_statuses, indicators_with_data


@dataclass
class Dashboard:
    documents: list[GoalDocument]
    goals: list[tuple[Goal, int]]
    goal_results: dict[int, GoalResult]
    indicators_by_goal: dict[int, list[Indicator]]
    results: dict[int, IndicatorResult]
    changes: list[Change]
    last_round: FollowUpRound | None
    without_data: list[Indicator]
    without_owner: list[Indicator]
    goals_without_indicator: list[Goal]
    own_goals: list[OwnGoal]
    party: object | None = None
    resources: list[Any] = field(default_factory=list)  # the party's resources, with the goals they serve
    indicator_count: int = 0  # the indicators shown (none: nothing can lack data, and the page says so)


def dashboard(collaboration: Any, user: Any, party: Any = None) -> Dashboard:
    """The steering overview; with `party`, only what that party contributes to or answers for."""
    goals = list(
        Goal.objects.visible_to(user)
        .filter(collaboration=collaboration)
        .select_related("document__collaboration", "collaboration", "parent")
        .prefetch_related(
            VisiblePrefetch(
                "resources", user, queryset=ResourceCommitment.objects.select_related("organization").order_by("year")
            )
        )
    )
    visible = Indicator.objects.visible_to(user).filter(collaboration=collaboration)
    indicators = list(indicators_with_data(visible, user, details=False))
    visible_goal_ids = {g.pk for g in goals}
    indicators = [i for i in indicators if i.goal_id in visible_goal_ids]
    results = indicator_statuses(indicators, user)
    goal_results = goal_statuses(goals, indicators, results)
    own_goals = list(
        OwnGoal.objects.visible_to(user)
        .filter(collaboration=collaboration)
        .select_related("organization", "collaboration")
        .prefetch_related(VisiblePrefetch("shared_goals", user, queryset=Goal.objects.select_related("collaboration")))
    )
    resources = []
    if party is not None:
        resources = list(
            _resources(user)
            .filter(collaboration=collaboration, organization=party)
            .prefetch_related(VisiblePrefetch("goals", user, queryset=Goal.objects.select_related("collaboration")))
        )
        own_goals = [o for o in own_goals if o.organization_id == party.pk]
        contributed = {g.pk for o in own_goals for g in o.shared_goals.all()}
        answered = {i.goal_id for i in indicators if i.responsible_organization_id == party.pk}
        indicators = [i for i in indicators if i.responsible_organization_id == party.pk or i.goal_id in contributed]
        keep = contributed | answered
        goals = [g for g in goals if g.pk in keep]
    by_goal: dict[int, list[Indicator]] = defaultdict(list)
    for indicator in indicators:
        by_goal[indicator.goal_id].append(indicator)
    last_round = last_closed_round(collaboration, user)
    parents = {g.parent_id for g in goals}  # a goal measured through its sub-goals needs no indicator of its own
    documents = sorted({g.document for g in goals}, key=lambda d: (d.year_from or 0, d.title))
    return Dashboard(
        documents=documents,
        goals=goal_tree(goals),
        goal_results=goal_results,
        indicators_by_goal=by_goal,
        results=results,
        changes=changes_since(last_round, indicators, results, user),
        last_round=last_round,
        without_data=[i for i in indicators if results[i.pk].status == engine.NO_DATA],
        without_owner=[i for i in indicators if i.responsible_organization_id is None],
        goals_without_indicator=[
            g for g in goals if not by_goal.get(g.pk) and g.pk not in parents and not goal_results[g.pk].is_marked
        ],
        own_goals=own_goals,
        party=party,
        resources=resources,
        indicator_count=len(indicators),
    )
