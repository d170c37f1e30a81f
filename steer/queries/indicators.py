"""Indicators: their status and trend, worked out in bulk by the engine for every area and gender (the
values of a statistical series and those typed by hand), with a fixed number of queries; the indicators
with what a page or an API answer shows of them; a small line of an indicator's values (`sparkline`)."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, localcontext
from typing import Any, cast

from django.db.models import Prefetch, Q, QuerySet

from actors.choices import Gender
from actors.models import Area
from core.permissions import VisiblePrefetch
from core.services import SYSTEM
from stats.models import Observation
from steer import engine
from steer.choices import MeasureType
from steer.models import Assessment, Indicator, IndicatorTarget, IndicatorValue

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
