"""Writing the Excel template of an action plan (`docs/action-plan-template.md`; read back by
`work.engine.workbook`). Pure: no database.

Sheets: "Aktiviteter" (the columns of `work.engine.rows.COLUMNS` in that order, the heading row bold and
frozen, dates as real Excel dates, texts as texts even when they start with "=", lists of the statuses,
knowledge bases and parties offered in their cells), "Mål" (the goals one may name, by exact title),
"Parter" (the organizations taking part) and "Anvisningar" (each column and the accepted values).
"""

from __future__ import annotations

import datetime
import io
import re
from typing import Any

from django.utils.translation import gettext as _

from core.exports import needs_quote
from work.choices import ActivityStatus, KnowledgeBasis
from work.engine.cells import (
    DATE_COLUMNS,
    GOALS_SHEET,
    HELP_SHEET,
    KEYS,
    MAX_ROWS,
    PARTIES_SHEET,
    SHEET,
    GoalLine,
    PartyLine,
    column_letter,
)
from work.engine.rows import COLUMNS

# Characters an XML 1.0 document (an .xlsx part) cannot hold; openpyxl refuses them.
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _put(sheet: Any, row: int, column: int, value: Any, bold: bool = False) -> None:
    from openpyxl.styles import Font

    cell = sheet.cell(row=row, column=column)
    if isinstance(value, str):
        if value == "":
            return
        cell.value = _XML_ILLEGAL.sub("\ufffd", value)
        cell.data_type = "s"  # a text, never a formula
        if needs_quote(value):
            cell.quotePrefix = True  # stays text when edited in Excel
    elif isinstance(value, datetime.date):
        cell.value = value
        cell.number_format = "yyyy-mm-dd"
    else:
        cell.value = value
    if bold:
        cell.font = Font(bold=True)


def _table(sheet: Any, headings: list[str], lines: list[list[Any]], widths: list[int]) -> None:
    for column, heading in enumerate(headings, start=1):
        _put(sheet, 1, column, heading, bold=True)
        sheet.column_dimensions[column_letter(column)].width = widths[column - 1]
    for row, values in enumerate(lines, start=2):
        for column, value in enumerate(values, start=1):
            _put(sheet, row, column, value)
    sheet.freeze_panes = "A2"


def _row_values(row: dict[str, Any]) -> list[Any]:
    values = []
    for key in KEYS:
        value = row.get(key)
        if key in DATE_COLUMNS:
            value = datetime.date.fromisoformat(value) if value else None
        elif key == "id":
            value = int(value) if value is not None and value != "" else None
        else:
            value = "" if value is None else str(value)
        values.append(value)
    return values


def _labels(choices: Any) -> str:
    return ", ".join(str(label) for label in choices.labels)


def _instructions() -> list[list[str]]:
    def date_help() -> str:
        return _(
            "Ett Excel-datum, eller text som 2025-03-01, 1/3/2025, 1.3.2025 eller 1 mars 2025 (dag före månad, "
            "hela årtalet). Tomt: okänt."
        )

    columns = {
        "id": _("Lämna tomt för en ny aktivitet. Ifyllt av exporten: aktivitetens nummer; ändra det inte."),
        "title": _("Vad aktiviteten är. Krävs; högst 300 tecken."),
        "description": _("Fritext. Kan vara tom."),
        "owner_organization": _(
            "Den part som ansvarar: namn, kortnamn eller organisationsnummer (se bladet Parter). Krävs."
        ),
        "owner_person": _(
            "Den som ansvarar, en person som företräder organisationen: för- och efternamn eller e-post. Krävs."
        ),
        "start_date": date_help(),
        "end_date": date_help() + " " + _("Inte före startdatumet."),
        "status": _("En av: %(values)s. Tomt: oförändrad (en ny aktivitet: Planerad).")
        % {"values": _labels(ActivityStatus)},
        "goals": _(
            "Minst ett mål, med exakt titel från bladet Mål; flera skiljs med semikolon (;). Ett eget mål ska vara "
            "den ansvariga partens eller planens parts."
        ),
        "knowledge_basis": _("En av: %(values)s. Tomt: inte känt.") % {"values": _labels(KnowledgeBasis)},
        "evidence_reference": _(
            "Studien, kunskapsstödet eller utvärderingen. Krävs när kunskapsgrunden är evidensbaserad."
        ),
    }
    lines = [[str(label), columns[key]] for key, label in COLUMNS]
    lines += [
        ["", ""],
        [
            _("Inläsning"),
            _("Allt eller inget: finns ett enda fel sparas ingenting, och varje fel visas med rad och kolumn."),
        ],
        [_("Id"), _("En rad med id ändrar den aktiviteten i planen; en rad utan id blir en ny aktivitet.")],
        [
            _("Aktiviteter som saknas"),
            _("Aktiviteter i planen som inte finns i filen lämnas som de är (de tas inte bort)."),
        ],
        [_("Status"), _("En ändrad status sparas som en lägesrapport som säger att den ändrades vid inläsningen.")],
        [_("Värden"), _("Skriv värden, inte formler; sammanfoga inga celler. Högst %(n)d rader.") % {"n": MAX_ROWS}],
    ]
    return lines


