"""Goals: each goal's status and trend rolled up from its indicators and sub-goals (kept in the cache per
collaboration and viewer), a marked goal's outcome, the goals as a tree, and what a goal's page shows."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.cache import cache

from core import generations
from organize.models import ResourceCommitment
from steer import engine
from steer.models import Evidence, Goal, GoalConflict, Indicator, OwnGoal
from steer.queries.indicators import IndicatorResult, indicator_statuses, indicators_with_data


@dataclass
class GoalResult:
    """A goal's status and trend. A goal marked achieved or superseded has that as its status; `measured`
    keeps what its indicators and sub-goals roll up to (None for a goal that is not marked)."""

    status: str
    trend: str
    measured: str | None = None

    @property
    def is_marked(self) -> bool:
        return self.status in (engine.ACHIEVED, engine.SUPERSEDED)


def outcome_of(achieved_year: int | None, superseded_by_id: int | None) -> str | None:
    """What a goal has been marked: achieved, superseded by a successor, or nothing."""
    if achieved_year is not None:
        return engine.ACHIEVED
    return engine.SUPERSEDED if superseded_by_id is not None else None


def goal_statuses(
    goals: Iterable[Goal], indicators: Iterable[Indicator], results: dict[int, IndicatorResult]
) -> dict[int, GoalResult]:
    """Each goal's status rolled up from its indicators and its sub-goals (`engine.roll_up`); a goal marked
    achieved or superseded says so."""
    goals = list(goals)
    outcomes = {g.pk: outcome_of(g.achieved_year, g.superseded_by_id) for g in goals}
    return _rolled_up([(g.pk, g.parent_id) for g in goals], indicators, results, outcomes)


# How a marked sub-goal counts in the goal above it: an achieved one as on track, a superseded one not at all.
_COUNTS_AS = {engine.ACHIEVED: engine.ON_TRACK, engine.SUPERSEDED: engine.NO_DATA}


def _rolled_up(
    tree: list[tuple[int, int | None]],
    indicators: Iterable[Indicator],
    results: dict[int, IndicatorResult],
    outcomes: dict[int, str | None] | None = None,
) -> dict[int, GoalResult]:
    """`goal_statuses` over the goals' (id, parent id) pairs, in list order, with what each is marked."""
    outcomes = outcomes or {}
    by_goal: dict[int, list[int]] = defaultdict(list)
    for indicator in indicators:
        by_goal[indicator.goal_id].append(indicator.pk)
    children: dict[int | None, list[int]] = defaultdict(list)
    for pk, parent_id in tree:
        children[parent_id].append(pk)
    out: dict[int, GoalResult] = {}

    def visit(pk: int, seen: frozenset[int]) -> GoalResult:
        if pk in out:
            return out[pk]
        items = [results[i] for i in by_goal.get(pk, [])]
        statuses = [r.status for r in items]
        trends = [r.trend for r in items]
        for child in children.get(pk, []):
            if child not in seen:
                child_result = visit(child, seen | {child})
                statuses.append(_COUNTS_AS.get(child_result.status, child_result.status))
                if child_result.status != engine.SUPERSEDED:
                    trends.append(child_result.trend)
        measured, trend = engine.roll_up(statuses), engine.roll_up_trend(trends)
        outcome = outcomes.get(pk)
        # a marked goal shows its mark, not a trend; what its indicators say is kept beside it
        out[pk] = GoalResult(outcome, engine.UNKNOWN, measured) if outcome else GoalResult(measured, trend)
        return out[pk]

    for pk, _parent_id in tree:
        visit(pk, frozenset({pk}))
    return out


def _subtree(root: int, tree: list[tuple[int, int | None]]) -> list[tuple[int, int | None]]:
    """The pairs of `root` and the goals under it at any depth, in list order."""
    children: dict[int | None, list[int]] = defaultdict(list)
    for pk, parent_id in tree:
        children[parent_id].append(pk)
    kept, waiting = {root}, [root]
    while waiting:
        for child in children.get(waiting.pop(), []):
            if child not in kept:
                kept.add(child)
                waiting.append(child)
    return [(pk, parent_id) for pk, parent_id in tree if pk in kept]


def goal_statuses_in(collaboration_ids: Iterable[int], user: Any) -> dict[int, GoalResult]:
    """Status and trend of every goal `user` may see in these collaborations, rolled up from all the
    indicators and sub-goals they may see. Kept in the cache per collaboration and viewer until that
    collaboration changes (`core.generations`), so a list across collaborations works out again only the
    collaborations that changed; those in a fixed number of queries, however many."""
    keys = generations.versions_of(user, collaboration_ids, "steer-goal-statuses")
    found = cache.get_many(list(keys.values()))
    results: dict[int, GoalResult] = {}
    missing = [cid for cid, key in keys.items() if key not in found]
    for part in found.values():
        results.update(part)
    if not missing:
        return results
    goals = list(Goal.objects.visible_to(user).filter(collaboration_id__in=missing))
    visible = {g.pk for g in goals}
    indicators = Indicator.objects.visible_to(user).filter(collaboration_id__in=missing)
    shown = [i for i in indicators_with_data(indicators, user, shown=False, details=False) if i.goal_id in visible]
    computed = goal_statuses(goals, shown, indicator_statuses(shown, user))
    by_collaboration: dict[int, dict[int, GoalResult]] = {cid: {} for cid in missing}
    for goal in goals:
        by_collaboration[goal.collaboration_id][goal.pk] = computed[goal.pk]
    cache.set_many({keys[cid]: part for cid, part in by_collaboration.items()}, settings.CACHE_FRAGMENT_SECONDS)
    results.update(computed)
    return results


