"""The chart of an indicator's page and the table of the same values beside it (drawn by `stats.charts`).

Every line of the chart is a column of the table: the values per area and gender that the status is
judged on, the same statistical series for the county and the nation, the baseline, the targets and the
projection of the decisive series to its target year. Every value of the table names its source: the
statistical series, or the party and report a typed value comes from (never the series for a typed value).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast

from django.utils.translation import gettext as _t

from actors.choices import Gender
from actors.models import Area
from core.numbers import plain_number
from stats.charts import Line, line_chart
from stats.models import Observation
from steer import queries
from steer.models import Indicator, IndicatorValue


@dataclass
class IndicatorChart:
    svg: str  # empty when there is nothing to draw
    columns: list[str]  # the lines' labels
    table: list[tuple[str, list[tuple[float | None, str]]]]  # per year, per column: the value (or None), its source
    source: str


def series_source(indicator: Indicator) -> str:
    """The statistical series an indicator follows, as a source: "Kolada (N03702)"."""
    series = cast(Any, indicator.series)  # only called when the indicator has one
    return f"{series.get_source_display()} ({series.external_id})"


def typed_source(value: IndicatorValue) -> str:
    """Where a typed value comes from: who entered it and the report, page and link it names, marked
    when it is an assumption or invented for the demo."""
    party = value.entered_by
    parts = [_t("inmatat av %(party)s") % {"party": party} if party else _t("inmatat")]
    if value.source_note:
        parts.append(value.source_note)
    if value.source_page:
        parts.append(_t("s. %(page)s") % {"page": value.source_page})
    if value.source_url:
        parts.append(value.source_url)
    text = ", ".join(parts)
    if value.numerator is not None and value.denominator is not None:
        text += " · " + _t("%(n)s av %(d)s") % {
            "n": plain_number(value.numerator, grouped=True),
            "d": plain_number(value.denominator, grouped=True),
        }
    if value.is_assumption:
        text += " · " + _t("antaget värde")
    if value.is_invented:
        text += " · " + _t("påhittat (demo)")
    return text


def source_of(indicator: Indicator, typed: bool = False) -> str:
    """Where the values come from: the statistical series, the party that enters them, or both (`typed`:
    some of the values shown were entered by hand beside the series)."""
    if indicator.series_id is not None:
        if typed:
            return _t("Källor: %(series)s och inmatade värden (källan till varje värde står i tabellen)") % {
                "series": series_source(indicator)
            }
        return _t("Källa: %(source)s") % {"source": series_source(indicator)}
    party = indicator.responsible_organization
    return _t("Källa: inmatat av %(party)s") % {"party": party} if party else _t("Källa: inmatade värden")


def comparison_lines(indicator: Indicator) -> list[Line]:
    """For an indicator fed by a statistical series: the same series for the county and the nation
    (statistics, open to all: not collaboration-scoped)."""
    if not indicator.series_id:
        return []
    areas = list(indicator.areas.all())
    shown = {a.pk for a in areas}
    compare = {a.county_id for a in areas if a.county_id and a.county_id not in shown}
    compare |= set(Area.objects.filter(kind="nation").exclude(pk__in=shown).values_list("pk", flat=True))
    if not compare:
        return []
    genders = queries.genders_of(indicator)
    rows = (
        Observation.objects.filter(series_id=indicator.series_id, area_id__in=compare, gender__in=genders)
        .select_related("area")
        .order_by("area__kind", "area__name", "gender", "year")
    )
    lines: dict[tuple[int, str], Line] = {}
    for row in rows:
        if row.period != str(row.year):
            continue
        key = (row.area_id, row.gender)
        if key not in lines:
            label = row.area.name if row.gender == Gender.TOTAL else f"{row.area.name}, {row.get_gender_display()}"
            lines[key] = Line(label=label, points=[])
        lines[key].points.append((str(row.year), row.value))
    return list(lines.values())


def indicator_chart(indicator: Indicator, result: queries.IndicatorResult) -> IndicatorChart:
    """The chart (SVG) of an indicator read with its details (`queries.indicators_with_data`) and judged
    (`queries.indicator_statuses`), and the rows of its table: each value with its source."""
    typed = {(v.area_id, v.gender, v.year): v for v in indicator.manual_values.all()}
    lines: list[Line] = []
    sources: list[dict[str, str]] = []  # per line: period → the source of its value there
    for s in result.series:
        if s.values:
            lines.append(Line(s.label, [(str(y), v) for y, v in s.values]))
            sources.append(
                {
                    str(y): typed_source(typed[(s.area.pk, s.gender, y)])
                    if y in s.typed_years or not indicator.series_id
                    else series_source(indicator)
                    for y, _v in s.values
                }
            )
    for line in comparison_lines(indicator):
        lines.append(line)
        sources.append({p: series_source(indicator) for p, _v in line.points})
    if indicator.baseline_year is not None:
        lines.append(Line(_t("Utgångsvärde"), [(str(indicator.baseline_year), indicator.baseline_value)]))
        sources.append({str(indicator.baseline_year): indicator.baseline_source or _t("angivet för indikatorn")})
    targets = list(indicator.targets.all())
    if targets:
        lines.append(Line(_t("Mål"), [(str(t.year), t.value) for t in targets], joined=True))
        sources.append({str(t.year): t.note or _t("målvärde för indikatorn") for t in targets})
    decisive = result.decisive.evaluation if result.decisive else None
    if decisive and decisive.projection is not None and decisive.line is not None and decisive.target is not None:
        first = decisive.points[-1][0]
        points: list[tuple[str, float | None]] = [
            (str(first), decisive.line.at(first)),
            (str(decisive.target.year), decisive.projection),
        ]
        lines.append(Line(_t("Prognos"), points, joined=True))
        sources.append({p: _t("beräknad (rät linje)") for p, _v in points})
    any_typed = any(s.typed_years for s in result.series if s.values)
    source = source_of(indicator, typed=any_typed)
    years = sorted({p for line in lines for p, _v in line.points})
    table = []
    for year in years:
        cells: list[tuple[float | None, str]] = []
        for line, line_sources in zip(lines, sources, strict=True):
            value = dict(line.points).get(year)
            cells.append((value, line_sources.get(year, "") if value is not None else ""))
        table.append((year, cells))
    return IndicatorChart(
        svg=line_chart(lines, title=indicator.name, source=source) if lines else "",
        columns=[line.label for line in lines],
        table=table,
        source=source,
    )
