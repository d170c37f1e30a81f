"""Reads of the steering part: status and trend of indicators and goals (computed in bulk, with a
fixed number of queries), the dashboard, and what the pages of a goal and an indicator show.

Every collaboration-scoped read goes through `visible_to`.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, localcontext
from typing import Any, cast

from django.conf import settings
from django.core.cache import cache
from django.db.models import Prefetch, Q, QuerySet

from actors.choices import Gender
from actors.models import Area
from core import generations
from core.permissions import VisiblePrefetch
from core.services import SYSTEM
from organize.models import ResourceCommitment
from stats.models import Observation
from steer import engine
from steer.choices import MeasureType, RoundStatus
from steer.models import (
    Assessment,
    Evidence,
    FollowUpRound,
    Goal,
    GoalConflict,
    GoalDocument,
    Indicator,
    IndicatorTarget,
    IndicatorValue,
    OwnGoal,
)

GENDER_LABELS = dict(Gender.choices)


@dataclass
class SeriesResult:
    """The evaluation of one area and one gender of an indicator."""

    area: Area
    gender: str
    values: list[tuple[int, float]]
    evaluation: engine.Evaluation
    typed_years: frozenset[int] = frozenset()  # years whose value was entered by hand, not read from the series

    @property
    def label(self) -> str:
        if self.gender == Gender.TOTAL:
            return self.area.name
        return f"{self.area.name}, {str(GENDER_LABELS[self.gender]).lower()}"


@dataclass
class IndicatorResult:
    status: str
    trend: str
    latest_year: int | None = None
    latest_value: float | None = None
    decisive: SeriesResult | None = None
    series: list[SeriesResult] = field(default_factory=list)
    assessed: Assessment | None = None  # for a qualitative indicator: the latest judgement


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


def genders_of(indicator: Indicator) -> list[str]:
    """Women and men when the indicator is reported by gender (the goal holds for both); else total."""
    return [Gender.WOMEN, Gender.MEN] if indicator.by_gender else [Gender.TOTAL]


def genders_read(indicator: Indicator) -> list[str]:
    """The genders whose values are read: for an indicator reported by gender also the total, which is
    judged in an area where only the total is known."""
    return [Gender.WOMEN, Gender.MEN, Gender.TOTAL] if indicator.by_gender else [Gender.TOTAL]


def indicators_with_data(
    queryset: QuerySet[Indicator], user: Any, shown: bool = True, details: bool = True
) -> QuerySet[Indicator]:
    """Indicators in list order; with `shown`, with what a page or an API answer names of them (their
    series, party, goal and collaboration); with `details`, with their areas, targets and entered values
    (for a page or answer that lists them). The status rule loads its own inputs (`indicator_statuses`)."""
    queryset = queryset.order_by("goal_id", "order", "pk")
    if shown:
        related = ("series", "responsible_organization", "goal__collaboration", "collaboration")
        # the series' catalogue text is not needed to judge or list (it can be large); nor ordering joins
        queryset = queryset.select_related(*related).defer(
            "series__metadata", "series__description", "series__changed_at_source"
        )
    if details:
        queryset = queryset.prefetch_related(
            Prefetch("areas", queryset=Area.objects.select_related("county").order_by("kind", "name")),
            VisiblePrefetch("targets", user, queryset=IndicatorTarget.objects.order_by("year")),
            VisiblePrefetch(
                "manual_values",
                user,
                queryset=IndicatorValue.objects.select_related("area", "entered_by").order_by("year"),
            ),
        )
    return queryset


@dataclass
class _Inputs:
    """What the status rule reads of a set of indicators, loaded as plain values in four queries."""

    areas: dict[int, list[Area]]
    targets: dict[int, list[engine.Target]]
    entered: dict[int, dict[tuple[int, str], list[tuple[int, float | None]]]]
    observations: dict[tuple[int, int, str], dict[int, float | None]]


def _visible(model: Any, user: Any) -> Any:
    return model.objects.visible_to(user)


def _inputs(indicators: list[Indicator], user: Any) -> _Inputs:
    details = ("areas", "targets", "manual_values")
    if indicators and all(name in getattr(i, "_prefetched_objects_cache", {}) for i in indicators for name in details):
        return _inputs_prefetched(indicators)
    ids = [i.pk for i in indicators]
    pairs = list(Indicator.areas.through.objects.filter(indicator_id__in=ids).values_list("indicator_id", "area_id"))
    known = Area.objects.select_related("county").in_bulk({a for _i, a in pairs})
    areas: dict[int, list[Area]] = defaultdict(list)
    for indicator_id, area_id in sorted(pairs, key=lambda p: (p[0], known[p[1]].kind, known[p[1]].name)):
        areas[indicator_id].append(known[area_id])
    targets: dict[int, list[engine.Target]] = defaultdict(list)
    for indicator_id, year, value, high in (
        _visible(IndicatorTarget, user)
        .filter(indicator_id__in=ids)
        .order_by("year")
        .values_list("indicator_id", "year", "value", "value_high")
    ):
        targets[indicator_id].append(engine.Target(year, value, high))
    entered: dict[int, dict[tuple[int, str], list[tuple[int, float | None]]]] = defaultdict(lambda: defaultdict(list))
    manual = [
        i.pk for i in indicators if i.measure_type != MeasureType.QUALITATIVE
    ]  # typed values, also beside a series
    if manual:
        for indicator_id, area_id, gender, year, value in (
            _visible(IndicatorValue, user)
            .filter(indicator_id__in=manual)
            .order_by("year")
            .values_list("indicator_id", "area_id", "gender", "year", "value")
        ):
            entered[indicator_id][(area_id, gender)].append((year, value))
    return _Inputs(areas, targets, entered, _observations(indicators, areas))


def _inputs_prefetched(indicators: list[Indicator]) -> _Inputs:
    """The same, from what a page or answer that lists the details has read already for the same viewer
    (`indicators_with_data(…, details=True)`)."""
    areas = {i.pk: list(i.areas.all()) for i in indicators}
    targets = {i.pk: [engine.Target(t.year, t.value, t.value_high) for t in i.targets.all()] for i in indicators}
    entered: dict[int, dict[tuple[int, str], list[tuple[int, float | None]]]] = defaultdict(lambda: defaultdict(list))
    for indicator in indicators:
        if indicator.measure_type != MeasureType.QUALITATIVE:
            for v in indicator.manual_values.all():  # in year order
                entered[indicator.pk][(v.area_id, v.gender)].append((v.year, v.value))
    return _Inputs(areas, targets, entered, _observations(indicators, areas))


def _observations(indicators: list[Indicator], areas: Any) -> dict[tuple[int, int, str], dict[int, float | None]]:
    """Yearly values of the indicators' statistical series, keyed by (series, area, gender)."""
    # (area, genders) → the series measured there for those genders (never the cross product)
    wanted: dict[tuple[int, tuple[str, ...]], set[int]] = defaultdict(set)
    for indicator in indicators:
        if indicator.series_id:
            for area in areas.get(indicator.pk, []):
                wanted[(area.pk, tuple(genders_read(indicator)))].add(indicator.series_id)
    found: dict[tuple[int, int, str], dict[int, float | None]] = defaultdict(dict)
    if not wanted:
        return found
    pairs = Q()
    for (area_id, genders), series_ids in sorted(wanted.items()):
        pairs |= Q(area_id=area_id, gender__in=genders, series_id__in=sorted(series_ids))
    rows = Observation.objects.filter(pairs).values_list("series_id", "area_id", "gender", "period", "year", "value")
    for series_id, area_id, gender, period, year, value in rows:
        if period == str(year):  # yearly values only; a monthly or quarterly series is not judged here
            found[(series_id, area_id, gender)][year] = value
    return found


