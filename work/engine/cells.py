"""The cells of the Excel template of an action plan (`docs/action-plan-template.md`): the sheets and their
limits, and how a cell's value is read. Pure: no database.

A date (rule 3 of `work.engine.workbook`) is a real Excel date, or text as 2025-03-01 (ISO), 1/3/2025 or
1.3.2025 (day first, as Swedes write it, always with the full year) or 1 mars 2025 (a Swedish month, written
out or abbreviated). An empty cell is an unknown date. A number, a two-digit year, a day that does not exist
or any other text is refused with the reason: a date is never guessed.
"""

from __future__ import annotations

import datetime
import re
from typing import Any, NamedTuple

from django.utils.translation import gettext as _

from work.engine.rows import COLUMNS, GOAL_SEPARATOR

SHEET = "Aktiviteter"
GOALS_SHEET = "Mål"
PARTIES_SHEET = "Parter"
HELP_SHEET = "Anvisningar"
MAX_BYTES = 5 * 1024 * 1024
MAX_UNPACKED = 60 * 1024 * 1024
MAX_ROWS = 2000
MAX_ERRORS = 200
MAX_TEXT = 10_000  # characters of one cell (a description); Excel itself holds 32 767
YEARS = (1990, 2100)  # as an action plan's years
DATE_COLUMNS = ("start_date", "end_date")
KEYS = [key for key, _label in COLUMNS]
ENGLISH_HEADERS = {
    "id": "Id",
    "title": "Activity",
    "description": "Description",
    "owner_organization": "Responsible organization",
    "owner_person": "Responsible person",
    "start_date": "Starts",
    "end_date": "Ends",
    "status": "Status",
    "goals": "Goals",
    "knowledge_basis": "Knowledge basis",
    "evidence_reference": "Evidence reference",
}
MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("januari", "jan"),
            ("februari", "feb"),
            ("mars", "mar"),
            ("april", "apr"),
            ("maj",),
            ("juni", "jun"),
            ("juli", "jul"),
            ("augusti", "aug"),
            ("september", "sep", "sept"),
            ("oktober", "okt"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_NUMERIC = re.compile(r"^(\d{1,2})([./])(\d{1,2})\2(\d{2}|\d{4})$")
_NAMED = re.compile(r"^(\d{1,2})\s+([a-zåäö]+)\.?\s+(\d{2}|\d{4})$")


class GoalLine(NamedTuple):
    """A goal one may name in the column Mål: its exact title, its kind, and the party of an own goal."""

    title: str
    kind: str
    party: str = ""


class PartyLine(NamedTuple):
    name: str
    short_name: str = ""
    org_number: str = ""


def column_letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index)


# Values -----------------------------------------------------------------------------------------------


def _plain_date(year: int, month: int, day: int, text: str) -> datetime.date:
    if year < 100:
        raise ValueError(
            _("årtalet i ”%(text)s” har två siffror och kan betyda flera år; skriv hela årtalet, till exempel 2025")
            % {"text": text}
        )
    try:
        value = datetime.date(year, month, day)
    except ValueError:
        raise ValueError(
            _("datumet ”%(text)s” finns inte (dag %(d)d, månad %(m)d)") % {"text": text, "d": day, "m": month}
        ) from None
    return _within_years(value)


def _within_years(value: datetime.date) -> datetime.date:
    if not YEARS[0] <= value.year <= YEARS[1]:
        raise ValueError(
            _("året %(year)d ligger utanför %(low)d–%(high)d; kontrollera datumet")
            % {"year": value.year, "low": YEARS[0], "high": YEARS[1]}
        )
    return value


def read_date(value: Any) -> datetime.date | None:
    """A cell's date (rule 3): None for an empty cell; ValueError with the reason in Swedish otherwise."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime.datetime):
        return _within_years(value.date())
    if isinstance(value, datetime.date):
        return _within_years(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        raise ValueError(
            _("cellen innehåller talet %(n)s, inte ett datum; formatera cellen som datum eller skriv 2025-03-01")
            % {"n": number_text(value)}
        )
    text = " ".join(str(value).split())
    if match := _ISO.match(text):
        return _plain_date(int(match[1]), int(match[2]), int(match[3]), text)
    if match := _NUMERIC.match(text):
        return _plain_date(int(match[4]), int(match[3]), int(match[1]), text)
    if (match := _NAMED.match(text.casefold())) and match[2] in MONTHS:
        return _plain_date(int(match[3]), MONTHS[match[2]], int(match[1]), text)
    raise ValueError(
        _("”%(text)s” kan inte läsas som ett datum; skriv det som 2025-03-01, 1/3/2025, 1.3.2025 eller 1 mars 2025")
        % {"text": text[:60]}
    )


def number_text(value: int | float) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return repr(value) if isinstance(value, float) else str(value)


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return value.date().isoformat() if value.time() == datetime.time() else value.isoformat(" ")
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return number_text(value)
    return str(value).replace("\r\n", "\n").replace("_x000D_", "").strip()


def goal_names(text: str, known: set[str]) -> list[str]:
    """The goal titles in a cell of the column Mål, split at ";" — unless the ";" is part of a `known` title
    (compared as `normal_title`), so every title the export writes is read back."""
    parts = text.split(GOAL_SEPARATOR.strip())
    names: list[str] = []
    i = 0
    while i < len(parts):
        for j in range(len(parts), i, -1):
            candidate = GOAL_SEPARATOR.strip().join(parts[i:j])
            if j == i + 1 or normal_title(candidate) in known:
                if candidate.strip():
                    names.append(candidate.strip())
                i = j
                break
    return names


def normal_title(text: str) -> str:
    """A name as compared: spaces trimmed and collapsed, case aside."""
    return " ".join(str(text).split()).casefold()
