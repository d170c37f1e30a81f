"""Reading an action plan back from the Excel template (`docs/action-plan-template.md`; written by
`work.engine.template.write_plan_workbook`, named here too). Pure: no database.

`read_plan_rows` reads the sheet "Aktiviteter" as raw rows with their Excel row numbers, and the errors of
single cells, each naming its cell ("Rad 7, kolumn Startar (F7): …"); a file that cannot be read at all is
refused at once. The rules, stated once:

1. Only an Excel workbook (.xlsx) of at most MAX_BYTES (MAX_UNPACKED unpacked), with a sheet "Aktiviteter"
   whose first row names every column of `COLUMNS` once (in any order, in Swedish or English), and at most
   MAX_ROWS rows of activities. Empty rows are skipped.
2. A value is typed as a value: a formula, an error value (#N/A), merged cells, a clock time or a value in a
   column without a heading are errors of their cell, never read as something else.
3. A date is read by `work.engine.cells.read_date` (Excel dates; 2025-03-01, 1/3/2025, 1.3.2025, 1 mars
   2025; empty = unknown; never guessed).

Every error is a `CellError` (row, column, message); `refusal` makes one ValidationError of them whose
`messages` are sorted by row and column, for a page to list and the API to return as a list.
"""

from __future__ import annotations

import datetime
import io
import warnings
import zipfile
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.translation import gettext as _

from work.engine.cells import (
    DATE_COLUMNS,
    ENGLISH_HEADERS,
    KEYS,
    MAX_BYTES,
    MAX_ERRORS,
    MAX_ROWS,
    MAX_TEXT,
    MAX_UNPACKED,
    SHEET,
    GoalLine,
    PartyLine,
    cell_text,
    column_letter,
    read_date,
)
from work.engine.rows import COLUMNS
from work.engine.template import write_plan_workbook


@dataclass(frozen=True, order=True)
class CellError:
    """An error of the file, sorted by row, then column (row 0: the file as a whole)."""

    line: int
    column: int
    message: str


@dataclass(frozen=True)
class Layout:
    """Where each column stands in the file, and how the file names it."""

    index: dict[str, int]  # key -> column number (1 = A)
    headers: dict[str, str]  # key -> heading as written


@dataclass(frozen=True)
class RawRow:
    """One row of activities as the file has it: text (stripped, "" when empty) or, for the dates, a date
    or None (unknown). `bad` names the columns whose cell had an error already reported."""

    line: int
    values: dict[str, Any]
    layout: Layout
    bad: frozenset[str] = frozenset()

    def cell(self, key: str) -> str:
        return f"{column_letter(self.layout.index[key])}{self.line}"

    def where(self, key: str) -> str:
        return _("Rad %(line)d, kolumn %(column)s (%(cell)s)") % {
            "line": self.line,
            "column": self.layout.headers[key],
            "cell": self.cell(key),
        }

    def error(self, key: str, reason: str) -> CellError:
        return CellError(self.line, self.layout.index[key], f"{self.where(key)}: {reason}")


def refusal(errors: list[CellError]) -> ValidationError:
    """One ValidationError whose `messages` are the errors in Swedish, by row and column (at most MAX_ERRORS)."""
    ordered = sorted(set(errors))
    messages = [ValidationError(e.message, code="row") for e in ordered[:MAX_ERRORS]]
    if len(ordered) > MAX_ERRORS:
        more = _("… och %(n)d fel till; rätta dem ovan och läs in filen igen.") % {"n": len(ordered) - MAX_ERRORS}
        messages.append(ValidationError(more, code="row"))
    return ValidationError(messages)


def _file_error(message: str) -> ValidationError:
    return ValidationError([ValidationError(message, code="file")])


def _content(file: Any) -> bytes:
    """The file's bytes (of an upload, an open file or bytes), refused when too large."""
    if isinstance(file, (bytes, bytearray)):
        data = bytes(file)
    else:
        size = getattr(file, "size", None)
        if isinstance(size, int) and size > MAX_BYTES:
            raise _too_large()
        if hasattr(file, "seek"):
            file.seek(0)
        data = file.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise _too_large()
    return data