def _baseline_for(indicator: Indicator, values: Sequence[tuple[int, float | None]]) -> tuple[int, float] | None:
    """The series' own value in the baseline year when it has one, else the indicator's baseline."""
    if indicator.baseline_year is None:
        return None
    own = dict(values).get(indicator.baseline_year)
    # The indicator's baseline value is set with its year (constraint indicator_baseline_value_and_year).
    return (indicator.baseline_year, own if own is not None else cast(float, indicator.baseline_value))


def indicator_statuses(indicators: Iterable[Indicator], user: Any = SYSTEM) -> dict[int, IndicatorResult]:
    """Status and trend of each indicator: every area and gender is judged by the engine, and the
    indicator takes the worst of those with data (the decisive one gives its trend). A qualitative
    indicator takes the latest judgement in a follow-up round that `user` may see (all for the system)."""
    indicators = list(indicators)
    inputs = _inputs(indicators, user)
    qualitative = [i.pk for i in indicators if i.measure_type == MeasureType.QUALITATIVE]
    latest_judgement: dict[int, Assessment] = {}
    if qualitative:
        judgements = Assessment.objects.visible_to(user)
        for assessment in (
            judgements.filter(indicator_id__in=qualitative)
            .select_related("round")
            .order_by("round__year", "round__start_date")
        ):
            latest_judgement[assessment.indicator_id] = assessment
    by_series: dict[int, dict[tuple[int, str], list[tuple[int, float | None]]]] = defaultdict(
        dict
    )  # series → (area, gender) → values
    for (series_id, area_id, gender), by_year in inputs.observations.items():
        by_series[series_id][(area_id, gender)] = sorted(by_year.items())
    results = {}
    for indicator in indicators:
        if indicator.measure_type == MeasureType.QUALITATIVE:
            assessed = latest_judgement.get(indicator.pk)
            status = assessed.status if assessed else engine.NO_DATA
            results[indicator.pk] = IndicatorResult(status=status, trend=engine.UNKNOWN, assessed=assessed)
            continue
        targets = inputs.targets.get(indicator.pk, [])
        from_series = by_series.get(indicator.series_id, {}) if indicator.series_id else {}
        typed = inputs.entered[indicator.pk]
        series = []
        for area in inputs.areas.get(indicator.pk, []):
            merged = {
                g: _merged(from_series.get((area.pk, g), []), typed.get((area.pk, g), []))
                for g in genders_read(indicator)
            }
            genders = genders_of(indicator)
            if indicator.by_gender and not any(merged[g][0] for g in genders) and merged[Gender.TOTAL][0]:
                genders = [Gender.TOTAL]  # only the total is known here: it is judged, not left as no data
            for gender in genders:
                values, typed_years = merged[gender]
                evaluation = engine.evaluate(indicator.direction, _baseline_for(indicator, values), targets, values)
                series.append(SeriesResult(area, gender, values, evaluation, typed_years))
        judged = [s for s in series if s.evaluation.status != engine.NO_DATA]
        decisive = min(judged, key=lambda s: engine.SEVERITY[s.evaluation.status], default=None)
        if decisive is None:
            decisive = next((s for s in series if s.evaluation.latest), None)
        latest = max((s.evaluation.latest for s in series if s.evaluation.latest), default=None)
        results[indicator.pk] = IndicatorResult(
            status=decisive.evaluation.status if decisive and judged else engine.NO_DATA,
            trend=decisive.evaluation.trend if decisive else engine.UNKNOWN,
            latest_year=latest[0] if latest else None,
            latest_value=decisive.evaluation.latest[1] if decisive and decisive.evaluation.latest else None,
            decisive=decisive,
            series=series,
        )
    return results


