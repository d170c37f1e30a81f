"""Files for download (CSV and Excel): data a spreadsheet shows as data, never runs as a formula.

Every export of the product builds its rows as Python values and hands them to `file_response`:

1. **Text is inert.** Text whose first character (after any single quotes, and for = + - @ after any spaces) is
   one of = + - @ tab, carriage return, line feed or NUL would be run as a formula by Excel, LibreOffice or
   Google Sheets (`=HYPERLINK(…)`, `=cmd|' /C calc'!A0`, `@SUM(1+1)`, `+1+1`). In CSV such text gets a single
   quote in front (OWASP's advice) and every text field is quoted, so no list separator (`,` or the `;` of
   Swedish Excel) can start a new cell inside it. In Excel it is a text cell with the "quote prefix" style,
   never a formula cell, and its text is kept exactly as it is.
2. **Numbers are numbers**: int and float become numeric Excel cells and unquoted CSV numbers (a negative
   number such as -5 is a number, not a formula). A value that is not finite, and None, is an empty cell:
   nothing unknown is written as 0. An Excel cell holds the number itself (Excel shows it the way the
   reader's Excel is set up); a CSV is written as the spreadsheet of the interface's language opens it on
   a double click (`csv_dialect`): in Swedish separated by semicolons with a decimal comma (`-5;12,5`), as
   Swedish Excel writes and reads CSV, in English separated by commas with a decimal point (`-5,12.5`).
   Every digit is kept and thousands are not grouped (a file is data, read back exactly; the import reads
   both forms).
3. **File names are safe**: path separators, quotes and control characters are removed, and the
   Content-Disposition header has an ASCII name for old clients and the exact name as RFC 5987 `filename*`.

`csv_text` undoes rule 1 for a CSV read back: it removes exactly the quote that `csv_cell` added, so an
export imported again gives exactly the same text.
"""

from __future__ import annotations

import io
import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any
from urllib.parse import quote

from django.http import HttpResponse
from django.utils import timezone
from django.utils.formats import get_format

KINDS = ("csv", "xlsx")
CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
FORMULA_STARTS = ("=", "+", "-", "@")  # after optional spaces
CONTROL_STARTS = ("\t", "\r", "\n", "\0")
MAX_NAME = 100  # characters of a file name, before the extension

# Characters an XML 1.0 document (an .xlsx part) cannot hold; openpyxl refuses them.
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_UNSAFE_IN_NAME = re.compile(r'[/\\"\'`:;*?<>|]+')


class KindConverter:
    """The `<export_kind:kind>` path converter: only the kinds we write; any other kind is 404."""

    regex = "|".join(KINDS)

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        if value not in KINDS:
            raise ValueError(value)
        return value


def is_number(value: Any) -> bool:
    return isinstance(value, (int, float, Decimal)) and not isinstance(value, bool)


def needs_quote(text: str) -> bool:
    """True when a spreadsheet could take the text for a formula (rule 1)."""
    rest = text.lstrip("'")
    return rest[:1] in CONTROL_STARTS or rest.lstrip(" ")[:1] in FORMULA_STARTS


def _cell_value(value: Any) -> Any:
    """None, a finite number, a date or a text."""
    if isinstance(value, datetime) and value.tzinfo is not None:
        return timezone.localtime(value).replace(tzinfo=None)  # Excel has no time zones
    if value is None or isinstance(value, (str, date, time)):
        return value
    if is_number(value):
        return value if math.isfinite(value) else None
    return str(value)


def csv_cell(value: Any) -> Any:
    """The value as the csv module should write it: numbers as they are, text made inert."""
    value = _cell_value(value)
    if value is None:
        return ""
    if is_number(value):
        return value
    text = value.isoformat() if isinstance(value, (date, datetime, time)) else value
    text = text.replace("\0", "\ufffd")
    return "'" + text if needs_quote(text) else text