def _too_large() -> ValidationError:
    return _file_error(
        _(
            "Filen är större än %(mb)d MB; en handlingsplan i mallen är mycket mindre. "
            "Dela upp den eller ta bort bilder."
        )
        % {"mb": MAX_BYTES // (1024 * 1024)}
    )


def _not_xlsx(data: bytes) -> ValidationError | None:
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        return _file_error(
            _("Filen är en äldre Excelfil (.xls); spara den som Excel-arbetsbok (.xlsx) och läs in den igen.")
        )
    generic = _file_error(
        _("Filen är inte en Excelfil (.xlsx). Ladda ned mallen, fyll i den och spara den som Excel-arbetsbok (.xlsx).")
    )
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = set(archive.namelist())
        unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return generic
    if "xl/workbook.xml" not in names:
        if "content.xml" in names:
            return _file_error(
                _("Filen är ett OpenDocument-kalkylark (.ods); spara den som Excel-arbetsbok (.xlsx) och försök igen.")
            )
        return generic
    if unpacked > MAX_UNPACKED:
        return _file_error(
            _("Filen är %(mb)d MB uppackad; högst %(max)d MB läses. Ta bort bilder och tomma formaterade rader.")
            % {"mb": unpacked // (1024 * 1024), "max": MAX_UNPACKED // (1024 * 1024)}
        )
    return None


def _load(data: bytes) -> Any:
    from openpyxl import load_workbook

    problem = _not_xlsx(data)
    if problem is not None:
        raise problem
    try:
        with warnings.catch_warnings():  # openpyxl warns of Excel extensions it drops (validations, styles)
            warnings.simplefilter("ignore")
            return load_workbook(io.BytesIO(data), data_only=False, keep_links=False)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise _file_error(_("Filen kunde inte läsas som en Excelfil (.xlsx); den kan vara skadad.")) from exc


def _accepted_names(key: str, label: Any) -> set[str]:
    with translation.override("sv"):
        swedish = str(label)
    return {n.casefold() for n in (key, swedish, str(label), ENGLISH_HEADERS[key])}


def _all_headings() -> str:
    return ", ".join(str(label) for _key, label in COLUMNS)


def _layout(header: dict[int, Any], errors: list[CellError]) -> Layout:
    names = {key: _accepted_names(key, label) for key, label in COLUMNS}
    index: dict[str, int] = {}
    written: dict[str, str] = {}
    for column in sorted(header):
        heading = cell_text(header[column])
        key = next((k for k, accepted in names.items() if heading.casefold() in accepted), None)
        where = _("Rad 1, kolumn %(letter)s (%(letter)s1)") % {"letter": column_letter(column)}
        if key is None:
            reason = _("okänd kolumn ”%(name)s”") % {"name": heading[:60]}
            errors.append(
                CellError(1, column, f"{where}: {reason}. " + _("Kolumnerna är %(all)s.") % {"all": _all_headings()})
            )
        elif key in index:
            reason = _("kolumnen %(name)s finns redan i kolumn %(other)s") % {
                "name": heading,
                "other": column_letter(index[key]),
            }
            errors.append(CellError(1, column, f"{where}: {reason}."))
        else:
            index[key], written[key] = column, heading
    missing = [str(label) for key, label in COLUMNS if key not in index]
    if missing:
        errors.append(
            CellError(
                1,
                0,
                _(
                    "Rad 1: kolumner saknas: %(missing)s. "
                    "Första raden ska namnge kolumnerna %(all)s (se bladet Anvisningar)."
                )
                % {"missing": ", ".join(missing), "all": _all_headings()},
            )
        )
    return Layout(index, written)


def _cell_problem(cell: Any) -> str | None:
    from openpyxl.worksheet.formula import ArrayFormula, DataTableFormula

    value = cell.value
    if cell.data_type == "f" or isinstance(value, (ArrayFormula, DataTableFormula)):
        formula = value.text if isinstance(value, ArrayFormula) else str(value)
        return _(
            "cellen innehåller formeln %(formula)s; skriv in värdet i stället (kopiera och klistra in som värden)"
        ) % {"formula": (formula or "=")[:40]}
    if cell.data_type == "e":
        return _("cellen visar felet %(value)s; skriv in värdet i stället") % {"value": value}
    if isinstance(value, datetime.time):
        return _("cellen innehåller ett klockslag, inte ett datum eller en text")
    if isinstance(value, str) and len(value) > MAX_TEXT:
        return _("texten har %(n)d tecken; högst %(max)d läses, och inget kortas av") % {
            "n": len(value),
            "max": MAX_TEXT,
        }
    return None


def read_plan_rows(file: Any) -> tuple[list[RawRow], list[CellError]]:
    """The rows of activities and the errors of single cells (rules 1–3). A file that cannot be read
    at all (not xlsx, too large, no sheet "Aktiviteter", wrong headings, too many rows) raises a
    ValidationError at once."""
    data = _content(file)
    workbook = _load(data)
    try:
        if SHEET not in workbook.sheetnames:
            raise _file_error(
                _("Filen har inget blad som heter ”%(sheet)s” (den har %(sheets)s). Använd mallen för handlingsplaner.")
                % {"sheet": SHEET, "sheets": ", ".join(f"”{s}”" for s in workbook.sheetnames)}
            )
        return _read_sheet(workbook[SHEET])
    finally:
        workbook.close()


def _merged(sheet: Any, layout: Layout, errors: list[CellError]) -> None:
    names = {col: layout.headers[key] for key, col in layout.index.items()}
    for merged in sheet.merged_cells.ranges:
        line, col = merged.min_row, merged.min_col
        where = _("Rad %(line)d, kolumn %(column)s (%(cell)s)") % {
            "line": line,
            "column": names.get(col, column_letter(col)) if line > 1 else column_letter(col),
            "cell": f"{column_letter(col)}{line}",
        }
        reason = _("cellerna %(range)s är sammanfogade; dela upp dem så att varje värde står i en egen cell") % {
            "range": merged.coord
        }
        errors.append(CellError(line, col, f"{where}: {reason}."))


def _read_sheet(sheet: Any) -> tuple[list[RawRow], list[CellError]]:
    errors: list[CellError] = []
    # The cells the file holds (not a grid up to the last formatted cell, which may be row 1 048 576).
    cells = {at: cell for at, cell in sheet._cells.items() if cell.value is not None}  # noqa: SLF001
    layout = _layout({col: cell.value for (row, col), cell in cells.items() if row == 1}, errors)
    _merged(sheet, layout, errors)
    if any(e.line <= 1 for e in errors):
        raise refusal(errors)
    lines = sorted({row for row, _col in cells if row > 1 and cell_text(cells[row, _col].value) != ""})
    if len(lines) > MAX_ROWS:
        raise _file_error(
            _("Bladet %(sheet)s har %(n)d rader med aktiviteter; högst %(max)d läses in åt gången. Dela upp planen.")
            % {"sheet": SHEET, "n": len(lines), "max": MAX_ROWS}
        )
    by_line: dict[int, dict[int, Any]] = {}
    for (row, col), cell in cells.items():
        if row > 1:
            by_line.setdefault(row, {})[col] = cell
    merged_at = {
        (row, col)
        for merged in sheet.merged_cells.ranges
        for row in range(merged.min_row, merged.max_row + 1)
        for col in range(merged.min_col, merged.max_col + 1)
    }
    columns = {col: key for key, col in layout.index.items()}
    rows: list[RawRow] = []
    for line in lines:
        values: dict[str, Any] = {key: "" for key in KEYS}
        bad: set[str] = set()
        probe = RawRow(line, values, layout)
        for col, cell in sorted(by_line[line].items()):
            key = columns.get(col)
            if key is None:
                if cell_text(cell.value):
                    where = _("Rad %(line)d, kolumn %(letter)s (%(letter)s%(line)d)") % {
                        "line": line,
                        "letter": column_letter(col),
                    }
                    errors.append(CellError(line, col, f"{where}: " + _("värdet står i en kolumn utan rubrik") + "."))
                continue
            if (line, col) in merged_at:
                bad.add(key)
                continue
            problem = _cell_problem(cell)
            if problem is None and key in DATE_COLUMNS:
                try:
                    values[key] = read_date(cell.value)
                except ValueError as exc:
                    problem = str(exc)
            elif problem is None:
                values[key] = cell_text(cell.value)
            if problem is not None:
                bad.add(key)
                errors.append(probe.error(key, problem + "."))
        if bad or any(values[key] != "" for key in KEYS):  # not only a value outside the columns
            for key in DATE_COLUMNS:
                values[key] = values[key] or None
            rows.append(RawRow(line, values, layout, frozenset(bad)))
    return rows, errors


def read_plan_workbook(file: Any) -> list[RawRow]:
    """The rows of activities of a file in the template, or a ValidationError listing every error by cell."""
    rows, errors = read_plan_rows(file)
    if errors:
        raise refusal(errors)
    return rows


__all__ = [
    "CellError",
    "GoalLine",
    "Layout",
    "PartyLine",
    "RawRow",
    "read_plan_rows",
    "read_plan_workbook",
    "refusal",
    "write_plan_workbook",
]
