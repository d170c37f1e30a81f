"""The project's own file format for statistics, in CSV and Excel: one observation per row.

Columns (the first row names them, in any order):

| column   | required | meaning                                                                  |
|----------|----------|--------------------------------------------------------------------------|
| `series` | yes      | the series' id, e.g. `N03702` or your own `BRO-etableringar`              |
| `title`  | no       | the series' title (used when the series is new)                          |
| `unit`   | no       | the unit, e.g. `antal`, `%`, `kr/inv`                                     |
| `area`   | yes      | SCB area code: `00` Riket, `18` a county, `1880` a municipality          |
| `period` | yes      | `2024`, `2024K1` (quarter) or `2024M01` (month)                          |
| `gender` | no       | `T` total (default), `K` kvinnor, `M` män                                |
| `value`  | no       | a number (decimal point or comma), −10¹⁵ … 10¹⁵; empty = no value        |

CSV: UTF-8, comma or semicolon separated. Excel: the first sheet. Export writes the same format, so
an export read back gives exactly the same values.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from django.utils.translation import gettext as _

from core.numbers import NumberError, check_number

COLUMNS = ["series", "title", "unit", "area", "period", "gender", "value"]
REQUIRED = {"series", "area", "period"}
PERIOD = re.compile(r"^(\d{4})(K[1-4]|M(0[1-9]|1[0-2]))?$")
MAX_ERRORS = 100


class FileFormatError(ValueError):
    """The file cannot be read at all (wrong kind, wrong columns)."""


@dataclass(frozen=True)
class FileRow:
    line: int
    series: str
    title: str
    unit: str
    area: str
    period: str
    year: int
    gender: str
    value: float | None


def _number(text: str) -> float | None:
    text = text.strip().replace("\u00a0", "").replace(" ", "")
    if text == "":
        return None
    try:  # read exactly: 1e400 is a number out of range, not infinity
        value = Decimal(text.replace(",", ".")) if text.count(",") <= 1 else Decimal("nan")
    except InvalidOperation as exc:
        raise ValueError(text) from exc
    if not value.is_finite():
        raise ValueError(text)
    return check_number(value, label=_("värdet"))


def _records(upload_name: str, data: bytes) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, {column: text}) from a CSV or Excel file."""
    if upload_name.lower().endswith((".xlsx", ".xlsm")):
        yield from _excel_records(data)
        return
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FileFormatError(_("Filen är inte UTF-8-kodad text (CSV) och inte en Excelfil (.xlsx).")) from exc
    sample = text[:4096]
    delimiter = ";" if sample.count(";") > sample.count(",") else ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    header = next(reader, None)
    columns = _header(header)
    for line, cells in enumerate(reader, start=2):
        if not any(c.strip() for c in cells):
            continue
        yield line, {name: (cells[i] if i < len(cells) else "") for name, i in columns.items()}


def _excel_records(data: bytes) -> Iterator[tuple[int, dict[str, str]]]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises several kinds for a file that is not Excel
        raise FileFormatError(_("Filen kunde inte läsas som en Excelfil (.xlsx).")) from exc
    try:
        rows = workbook.worksheets[0].iter_rows(values_only=True)
        header = next(rows, None)
        columns = _header(["" if c is None else str(c) for c in header or []])
        for line, row in enumerate(rows, start=2):
            cells = ["" if c is None else (repr(c) if isinstance(c, float) else str(c)) for c in row]
            if not any(c.strip() for c in cells):
                continue
            yield line, {name: (cells[i] if i < len(cells) else "") for name, i in columns.items()}
    finally:
        workbook.close()


def _header(header: list[str] | None) -> dict[str, int]:
    if not header:
        raise FileFormatError(_("Filen är tom; första raden ska namnge kolumnerna."))
    names = [h.strip().lower() for h in header]
    unknown = [h for h in names if h and h not in COLUMNS]
    missing = sorted(REQUIRED - set(names))
    if missing or unknown:
        parts = []
        if missing:
            parts.append(_("kolumner saknas: %(cols)s") % {"cols": ", ".join(missing)})
        if unknown:
            parts.append(_("okända kolumner: %(cols)s") % {"cols": ", ".join(unknown)})
        raise FileFormatError(
            _("Rad 1: %(problems)s. Kolumnerna är %(all)s.") % {"problems": "; ".join(parts), "all": ", ".join(COLUMNS)}
        )
    return {name: i for i, name in enumerate(names) if name}


def read_rows(upload_name: str, data: bytes, known_areas: set[str]) -> tuple[list[FileRow], list[str]]:
    """All rows of the file, and the errors (line, field, reason) — at most MAX_ERRORS of them."""
    rows: list[FileRow] = []
    errors: list[str] = []
    for line, record in _records(upload_name, data):
        if len(errors) >= MAX_ERRORS:
            errors.append(_("… fler fel finns; rätta de ovan och försök igen."))
            break
        problem = None
        series, area, period = (
            record.get("series", "").strip(),
            record.get("area", "").strip(),
            record.get("period", "").strip(),
        )
        gender = (record.get("gender") or "T").strip().upper() or "T"
        match = PERIOD.match(period)
        value = None
        if not series:
            problem = ("series", _("serie saknas"))
        elif area not in known_areas:
            problem = ("area", _("okänd områdeskod %(code)r") % {"code": area})
        elif match is None:
            problem = ("period", _("perioden %(p)r är inte 2024, 2024K1 eller 2024M01") % {"p": period})
        elif gender not in {"T", "K", "M"}:
            problem = ("gender", _("könet %(g)r är inte T, K eller M") % {"g": gender})
        else:
            try:
                value = _number(record.get("value", ""))
            except NumberError as exc:
                problem = ("value", str(exc).rstrip("."))
            except ValueError:
                problem = ("value", _("%(v)r är inte ett tal") % {"v": record.get("value")})
        if problem:
            errors.append(
                _("Rad %(line)d, kolumn %(field)s: %(reason)s.")
                % {"line": line, "field": problem[0], "reason": problem[1]}
            )
            continue
        rows.append(
            FileRow(
                line,
                series,
                record.get("title", "").strip(),
                record.get("unit", "").strip(),
                area,
                period,
                int(match.group(1)),
                gender,
                value,
            )
        )
    return rows, errors


def export_rows(series_list, observations) -> list[list[str]]:
    """Rows of the file format (with the header) for observations of the given series."""
    titles = {s.pk: s for s in series_list}
    out = [COLUMNS]
    for o in observations:
        s = titles[o.series_id]
        out.append(
            [
                s.external_id,
                s.title,
                s.unit,
                o.area.scb_code,
                o.period,
                o.gender,
                "" if o.value is None else repr(o.value),
            ]
        )
    return out