def _merged(
    from_series: list[tuple[int, float | None]], typed: list[tuple[int, float | None]]
) -> tuple[list[tuple[int, float]], frozenset[int]]:
    """The values of one area and gender in year order: the series' value where it has one, a typed value
    for a year the series lacks; and the years whose value was typed."""
    by_year = {y: v for y, v in from_series if v is not None}
    typed_years = frozenset(y for y, v in typed if v is not None and y not in by_year)
    by_year.update((y, cast(float, v)) for y, v in typed if y in typed_years)
    return sorted(by_year.items()), typed_years


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


def last_closed_round(collaboration: Any, user: Any) -> FollowUpRound | None:
    return (
        FollowUpRound.objects.visible_to(user)
        .filter(collaboration=collaboration, status=RoundStatus.CLOSED)
        .select_related("collaboration")
        .order_by("-closed_on", "-year")
        .first()
    )


@dataclass
class Change:
    indicator: Indicator
    before: str
    after: str
    new_data: bool


def changes_since(
    round_: FollowUpRound | None, indicators: list[Indicator], results: dict[int, IndicatorResult], user: Any
) -> list[Change]:
    """Indicators whose status changed, or which got newer values, since the round was closed."""
    if round_ is None:
        return []
    kept = {
        a.indicator_id: a for a in Assessment.objects.visible_to(user).filter(round=round_, indicator__isnull=False)
    }
    changes = []
    for indicator in indicators:
        then = kept.get(indicator.pk)
        now = results[indicator.pk]
        if then is None:
            continue
        new_data = now.latest_year is not None and (then.latest_year is None or now.latest_year > then.latest_year)
        if then.computed_status != now.status or new_data:
            changes.append(Change(indicator, then.computed_status, now.status, new_data))
    return changes


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


def sparkline(values: list[tuple[int, float]], width: int = 96, height: int = 24) -> str:
    """The points of a small polyline of the values (empty with fewer than two). Heights are worked
    out in decimals, so that any finite values fit (1.8e308 - (-1e308) does not overflow); a value
    that is not finite is left out."""
    values = [(y, v) for y, v in values if v is not None and math.isfinite(v)]
    if len(values) < 2:
        return ""
    years = [y for y, _ in values]
    numbers = [Decimal(v) for _, v in values]
    first_year, low = min(years), min(numbers)
    span_x = (max(years) - first_year) or 1
    with localcontext(prec=40):
        span_y = (max(numbers) - low) or Decimal(1)
        heights = [float((v - low) / span_y) for v in numbers]
    return " ".join(
        f"{(y - first_year) / span_x * (width - 4) + 2:.1f},{height - 2 - h * (height - 4):.1f}"
        for y, h in zip(years, heights, strict=True)
    )
