"""The chart of an indicator's page and the table of the same values beside it (drawn by `stats.charts`).

Every line of the chart is a column of the table: the values per area and gender that the status is
judged on, the same statistical series for the county and the nation, the baseline, the targets and the
projection of the decisive series to its target year.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext as _t

from actors.choices import Gender
from actors.models import Area
from stats.charts import Line, line_chart
from stats.models import Observation
from steer import queries
from steer.models import Indicator


@dataclass
class IndicatorChart:
    svg: str  # empty when there is nothing to draw
    columns: list[str]  # the lines' labels
    table: list[tuple[str, list[float | None]]]  # per year, a value (or None) per column
    source: str


def source_of(indicator: Indicator) -> str:
    """Where the values come from: the statistical series, or the party that enters them."""
    series = indicator.series
    if series is not None:
        return _t("Källa: %(source)s (%(id)s)") % {"source": series.get_source_display(), "id": series.external_id}
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
    (`queries.indicator_statuses`), and the rows of its table."""
    lines = [Line(s.label, [(str(y), v) for y, v in s.values]) for s in result.series if s.values]
    lines += comparison_lines(indicator)
    if indicator.baseline_year is not None:
        lines.append(Line(_t("Utgångsvärde"), [(str(indicator.baseline_year), indicator.baseline_value)]))
    targets = list(indicator.targets.all())
    if targets:
        lines.append(Line(_t("Mål"), [(str(t.year), t.value) for t in targets]))
    decisive = result.decisive.evaluation if result.decisive else None
    if decisive and decisive.projection is not None and decisive.line is not None and decisive.target is not None:
        first = decisive.points[-1][0]
        lines.append(
            Line(
                _t("Prognos"),
                [(str(first), decisive.line.at(first)), (str(decisive.target.year), decisive.projection)],
            )
        )
    source = source_of(indicator)
    years = sorted({p for line in lines for p, _v in line.points})
    return IndicatorChart(
        svg=line_chart(lines, title=indicator.name, source=source) if lines else "",
        columns=[line.label for line in lines],
        table=[(year, [dict(line.points).get(year) for line in lines]) for year in years],
        source=source,
    )