def write_plan_workbook(
    plan_title: str, rows: list[dict[str, Any]], goals: list[GoalLine], organizations: list[PartyLine]
) -> bytes:
    """The template with the plan's rows (`work.engine.rows.activity_row`), the goals and parties one may name,
    and the instructions."""
    from openpyxl import Workbook
    from openpyxl.worksheet.datavalidation import DataValidation

    workbook = Workbook()
    workbook.properties.title = plan_title[:200]
    sheet = workbook.active
    assert sheet is not None
    sheet.title = SHEET
    widths = [8, 40, 50, 30, 25, 12, 12, 14, 50, 22, 40]
    _table(sheet, [str(label) for _key, label in COLUMNS], [_row_values(row) for row in rows], widths)
    last = MAX_ROWS + 1
    for key, choices in (("status", ActivityStatus), ("knowledge_basis", KnowledgeBasis)):
        letter = column_letter(KEYS.index(key) + 1)
        listed = '"' + ",".join(str(label) for label in choices.labels) + '"'
        check = DataValidation(
            type="list", formula1=listed, allow_blank=True, showErrorMessage=True, errorStyle="warning"
        )
        check.add(f"{letter}2:{letter}{last}")
        sheet.add_data_validation(check)
    if organizations:
        letter = column_letter(KEYS.index("owner_organization") + 1)
        check = DataValidation(
            type="list",
            formula1=f"{PARTIES_SHEET}!$A$2:$A${len(organizations) + 1}",
            allow_blank=True,
            showErrorMessage=True,
            errorStyle="warning",
        )
        check.add(f"{letter}2:{letter}{last}")
        sheet.add_data_validation(check)

    goal_sheet = workbook.create_sheet(GOALS_SHEET)
    _table(goal_sheet, [_("Mål"), _("Slag"), _("Part")], [list(goal) for goal in goals], [60, 20, 30])
    party_sheet = workbook.create_sheet(PARTIES_SHEET)
    _table(
        party_sheet,
        [_("Namn"), _("Kortnamn"), _("Organisationsnummer")],
        [list(party) for party in organizations],
        [40, 15, 20],
    )
    help_sheet = workbook.create_sheet(HELP_SHEET)
    _put(help_sheet, 1, 1, plan_title, bold=True)
    _put(help_sheet, 2, 1, _("Så fylls mallen i: en aktivitet per rad på bladet %(sheet)s.") % {"sheet": SHEET})
    _put(help_sheet, 4, 1, _("Kolumn"), bold=True)
    _put(help_sheet, 4, 2, _("Vad och hur"), bold=True)
    for row, (first, second) in enumerate(_instructions(), start=5):
        _put(help_sheet, row, 1, first, bold=row > len(COLUMNS) + 4)
        _put(help_sheet, row, 2, second)
    help_sheet.column_dimensions["A"].width = 26
    help_sheet.column_dimensions["B"].width = 110
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
