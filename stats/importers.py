"""Importers: read a source, map it to series and observations, write everything or nothing.

Each importer validates the source's answer as it reads it; a shape it does not expect stops the run
with a message naming the row and the field, and nothing of the run is kept.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, cast

from django.db import transaction
from django.utils import timezone
from django.utils.dateparse import parse_date
from django.utils.translation import gettext as _

from actors.models import Area
from core.numbers import NumberError, check_number
from stats.bulk import Row, WriteReport, write_observations
from stats.choices import SourceKind
from stats.http import StatsSourceError
from stats.kolada import KoladaClient
from stats.models import ImportRun, Series

GENDERS = {"T", "K", "M"}
# "Källa: SCB." — and as often "Källa: SKR" at the end, "Källa SKR:s personalstatistik" without a colon, or
# a line break (real, or written out as backslash-n in the catalogue) where the full stop would be, and
# now and then "Källa. Skolverket." or "= 0Källa: …" glued to the sentence before.
# A lower-case "källa" is a word of the text ("från en annan källa"), not the mark.
PRODUCER_MARK = re.compile(r"(?<![A-Za-zÅÄÖåäö])Källa(?:[:.]\s*|\s+(?=[A-ZÅÄÖ]))")
PRODUCER_END = re.compile(r"\n|\.(?=\s|[A-ZÅÄÖ]|$)")
PRODUCER_LENGTH = cast(int, Series._meta.get_field("producer").max_length)


def producer_from_description(description: str) -> str:
    """Who produces a Kolada KPI, read from "Källa: …" in its description: up to the end of that
    sentence or line, or of the text; "" when the description names no source."""
    text = description.replace("\\n", "\n")
    mark = PRODUCER_MARK.search(text)
    if mark is None:
        return ""
    rest = text[mark.end() :]
    end = PRODUCER_END.search(rest)
    producer = (rest[: end.start()] if end else rest).strip().rstrip(".").strip()
    return producer if len(producer) <= PRODUCER_LENGTH else producer[: PRODUCER_LENGTH - 1] + "…"


def _out_of_range(value: float) -> str:
    """Why a source's value is left out (it is beyond the range of any value), or "" when it is kept.
    One absurd value from upstream is skipped and reported; the rest of the run is imported."""
    try:
        check_number(value)
    except NumberError as exc:
        return str(exc) + " " + _("Värdet har hoppats över; ett tidigare importerat värde står kvar.")
    return ""


@dataclass
class KoladaImportReport:
    series: list[str] = field(default_factory=list)
    rows_read: int = 0
    skipped: list[str] = field(default_factory=list)
    written: WriteReport = field(default_factory=WriteReport)
    warnings: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "serier": self.series,
            "lästa rader": self.rows_read,
            **self.written.as_dict(),
            "hoppade över": self.skipped[:100],
            "antal överhoppade": len(self.skipped),
            "varningar": self.warnings,
        }


def series_from_kolada(kpi: dict[str, Any]) -> dict[str, Any]:
    """The fields of a Series from a Kolada v3 KPI catalogue entry."""
    for key in ("id", "title"):
        if not kpi.get(key):
            raise StatsSourceError(_("Kolada /kpi: en KPI saknar fältet '%(key)s'.") % {"key": key})
    description = kpi.get("description") or ""
    return {
        "title": kpi["title"],
        "description": description,
        "is_divided_by_gender": bool(kpi.get("is_divided_by_gender")),
        "producer": producer_from_description(description),
        "publication_date": parse_date(kpi["publication_date"]) if kpi.get("publication_date") else None,
        "publ_period": str(kpi.get("publ_period") or ""),
        "metadata": kpi,
    }


def upsert_kolada_series(kpi: dict[str, Any], report: KoladaImportReport) -> Series:
    data = series_from_kolada(kpi)
    series = Series.objects.filter(source=SourceKind.KOLADA, external_id=kpi["id"]).first()
    if series is None:
        return Series.objects.create(source=SourceKind.KOLADA, external_id=kpi["id"], **data)
    if series.title != data["title"]:
        series.changed_at_source = {**series.changed_at_source, "title": [series.title, data["title"]]}
        report.warnings.append(
            _("%(kpi)s har bytt titel hos Kolada: '%(old)s' → '%(new)s'.")
            % {"kpi": kpi["id"], "old": series.title, "new": data["title"]}
        )
    for key, value in data.items():
        setattr(series, key, value)
    series.save()
    return series


def kolada_rows(
    values: Iterable[dict[str, Any]], areas: dict[str, int], report: KoladaImportReport
) -> Iterator[tuple[str, Row | tuple[int, str, str]]]:
    """Rows from Kolada data values: ("row", Row) to write, ("deleted", key) where Kolada deleted one."""
    for i, item in enumerate(values, start=1):
        try:
            kpi, municipality, period, entries = item["kpi"], str(item["municipality"]), item["period"], item["values"]
        except (KeyError, TypeError) as exc:
            raise StatsSourceError(
                _("Kolada data: rad %(n)d saknar fältet %(field)s.") % {"n": i, "field": str(exc)}
            ) from exc
        if not isinstance(period, int) or not 1900 <= period <= 2200:
            raise StatsSourceError(_("Kolada data: rad %(n)d har perioden %(p)r, inte ett år.") % {"n": i, "p": period})
        area_id = areas.get(municipality)
        if area_id is None:
            report.skipped.append(_("rad %(n)d: okänt område %(m)s") % {"n": i, "m": municipality})
            continue
        for entry in entries:
            report.rows_read += 1
            gender, value = entry.get("gender"), entry.get("value")
            if gender not in GENDERS:
                raise StatsSourceError(_("Kolada data: rad %(n)d har könet %(g)r.") % {"n": i, "g": gender})
            if value is not None and (
                isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value)
            ):
                raise StatsSourceError(
                    _("Kolada data: rad %(n)d (%(kpi)s %(m)s %(p)s) har värdet %(v)r, inte ett tal.")
                    % {"n": i, "kpi": kpi, "m": municipality, "p": period, "v": value}
                )
            if entry.get("isdeleted"):
                yield "deleted", (area_id, str(period), gender)
                continue
            if value is not None and (problem := _out_of_range(value)):
                report.skipped.append(
                    _("rad %(n)d (%(kpi)s %(m)s %(p)s %(g)s): %(problem)s")
                    % {"n": i, "kpi": kpi, "m": municipality, "p": period, "g": gender, "problem": problem}
                )
                continue
            yield (
                "row",
                Row(
                    area_id=area_id,
                    period=str(period),
                    year=period,
                    gender=gender,
                    value=float(value) if value is not None else None,
                    status=str(entry.get("status") or "")[:20],
                    count=int(entry.get("count") or 0),
                ),
            )


def import_kolada(
    run: ImportRun,
    kpi_ids: list[str],
    municipality_ids: list[str],
    years: list[int] | None = None,
    *,
    from_date: str | None = None,
    progress=None,
) -> KoladaImportReport:
    """Import KPIs × municipalities (× years) from Kolada into series and observations, in one transaction.

    With `from_date` (YYYY-MM-DD) only what Kolada changed since then is asked for: a delta, in which
    deleted values come marked `isdeleted` and are removed here too.
    """
    report = KoladaImportReport()
    areas = dict(Area.objects.filter(kolada_id__in=municipality_ids).values_list("kolada_id", "pk"))
    unknown = sorted(set(municipality_ids) - set(areas))
    if unknown:
        raise StatsSourceError(_("Okända områden: %(ids)s.") % {"ids": ", ".join(unknown)})
    with KoladaClient() as client:
        catalogue = {kpi["id"]: kpi for kpi in client.kpis_by_id(kpi_ids)}
        missing = [k for k in kpi_ids if k not in catalogue]
        if missing:
            raise StatsSourceError(_("Kolada känner inte till %(ids)s.") % {"ids": ", ".join(missing)})
        if progress is not None:
            progress.set_total(len(kpi_ids))
        with transaction.atomic():
            for kpi_id in kpi_ids:
                series = upsert_kolada_series(catalogue[kpi_id], report)
                rows: list[Any] = []
                deleted: list[Any] = []
                values = client.data([kpi_id], municipality_ids, years, from_date=from_date)
                for kind, item in kolada_rows(values, areas, report):
                    (rows if kind == "row" else deleted).append(item)
                report.written.merge(write_observations(series, rows, run, removed=deleted))
                series.imported_at = timezone.now()
                series.save(update_fields=["imported_at"])
                report.series.append(kpi_id)
                if progress is not None:
                    progress.advance(1, message=_("%(kpi)s: %(n)d värden lästa") % {"kpi": kpi_id, "n": len(rows)})
    return report


# SCB -----------------------------------------------------------------------------------------------

ROLE_VARIABLES = ("Region", "Kon", "Tid")  # region, sex and time; every other variable makes its own series


def _periodicity(periods: Iterable[str]) -> str:
    sample = next(iter(periods), "")
    return "month" if "M" in sample else "quarter" if "K" in sample else "year"


def import_scb(run: ImportRun, table_id: str, selection: dict[str, list[str]], *, progress=None) -> KoladaImportReport:
    """Import an SCB table selection: one series per combination of the variables other than region,
    sex and time (e.g. per age group), in one transaction."""
    from stats.scb import SCB_GENDER, ScbClient, cells, period_year

    report = KoladaImportReport()
    with ScbClient() as client:
        meta = client.metadata(table_id)
        dataset = client.data(table_id, selection)
    if "Region" not in dataset["id"] or "Tid" not in dataset["id"]:
        raise StatsSourceError(_("Tabellen %(t)s saknar variabeln Region eller Tid.") % {"t": table_id})
    areas = dict(Area.objects.values_list("scb_code", "pk"))
    labels = {dim: dataset["dimension"][dim]["category"].get("label", {}) for dim in dataset["id"]}
    others = [dim for dim in dataset["id"] if dim not in ROLE_VARIABLES]
    grouped: dict[tuple[str, ...], list[Row]] = {}
    for n, cell in enumerate(cells(dataset), start=1):
        report.rows_read += 1
        area_id = areas.get(cell.codes["Region"])
        if area_id is None:
            report.skipped.append(_("värde %(n)d: okänd region %(r)s") % {"n": n, "r": cell.codes["Region"]})
            continue
        gender = SCB_GENDER.get(cell.codes.get("Kon", "TotSa"))
        if gender is None:
            raise StatsSourceError(_("SCB: okänd kod för kön %(k)r.") % {"k": cell.codes.get("Kon")})
        period = cell.codes["Tid"]
        if cell.value is not None and (problem := _out_of_range(cell.value)):
            report.skipped.append(
                _("värde %(n)d (%(codes)s): %(problem)s")
                % {"n": n, "codes": " ".join(cell.codes.values()), "problem": problem}
            )
            continue
        key = tuple(cell.codes[d] for d in others)
        grouped.setdefault(key, []).append(
            Row(
                area_id,
                period,
                period_year(period),
                gender,
                cell.value,
                cell.status,
                1 if cell.value is not None else 0,
            )
        )
    if progress is not None:
        progress.set_total(len(grouped))
    table_label = meta.get("label", table_id)
    notes = meta.get("note")
    description = " ".join(notes)[:4000] if isinstance(notes, list) else ""
    with transaction.atomic():
        for key, rows in grouped.items():
            fixed = dict(zip(others, key, strict=True))
            suffix = ", ".join(f"{labels[d].get(c, c)}" for d, c in fixed.items())
            external_id = scb_series_id(table_id, fixed)
            series, _created = Series.objects.update_or_create(
                source=SourceKind.SCB,
                external_id=external_id,
                defaults={
                    "title": _shortened(f"{table_label} – {suffix}" if suffix else table_label, TITLE_LENGTH),
                    "description": description,
                    "is_divided_by_gender": "Kon" in dataset["id"],
                    "periodicity": _periodicity(r.period for r in rows),
                    "producer": str(meta.get("source") or "SCB"),
                    "metadata": {
                        "table": table_id,
                        "updated": meta.get("updated"),
                        "selection": fixed,
                    },
                    "imported_at": timezone.now(),
                },
            )
            report.written.merge(write_observations(series, rows, run))
            report.series.append(external_id)
            if progress is not None:
                progress.advance(1)
    return report


# Files (CSV, Excel) ---------------------------------------------------------------------------------


def import_file(run: ImportRun, path: str, name: str, *, progress=None) -> KoladaImportReport:
    """Import a file in the project's own format; any bad row stops the run with every error listed."""
    from django.core.files.storage import default_storage

    from stats.files import FileFormatError, read_rows

    report = KoladaImportReport()
    with default_storage.open(path, "rb") as handle:
        data = handle.read()
    areas = dict(Area.objects.values_list("scb_code", "pk"))
    try:
        rows, errors, warnings = read_rows(name, data, set(areas))
    except FileFormatError as exc:
        raise StatsSourceError(str(exc)) from exc
    report.rows_read = len(rows) + len(errors)
    report.warnings.extend(warnings)
    if errors:
        raise StatsSourceError(
            _("Filen har %(n)d fel och inget har importerats: %(errors)s")
            % {"n": len(errors), "errors": " ".join(errors)}
        )
    by_series: dict[str, list] = {}
    for row in rows:
        by_series.setdefault(row.series, []).append(row)
    if progress is not None:
        progress.set_total(len(by_series))
    with transaction.atomic():
        for external_id, series_rows in by_series.items():
            first = series_rows[0]
            series, created = Series.objects.get_or_create(
                source=SourceKind.FILE,
                external_id=external_id,  # read_rows refuses a text longer than its field: nothing is cut short
                defaults={"title": first.title or external_id, "unit": first.unit},
            )
            if not created and first.title and first.title != series.title:
                series.title = first.title
            series.is_divided_by_gender = series.is_divided_by_gender or any(r.gender != "T" for r in series_rows)
            series.periodicity = _periodicity(r.period for r in series_rows)
            series.producer = series.producer or name[:200]
            series.imported_at = timezone.now()
            series.save()
            written = write_observations(
                series,
                [
                    Row(areas[r.area], r.period, r.year, r.gender, r.value, "", 1 if r.value is not None else 0)
                    for r in series_rows
                ],
                run,
            )
            report.written.merge(written)
            report.series.append(external_id)
            if progress is not None:
                progress.advance(1)
    return report


ID_LENGTH = cast(int, Series._meta.get_field("external_id").max_length)  # both fields declare one
TITLE_LENGTH = cast(int, Series._meta.get_field("title").max_length)


def scb_series_id(table_id: str, selection: dict[str, str]) -> str:
    """The series id of one selection of an SCB table ("table/dimension=code/…"). One that does not fit
    the field keeps its beginning and ends with a digest of the whole, so two selections never become
    one series (the whole selection is kept in the series' metadata)."""
    whole = "/".join([table_id, *(f"{d}={c}" for d, c in selection.items())])
    if len(whole) <= ID_LENGTH:
        return whole
    digest = hashlib.blake2b(whole.encode(), digest_size=8).hexdigest()
    return f"{whole[: ID_LENGTH - len(digest) - 1]}~{digest}"


def _shortened(text: str, limit: int) -> str:
    """A title that does not fit ends with "…", so a reader sees that it goes on (the selection is in
    the metadata)."""
    return text if len(text) <= limit else text[: limit - 1] + "…"