def csv_text(text: str) -> str:
    """A CSV cell's text as it was before `csv_cell` made it inert (for reading an export back)."""
    if text.startswith("'") and needs_quote(text[1:]):
        return text[1:]
    return text


def csv_dialect() -> tuple[str, str]:
    """(list separator, decimal separator) of a CSV in the active language: (";", ",") in Swedish,
    (",", ".") in English."""
    decimal = get_format("DECIMAL_SEPARATOR")
    return (";" if decimal == "," else ","), decimal


def csv_number(value: int | float | Decimal, decimal: str = ".") -> str:
    """A finite number as a CSV cell: every digit (the shortest text that reads back as exactly this
    float), `decimal` as its decimal separator, no thousands separator."""
    if isinstance(value, float):
        text = repr(value)
    elif isinstance(value, Decimal):
        text = f"{value:f}"
    else:
        text = str(int(value))
    return text.replace(".", decimal)


def csv_bytes(rows: Iterable[Sequence[Any]]) -> bytes:
    """Rows as CSV in the active language's dialect (`csv_dialect`): numbers unquoted, every text quoted."""
    delimiter, decimal = csv_dialect()
    lines = []
    for row in rows:
        cells = []
        for raw in row:
            value = csv_cell(raw)
            if is_number(value):
                cells.append(csv_number(value, decimal))
            else:
                cells.append('"' + str(value).replace('"', '""') + '"')
        lines.append(delimiter.join(cells) + "\r\n")
    return "".join(lines).encode("utf-8")


def xlsx_bytes(rows: Iterable[Sequence[Any]], sheet_title: str = "data") -> bytes:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(sheet_title)
    for row in rows:
        cells = []
        for raw in row:
            value = _cell_value(raw)
            if isinstance(value, str):
                cell = WriteOnlyCell(sheet, value=_XML_ILLEGAL.sub("\ufffd", value))
                cell.data_type = "s"  # never a formula ("=…") or an error code ("#N/A")
                if needs_quote(value):
                    cell.quotePrefix = True  # stays text when the cell is edited in Excel
            elif is_number(value):
                # the shortest text that reads back as exactly this number (openpyxl would keep 16 digits)
                cell = WriteOnlyCell(sheet, value=repr(value) if isinstance(value, float) else str(value))
                cell.data_type = "n"
            else:
                cell = WriteOnlyCell(sheet, value=value)
            cells.append(cell)
        sheet.append(cells)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def safe_filename(name: str) -> str:
    """A file name without path separators, quotes or control characters, at most MAX_NAME characters."""
    name = unicodedata.normalize("NFC", str(name))
    name = "".join(" " if unicodedata.category(c).startswith(("C", "Z")) else c for c in name)
    name = _UNSAFE_IN_NAME.sub("-", name)
    name = " ".join(name.split())[:MAX_NAME].strip(" .-")
    return name or "export"


def ascii_filename(name: str) -> str:
    """The ASCII fallback of a safe file name: å → a, anything else unusual → _."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^A-Za-z0-9._ -]+", "_", text).strip(" ._-")
    return text or "export"


def content_disposition(name: str, kind: str) -> str:
    """`attachment` with an ASCII `filename` and the exact name as RFC 5987 `filename*`."""
    safe = safe_filename(name)
    return (
        f"attachment; filename=\"{ascii_filename(safe)}.{kind}\"; filename*=UTF-8''{quote(f'{safe}.{kind}', safe='')}"
    )


def file_response(rows: Iterable[Sequence[Any]], name: str, kind: str) -> HttpResponse:
    """A download of the rows as CSV or Excel (`kind` one of KINDS), named `name`.`kind`."""
    if kind not in KINDS:
        raise ValueError(f"unknown export kind {kind!r}")
    content = xlsx_bytes(rows) if kind == "xlsx" else csv_bytes(rows)
    response = HttpResponse(content, content_type=CONTENT_TYPES[kind])
    response["Content-Disposition"] = content_disposition(name, kind)
    response["X-Content-Type-Options"] = "nosniff"
    return response