def goal_tree(goals: list[Goal]) -> list[tuple[Goal, int]]:
    """Goals in document order, each with its depth (sub-goals under their goal)."""
    present = {g.pk for g in goals}
    children: dict[int | None, list[Goal]] = defaultdict(list)
    for goal in goals:
        children[goal.parent_id if goal.parent_id in present else None].append(goal)
    ordered: list[tuple[Goal, int]] = []

    def walk(parent: int | None, depth: int) -> None:
        for goal in children.get(parent, []):
            ordered.append((goal, depth))
            walk(goal.pk, depth + 1)

    walk(None, 0)
    return ordered


@dataclass
class GoalPage:
    """What a goal's page shows: its status and trend, its sub-goals and indicators with theirs, and
    what is linked to it."""

    result: GoalResult
    successor: Goal | None  # the goal that superseded this one, when the viewer may see it
    predecessors: list[Goal]  # the goals this one superseded, that the viewer may see
    children: list[tuple[Goal, GoalResult]]
    indicators: list[tuple[Indicator, IndicatorResult]]
    own_goals: list[OwnGoal]
    resources: list[ResourceCommitment]
    evidence: list[Evidence]
    conflicts: list[GoalConflict]


def goal_page(goal: Goal, user: Any) -> GoalPage:
    """What `goal`'s page shows to `user`, who may see the goal, in a fixed number of queries.

    The status is rolled up as on the dashboard (`goal_statuses`) from the indicators and the sub-goals,
    at any depth, that the user may see, but only those under this goal are read and judged: of the
    collaboration's other goals only their ids and parents are read, to find the sub-goals."""
    collaboration_id = goal.collaboration_id
    goals = Goal.objects.visible_to(user).filter(collaboration_id=collaboration_id)
    rows = list(goals.values_list("pk", "parent_id", "achieved_year", "superseded_by_id"))
    tree = _subtree(goal.pk, [(pk, parent_id) for pk, parent_id, _a, _s in rows])
    outcomes = {pk: outcome_of(achieved, superseded) for pk, _p, achieved, superseded in rows}
    child_ids = [pk for pk, parent_id in tree if parent_id == goal.pk]
    # the successor and the goals this one superseded, among those the viewer may see
    visible_ids = {pk for pk, *_rest in rows}
    successor_id = goal.superseded_by_id if goal.superseded_by_id in visible_ids else None
    predecessor_ids = [pk for pk, _p, _a, superseded in rows if superseded == goal.pk]
    wanted = {*child_ids, *predecessor_ids, *([successor_id] if successor_id else [])}
    linked = {g.pk: g for g in goals.filter(pk__in=wanted).select_related("collaboration")} if wanted else {}
    children = [linked[pk] for pk in child_ids if pk in linked]
    visible = Indicator.objects.visible_to(user).filter(
        collaboration_id=collaboration_id, goal_id__in=[pk for pk, _parent_id in tree]
    )
    indicators = list(indicators_with_data(visible, user, details=False))
    results = indicator_statuses(indicators, user)
    rolled_up = _rolled_up(tree, indicators, results, outcomes)
    in_collaboration = {"collaboration_id": collaboration_id}
    return GoalPage(
        result=rolled_up[goal.pk],
        successor=linked.get(successor_id) if successor_id else None,
        predecessors=[linked[pk] for pk in predecessor_ids if pk in linked],
        children=[(child, rolled_up[child.pk]) for child in children],
        indicators=[(i, results[i.pk]) for i in indicators if i.goal_id == goal.pk],
        own_goals=list(
            OwnGoal.objects.visible_to(user)
            .filter(shared_goals=goal, **in_collaboration)
            .select_related("organization", "collaboration")
        ),
        resources=list(_resources(user).filter(goals=goal)),
        evidence=list(
            Evidence.objects.visible_to(user).filter(goals=goal, **in_collaboration).select_related("collaboration")
        ),
        conflicts=list(
            GoalConflict.objects.visible_to(user).filter(goals=goal, **in_collaboration).select_related("collaboration")
        ),
    )


def _resources(user: Any) -> Any:
    return ResourceCommitment.objects.visible_to(user).select_related("organization").order_by("year")
