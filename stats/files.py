"""The project's own file format for statistics, in CSV and Excel: one observation per row.

Columns (the first row names them, in any order, in Swedish or in English — `serie` or `series`; a file
written by the product names them in the language of its interface):

| column (sv / en)    | required | meaning                                                       |
|---------------------|----------|---------------------------------------------------------------|
| `serie` / `series`  | yes      | the series' id, e.g. `N03702` or your own `BRO-etableringar`              |
| `rubrik` / `title`  | no       | the series' title (used when the series is new)                          |
| `enhet` / `unit`    | no       | the unit, e.g. `antal`, `%`, `kr/inv`                                     |
| `område` / `area`   | yes      | SCB area code: `00` Riket, `18` a county, `1880` a municipality          |
| `period`            | yes      | `2024`, `2024K1` (quarter) or `2024M01` (month)                          |
| `kön` / `gender`    | no       | `T` total (default), `K` kvinnor, `M` män                                |
| `värde` / `value`   | no       | a number (decimal point or comma), −10¹⁵ … 10¹⁵; empty = no value        |

CSV: UTF-8 (with or without a byte order mark) or Windows-1252 (what Swedish Excel saves as "CSV"),
comma or semicolon separated (as the first row has it). Excel: the first sheet. Export writes the same
format (a Swedish CSV with semicolons and a decimal comma, an English one with commas and a decimal
point: `core.exports`), so an export read back gives exactly the same values.

A file is read whole or refused with every error named by row and column: a NUL byte, a text longer than
the field holds (nothing is cut short), and two rows for the same series, area, period and gender with
different values (the same value twice is counted once, with a warning naming both rows).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import cast

from django.utils.formats import get_format
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from core.exports import csv_number, csv_text
from core.numbers import NumberError, check_number
from stats.models import Series

COLUMNS = ["series", "title", "unit", "area", "period", "gender", "value"]
"""The columns, by their English names (the format's own, and the headers of a file in English)."""
SWEDISH_HEADERS = {
    "series": "serie",
    "title": "rubrik",
    "unit": "enhet",
    "area": "område",
    "period": "period",
    "gender": "kön",
    "value": "värde",
}
"""The headers of a file in Swedish. Plain words, not translated: a file's headers are in Swedish or in
English whatever the interface's language, and each language's header row is written by `headers`."""
REQUIRED = {"series", "area", "period"}
PERIOD = re.compile(r"^(\d{4})(K[1-4]|M(0[1-9]|1[0-2]))?$")
MAX_ERRORS = 100
MAX_LENGTHS = {  # the longest text each column's field holds (all three declare one)
    "series": cast(int, Series._meta.get_field("external_id").max_length),
    "title": cast(int, Series._meta.get_field("title").max_length),
    "unit": cast(int, Series._meta.get_field("unit").max_length),
}
OOXML_NUL = "_x0000_"  # how Excel writes a NUL character in a cell's text


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


def _decode(data: bytes, warnings: list[str]) -> str:
    """UTF-8 (with or without a byte order mark) first; else Windows-1252, as Excel in Windows saves CSV."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise FileFormatError(
            _("Filen är varken UTF-8- eller Windows-1252-kodad text (CSV) och inte en Excelfil (.xlsx).")
        ) from exc
    warnings.append(_("Filen är inte UTF-8-kodad; den lästes som Windows-1252 (så sparar Excel i Windows CSV)."))
    return text


def _records(
    upload_name: str, data: bytes, warnings: list[str], written: dict[str, str]
) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, {column: text}) from a CSV or Excel file; `written` gets the headers as written."""
    if upload_name.lower().endswith((".xlsx", ".xlsm")):
        yield from _excel_records(data, written)
        return
    text = _decode(data, warnings)
    header_line = text.lstrip("\ufeff").split("\n", 1)[0]  # the column names hold no decimal comma
    delimiter = ";" if header_line.count(";") > header_line.count(",") else ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    header = next(reader, None)
    columns = _header(header, written)
    for line, cells in enumerate(reader, start=2):
        if not any(c.strip() for c in cells):
            continue
        # csv_text: a text our export made inert ('=…) reads back as it was (=…)
        record = {name: (cells[i] if i < len(cells) else "") for name, i in columns.items()}
        yield line, {name: csv_text(t) for name, t in record.items()} if "'" in "".join(record.values()) else record


def _excel_records(data: bytes, written: dict[str, str]) -> Iterator[tuple[int, dict[str, str]]]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises several kinds for a file that is not Excel
        raise _damaged_excel(data) from exc
    try:
        rows = workbook.worksheets[0].iter_rows(values_only=True)
        header = next(rows, None)
        columns = _header(["" if c is None else _excel_text(c) for c in header or []], written)
        for line, row in enumerate(rows, start=2):
            cells = ["" if c is None else _excel_text(c) for c in row]
            if not any(c.strip() for c in cells):
                continue
            yield line, {name: (cells[i] if i < len(cells) else "") for name, i in columns.items()}
    except FileFormatError:
        raise
    except Exception as exc:  # the sheet's XML is read as the rows are: a damaged part shows here
        raise _damaged_excel(data) from exc
    finally:
        workbook.close()


def _excel_text(cell) -> str:
    text = repr(cell) if isinstance(cell, float) else str(cell)
    return text.replace(OOXML_NUL, "\x00")  # openpyxl leaves Excel's escape as it is; a NUL is a NUL


CELL_REFERENCE = re.compile(rb'<c\b[^>]*?\br="([A-Z]{1,3})([0-9]+)"')


def _damaged_excel(data: bytes) -> FileFormatError:
    """The error for an Excel file openpyxl cannot read; a raw NUL byte in a sheet is named by its cell."""
    import zipfile

    generic = FileFormatError(_("Filen kunde inte läsas som en Excelfil (.xlsx)."))
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        parts = [n for n in archive.namelist() if n.startswith("xl/") and n.endswith(".xml")]
    except (zipfile.BadZipFile, OSError):
        return generic
    for part in parts:
        with archive.open(part) as handle:
            tail = b""
            while chunk := handle.read(1 << 20):  # a part can be far larger unpacked than the file
                block = tail + chunk
                at = block.find(b"\0")
                if at >= 0:
                    cells = CELL_REFERENCE.findall(block[:at])
                    if part.startswith("xl/worksheets/") and cells:
                        column, row = cells[-1]
                        return FileFormatError(
                            _("Rad %(line)d, kolumn %(field)s: %(reason)s.")
                            % {"line": int(row), "field": column.decode(), "reason": _nul_reason()}
                        )
                    return FileFormatError(
                        _(
                            "Filen kunde inte läsas som en Excelfil (.xlsx): "
                            "%(part)s innehåller ett NUL-tecken (byte 0)."
                        )
                        % {"part": part}
                    )
                tail = block[-65536:]
    return generic


def _nul_reason() -> str:
    return _("texten innehåller ett NUL-tecken (byte 0), som inte kan sparas; ta bort det och försök igen")


def headers(language: str | None = None) -> list[str]:
    """The header row in the interface's language (Swedish unless the interface is another)."""
    language = language or get_language() or "sv"
    if language.split("-")[0] == "sv":
        return [SWEDISH_HEADERS[c] for c in COLUMNS]
    return list(COLUMNS)


def _column(name: str) -> str | None:
    """The column a header names, in either language (case and surrounding spaces aside)."""
    name = name.strip().casefold()
    for column in COLUMNS:
        if name in (column, SWEDISH_HEADERS[column].casefold()):
            return column
    return None


def _language_of(names: list[str], columns: list[str | None]) -> str | None:
    """The language the file's headers are in ("sv" or "en"), when a header says; else None (the interface's)."""
    for name, column in zip(names, columns, strict=True):
        if column is None or name.casefold() == SWEDISH_HEADERS[column].casefold() == column:
            continue  # unknown, or the same in both languages ("period")
        return "en" if name.casefold() == column else "sv"
    return None


def _header(header: list[str] | None, written: dict[str, str] | None = None) -> dict[str, int]:
    """{column: index} of a header row; `written` gets each column's header as the file writes it."""
    if not header:
        raise FileFormatError(_("Filen är tom; första raden ska namnge kolumnerna."))
    for i, name in enumerate(header, start=1):
        if "\x00" in name:
            raise FileFormatError(
                _(
                    "Rad 1, kolumn %(n)d: kolumnnamnet innehåller ett NUL-tecken (byte 0). Är filen sparad som "
                    "UTF-16 (Unicode-text)? Spara den som CSV UTF-8 eller som Excel och försök igen."
                )
                % {"n": i}
            )
    names = [h.strip() for h in header]
    columns = [_column(h) if h else None for h in names]
    unknown = [h for h, c in zip(names, columns, strict=True) if h and c is None]
    missing = [c for c in COLUMNS if c in REQUIRED and c not in columns]
    if missing or unknown:
        named = headers(_language_of(names, columns))
        shown = dict(zip(COLUMNS, named, strict=True))
        parts = []
        if missing:
            parts.append(_("kolumner saknas: %(cols)s") % {"cols": ", ".join(shown[c] for c in missing)})
        if unknown:
            parts.append(_("okända kolumner: %(cols)s") % {"cols": ", ".join(unknown)})
        raise FileFormatError(
            _("Rad 1: %(problems)s. Kolumnerna är %(all)s.") % {"problems": "; ".join(parts), "all": ", ".join(named)}
        )
    if written is not None:
        written.update({c: h for h, c in zip(names, columns, strict=True) if c})
    return {c: i for i, c in enumerate(columns) if c}


def _text_problem(record: dict[str, str]) -> tuple[str, str] | None:
    """(column, reason) for a text no field can hold: a NUL byte, or longer than the field (never cut short)."""
    if "\x00" in "".join(record.values()):  # one look per row; a million rows are read in seconds
        return next((name, _nul_reason()) for name in COLUMNS if "\x00" in record.get(name, ""))
    for name, limit in MAX_LENGTHS.items():
        text = record.get(name, "")
        if len(text) > limit and len(text.strip()) > limit:
            return name, _("texten har %(n)d tecken; högst %(max)d får plats, och inget kortas av") % {
                "n": len(text.strip()),
                "max": limit,
            }
    return None


def read_rows(upload_name: str, data: bytes, known_areas: set[str]) -> tuple[list[FileRow], list[str], list[str]]:
    """All rows of the file, the errors (line, field, reason) — at most MAX_ERRORS of them — and warnings."""
    rows: list[FileRow] = []
    errors: list[str] = []
    warnings: list[str] = []
    written: dict[str, str] = {}  # a column is named in a message as the file names it
    for line, record in _records(upload_name, data, warnings, written):
        if len(errors) >= MAX_ERRORS:
            errors.append(_("… fler fel finns; rätta de ovan och försök igen."))
            break
        text_problem = _text_problem(record)
        if text_problem:
            errors.append(
                _("Rad %(line)d, kolumn %(field)s: %(reason)s.")
                % {"line": line, "field": written.get(text_problem[0], text_problem[0]), "reason": text_problem[1]}
            )
            continue
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
                % {"line": line, "field": written.get(problem[0], problem[0]), "reason": problem[1]}
            )
            continue
        assert match is not None  # else a problem was found above
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
    return _without_repeats(rows, errors, warnings, written.get("value", "value")), errors, warnings


