"""The rules of the continuity view (L6, X5), on plain values: does the collaboration hang on few people?

Each rule returns what it found; what the data do not say (a body without a stated rhythm, funding
without an end date, a body whose meetings recorded no attendance) is returned as unknown, never as a
warning or as all well."""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

DEFAULT_SHARE = Decimal("30")  # per cent of the collaboration's roles one person may hold
LAST_MEETINGS = 5  # the attendance continuity is measured over a body's last held meetings
STEADY_ATTENDANCE = 0.5  # below this average share of returning attendees, attendance keeps changing
FUNDING_HORIZON_DAYS = 365  # project funding ending within twelve months needs a plan (X5)


@dataclass(frozen=True)
class Concentration:
    person_id: int
    held: int
    total: int

    @property
    def share(self) -> float:
        return self.held / self.total if self.total else 0.0


def concentrated_roles(held_by: Mapping[int, int], share_percent: Decimal | float) -> list[Concentration]:
    """The persons holding more than `share_percent` of all the roles counted (`held_by`: person id →
    number of roles), the most first."""
    total = sum(held_by.values())
    if total == 0:
        return []
    limit = float(share_percent) / 100
    found = [Concentration(pid, n, total) for pid, n in held_by.items() if n / total > limit]
    return sorted(found, key=lambda c: (-c.held, c.person_id))


def too_few_parties(organizations: Iterable[int]) -> bool:
    """A body with members from fewer than two parties."""
    return len(set(organizations)) < 2


def expected_interval(meetings_per_year: int | None) -> datetime.timedelta | None:
    """The longest the body should go without a meeting, from its rhythm (None: no rhythm stated)."""
    if not meetings_per_year:
        return None
    return datetime.timedelta(days=round(365 / meetings_per_year))


@dataclass(frozen=True)
class RhythmCheck:
    status: str  # "ok", "late", "unknown"
    interval: datetime.timedelta | None
    last_held: datetime.date | None
    since: datetime.date | None  # the day the interval is counted from


def rhythm_check(
    meetings_per_year: int | None,
    last_held: datetime.date | None,
    established_on: datetime.date | None,
    today: datetime.date,
) -> RhythmCheck:
    """Has the body met within its rhythm? Counted from its last held meeting, else from the day it was
    set up; without a rhythm the answer is unknown (and without either day: late, for no meeting is
    recorded at all)."""
    interval = expected_interval(meetings_per_year)
    if interval is None:
        return RhythmCheck("unknown", None, last_held, None)
    since = last_held or established_on
    if since is None:
        return RhythmCheck("late", interval, None, None)
    return RhythmCheck("late" if today - since > interval else "ok", interval, last_held, since)


@dataclass(frozen=True)
class MeetingContinuity:
    day: datetime.date
    present: int
    returning: int | None  # also present at the previous meeting (None: the first of the row)

    @property
    def share(self) -> float | None:
        if self.returning is None or self.present == 0:
            return None
        return self.returning / self.present


def attendance_continuity(meetings: Sequence[tuple[datetime.date, frozenset[int]]]) -> list[MeetingContinuity]:
    """For each meeting (oldest first, with the persons present), how many of those present were also
    at the previous meeting."""
    rows = []
    previous: frozenset[int] | None = None
    for day, present in meetings:
        returning = None if previous is None else len(present & previous)
        rows.append(MeetingContinuity(day, len(present), returning))
        previous = present
    return rows


def average_continuity(rows: Sequence[MeetingContinuity]) -> float | None:
    """The average share of returning attendees (None: fewer than two meetings with attendance)."""
    shares = [r.share for r in rows if r.share is not None]
    if not shares:
        return None
    return sum(shares) / len(shares)


def attendance_keeps_changing(rows: Sequence[MeetingContinuity]) -> bool | None:
    average = average_continuity(rows)
    return None if average is None else average < STEADY_ATTENDANCE


def funding_needs_plan(end_date: datetime.date | None, has_plan: bool, today: datetime.date) -> str:
    """ "flag": ends within twelve months with no plan; "unknown": no end date; "ok" otherwise."""
    if has_plan:
        return "ok"
    if end_date is None:
        return "unknown"
    if today <= end_date <= today + datetime.timedelta(days=FUNDING_HORIZON_DAYS):
        return "flag"
    return "ok"
