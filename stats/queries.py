"""Read-side queries of statistics (public data: no permission filtering, but bounded queries)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from django.db.models import Q, QuerySet

from actors.models import Area
from stats.models import ImportRun, Observation, Series

if TYPE_CHECKING:
    from stats.models import ObservationRevision


def series_list(q: str = "") -> QuerySet[Series]:
    qs = Series.objects.all()
    if q:
        qs = qs.filter(Q(title__icontains=q) | Q(external_id__icontains=q) | Q(description__icontains=q))
    return qs.order_by("source", "external_id")


@dataclass
class TableRow:
    area: Area
    year_values: list[tuple[str, dict[str, float | None]]]  # (period, {gender: value})


def observation_table(series: Series, area_ids: list[int] | None = None) -> tuple[list[str], list[TableRow]]:
    """Periods (columns) and one row per area with its values by gender (two queries)."""
    qs = Observation.objects.filter(series=series)
    if area_ids:
        qs = qs.filter(area_id__in=area_ids)
    values: dict[int, dict[str, dict[str, float | None]]] = defaultdict(lambda: defaultdict(dict))
    periods: set[str] = set()
    for area_id, period, gender, value in qs.values_list("area_id", "period", "gender", "value").iterator():
        values[area_id][period][gender] = value
        periods.add(period)
    ordered = sorted(periods)
    areas = {a.pk: a for a in Area.objects.filter(pk__in=values.keys())}
    rows = [
        TableRow(areas[area_id], [(p, values[area_id].get(p, {})) for p in ordered])
        for area_id in sorted(values, key=lambda pk: areas[pk].scb_code)
    ]
    return ordered, rows


def revisions_of(series: Series, limit: int = 50) -> QuerySet[ObservationRevision]:
    from stats.models import ObservationRevision

    return (
        ObservationRevision.objects.filter(observation__series=series)
        .select_related("observation__area", "run")
        .order_by("-run__started_at", "observation__area__scb_code")[:limit]
    )


def runs_for(user: Any) -> QuerySet[ImportRun]:
    from core.permissions import scope_for

    scope = scope_for(user)
    qs = ImportRun.objects.select_related("progress", "created_by")
    if scope.is_admin:
        return qs
    return qs.filter(created_by_id=scope.user_id) if scope.is_authenticated else qs.none()


GENDER_LABELS = {"T": "totalt", "K": "kvinnor", "M": "män"}


def chart_for(series: Series, rows: list[TableRow], scb_code: str | None) -> tuple[Area | None, str]:
    """The chart of one area (women, men and total where the series is divided by gender), with its
    county and the nation beside it when the series has them. No queries: built from the table."""
    from stats.charts import Line, line_chart

    by_code = {row.area.scb_code: row for row in rows}
    if not by_code:
        return None, ""
    row = by_code.get(scb_code or "") or next((r for r in rows if r.area.kind == "municipality"), rows[0])
    genders = ["K", "M", "T"] if series.is_divided_by_gender else ["T"]
    lines = [
        Line(
            f"{row.area.name}, {GENDER_LABELS[g]}" if len(genders) > 1 else row.area.name,
            [(p, values.get(g)) for p, values in row.year_values],
        )
        for g in genders
        if any(values.get(g) is not None for _p, values in row.year_values)
    ]
    county_code = row.area.scb_code[:2] if row.area.kind == "municipality" else None
    for code in filter(None, [county_code, "00"]):
        other = by_code.get(code)
        if other is not None and other is not row:
            lines.append(Line(f"{other.area.name}, totalt", [(p, v.get("T")) for p, v in other.year_values]))
    return row.area, line_chart(lines, title=f"{series.title} – {row.area.name}", source=series.attribution)


def preview_from_kolada(kpi: str, areas: list[Area]) -> tuple[list[str], list[TableRow], str]:
    """A KPI's values for a few areas read live from Kolada, not stored: periods, table rows and a chart."""
    from stats.bulk import Row
    from stats.charts import Line, line_chart
    from stats.importers import KoladaImportReport, kolada_rows
    from stats.kolada import KoladaClient

    by_kolada = {a.kolada_id: a for a in areas}
    with KoladaClient() as client:
        values = list(client.data([kpi], list(by_kolada)))
    report = KoladaImportReport()
    table: dict[int, dict[str, dict[str, float | None]]] = defaultdict(lambda: defaultdict(dict))
    for kind, found in kolada_rows(values, {k: a.pk for k, a in by_kolada.items()}, report):
        if kind == "row" and isinstance(found, Row):  # (the others are removals)
            table[found.area_id][found.period][found.gender] = found.value
    periods = sorted({p for per_area in table.values() for p in per_area})
    by_pk = {a.pk: a for a in areas}
    rows = [TableRow(by_pk[pk], [(p, table[pk].get(p, {})) for p in periods]) for pk in sorted(table)]
    lines = []
    for row in rows:
        for gender in ("T", "K", "M"):
            points = [(p, v.get(gender)) for p, v in row.year_values]
            if any(value is not None for _p, value in points):
                lines.append(Line(f"{row.area.name}, {GENDER_LABELS[gender]}", points))
    return periods, rows, line_chart(lines, title=kpi, source="Källa: Kolada")