def _shown(value: float | None) -> str:
    """Every digit of a value, in the active language (two values that differ in the 15th digit differ here)."""
    if value is None:
        return _("tomt")
    return csv_number(value, get_format("DECIMAL_SEPARATOR")).removesuffix(".0").removesuffix(",0")


def _key_text(key: tuple[str, str, str, str]) -> str:
    return _("serie %(series)s, område %(area)s, period %(period)s, kön %(gender)s") % dict(
        zip(("series", "area", "period", "gender"), key, strict=True)
    )


def _without_repeats(
    rows: list[FileRow], errors: list[str], warnings: list[str], value_header: str = "value"
) -> list[FileRow]:
    """The rows, each key (series, area, period, gender) once. A repeat with the same value is counted once and
    named in a warning; a repeat with another value is an error, since no row may silently win."""
    first: dict[tuple[str, str, str, str], FileRow] = {}
    kept: list[FileRow] = []
    repeats = 0
    for row in rows:
        key = (row.series, row.area, row.period, row.gender)
        earlier = first.setdefault(key, row)
        if earlier is row:
            kept.append(row)
        elif earlier.value == row.value:
            repeats += 1
            if repeats <= MAX_ERRORS:
                warnings.append(
                    _("Rad %(line)d upprepar rad %(earlier)d (%(key)s, samma värde); raden räknades en gång.")
                    % {"line": row.line, "earlier": earlier.line, "key": _key_text(key)}
                )
        elif len(errors) < MAX_ERRORS:
            reason = _(
                "%(key)s finns redan på rad %(earlier)d med ett annat värde (%(old)s mot %(new)s); "
                "ta bort en av raderna"
            ) % {
                "key": _key_text(key),
                "earlier": earlier.line,
                "old": _shown(earlier.value),
                "new": _shown(row.value),
            }
            errors.append(
                _("Rad %(line)d, kolumn %(field)s: %(reason)s.")
                % {"line": row.line, "field": value_header, "reason": reason}
            )
        elif errors[-1] != (more := _("… fler fel finns; rätta de ovan och försök igen.")):
            errors.append(more)
    if repeats > MAX_ERRORS:
        warnings.append(_("… och %(n)d rader till upprepar tidigare rader.") % {"n": repeats - MAX_ERRORS})
    return kept


def export_rows(series_list, observations) -> list[list[str | float | None]]:
    """Rows of the file format (with the header) for observations of the given series."""
    titles = {s.pk: s for s in series_list}
    out: list[list[str | float | None]] = [list(headers())]
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
                o.value,  # a number (or an empty cell), never text
            ]
        )
    return out
