"""Building blocks of the demo data of the steering part (S1–S11): what an example's situation
analysis, goals, indicators and follow-up look like, written as plain data that `steer.demo`
loads through the services.

Organizations are named as in `collaborations.demo.ORGS`; areas by their SCB code ("10" is
Blekinge län, "1490" Borås); goals, indicators and rounds by a key local to the example.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any

from collaborations.demo import INVENTED, SKR, TALK

GENERAL = "[allmän kännedom]"

__all__ = [
    "GENERAL",
    "INVENTED",
    "SKR",
    "TALK",
    "Actor",
    "Conflict",
    "Doc",
    "Entry",
    "Evid",
    "G",
    "Ind",
    "Own",
    "Round",
    "Scan",
    "Steering",
    "by_year",
]


@dataclass(frozen=True)
class Actor:
    """An actor of the situation analysis: an organization of the register, or only a name."""

    organization: str = ""
    name: str = ""
    sector: str = ""
    effect: str = ""
    is_missing: bool = False
    invite: str = ""  # a missing actor in the register: the invitation's message (it is then invited)


@dataclass(frozen=True)
class G:
    """A shared goal; `parent` is the key of its overall goal in the same document."""

    key: str
    title: str
    term: str = "long"
    target_year: int | None = None
    parent: str = ""
    description: str = ""
    source_note: str = ""
    achieved_year: int | None = None  # marked achieved that year, with `achieved_evidence`
    achieved_evidence: str = ""
    superseded_by: str = ""  # the key of the goal that replaced it (in any document of the example)


@dataclass(frozen=True)
class Doc:
    kind: str
    title: str
    goals: list[G]
    year_from: int | None = None
    year_to: int | None = None
    adopted_by: str = ""
    description: str = ""
    source_note: str = ""


@dataclass(frozen=True)
class Ind:
    """An indicator. `values` are entered by hand: (area, gender, {year: value}); `series` names a
    followed statistical series (Kolada id), beside which `values` are typed for years it lacks (a baseline
    from a report, say; `values_source` names it). A ratio (`is_ratio`) has `counts` instead: (area, gender,
    {year: (numerator, denominator)}). `targets` are (year, value, note)."""

    key: str
    goal: str
    name: str
    measure_type: str
    direction: str
    areas: list[str]
    rationale: str
    source_note: str
    unit: str = ""
    by_gender: bool = False
    series: str = ""
    responsible: str = ""
    frequency: str = "yearly"
    baseline: tuple[int, float] | None = None
    targets: list[tuple[int, float, str]] = field(default_factory=list)
    values: list[tuple[str, str, dict[int, float]]] = field(default_factory=list)
    values_invented: bool = False
    typed_invented: bool = False  # the typed values beside a series are invented (the series' are real)
    values_source: str = ""  # the source note of every typed value
    baseline_source: str = ""
    is_ratio: bool = False
    numerator_label: str = ""
    denominator_label: str = ""
    counts: list[tuple[str, str, dict[int, tuple[float, float]]]] = field(default_factory=list)


@dataclass(frozen=True)
class Own:
    """A party's own goal, placed in its own steering."""

    organization: str
    title: str
    shared_goals: list[str]
    placement: str
    document_name: str
    document_year: int
    description: str = ""
    source_note: str = ""


@dataclass(frozen=True)
class Conflict:
    title: str
    description: str
    parties: list[str]
    goals: list[str] = field(default_factory=list)
    documents: str = ""
    handling: str = ""
    status: str = "identified"
    source_note: str = ""


@dataclass(frozen=True)
class Entry:
    """A point of the analysis dialogue of a round."""

    deviation: str
    causes: str = ""
    improvements: str = ""
    decision: str = ""
    decision_status: str = "none"
    decided_on: datetime.date | None = None
    goal: str = ""
    indicator: str = ""
    source_note: str = ""


@dataclass(frozen=True)
class Round:
    """A follow-up round. A round with `closed_on` is closed through `close_round` once the values
    up to `data_until` are entered (the later values come after, so the dashboard shows what changed
    since); the others keep `status`. `assessments` are (goal or indicator key, status, text)."""

    key: str
    title: str
    year: int
    start_date: datetime.date
    due_date: datetime.date
    coordinator: str
    source_note: str
    status: str = "ongoing"
    data_until: int | None = None
    closed_on: datetime.date | None = None
    summary: str = ""
    assessments: list[tuple[str, str, str]] = field(default_factory=list)
    entries: list[Entry] = field(default_factory=list)


@dataclass(frozen=True)
class Evid:
    """Qualitative evidence (S7)."""

    method: str
    title: str
    date: datetime.date
    summary: str
    source_note: str
    participants: list[str] = field(default_factory=list)
    participants_description: str = ""
    round: str = ""
    goals: list[str] = field(default_factory=list)
    indicators: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Scan:
    """An entry of the environmental scan (S9); the scan has no source field, so `reference` names it."""

    level: str
    date: datetime.date
    title: str
    description: str
    reference: str
    goals: list[str] = field(default_factory=list)
    round: str = ""


@dataclass(frozen=True)
class Steering:
    analyses: list[dict[str, Any]]  # versions of the situation analysis, oldest first
    documents: list[Doc]
    actors: list[Actor] = field(default_factory=list)
    benefits: list[tuple[str, str, str]] = field(default_factory=list)  # (party, own benefit, source note)
    indicators: list[Ind] = field(default_factory=list)
    own_goals: list[Own] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    rounds: list[Round] = field(default_factory=list)
    evidence: list[Evid] = field(default_factory=list)
    scans: list[Scan] = field(default_factory=list)
    resources: list[tuple[str, str, int]] = field(default_factory=list)  # (goal key, party, year) of organize's


def by_year(first: int, values: list[float | None]) -> dict[int, float]:
    """Consecutive yearly values from `first`; None leaves a year out (a missing value, never zero)."""
    return {first + i: v for i, v in enumerate(values) if v is not None}
