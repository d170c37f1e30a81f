"""Building blocks of the demo data of the work of the parties (S5, W1–W4): what an example's action plans,
their versions and decisions, and their activities with progress notes, pilot, competences, target groups
and resources look like, written as plain data that `work.demo` loads through the services.

Names, as in the other demos: organizations as in `collaborations.demo.ORGS`; shared goals by their key in
`steer.demo` (e.g. "tidiga"); a party's own goals as "the owner's own goals" (`Activity.own`: every own goal
the responsible organization has in the collaboration); people as `Who` (an organization and a title: the
person who holds a seat of the collaboration for that organization with that title, or else a person of
the register who represents it with that title, as `Person` here or lead's people without a seat).

Days in the past are given relative to today (`ago(days)`) where the collaboration is still running, so
the demo keeps its shape whenever it is loaded; the ended Blekinge project has fixed dates. What the
sources say is quoted with `SKR`/`TALK` in `source_note`; everything else is marked `INVENTED`
("[påhittat för demon]"). A progress note, a competence's note, a target group's evidence and a resource's
note are always invented (the publication gives none): the loader adds the mark where the text lacks it.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from collaborations.demo import INVENTED, SKR, TALK, d

__all__ = [
    "INVENTED",
    "SKR",
    "TALK",
    "Activity",
    "Competence",
    "Day",
    "Group",
    "Note",
    "Person",
    "Pilot",
    "Plan",
    "Resource",
    "Version",
    "Who",
    "Work",
    "ago",
    "d",
    "dec",
    "on",
]


@dataclass(frozen=True)
class Ago:
    """A day `days` before the day the demo is loaded."""

    days: int

    def day(self, today: datetime.date) -> datetime.date:
        return today - datetime.timedelta(days=self.days)


Day = datetime.date | Ago


def ago(days: int) -> Ago:
    return Ago(days)


def on(day: Day | None, today: datetime.date) -> datetime.date | None:
    """The calendar day of `day` (None stays None)."""
    if day is None:
        return None
    return day.day(today) if isinstance(day, Ago) else day


def dec(value: str) -> Decimal:
    return Decimal(value)


@dataclass(frozen=True)
class Who:
    """The person who represents `organization` with the title `title` (a seat's title in the
    collaboration, else the person's own title in the register)."""

    organization: str
    title: str


@dataclass(frozen=True)
class Person:
    """An invented person the work needs and the other demos do not have (Studiefrämjandet's project
    coordinator, Piteå's and Älvsbyn's heads of department): created by `work.demo.load`."""

    first_name: str
    last_name: str
    organization: str
    title: str
    email: str


@dataclass(frozen=True)
class Note:
    """A progress note: the day, the status from then on (`work.choices.ActivityStatus`), what was done."""

    day: Day
    status: str
    text: str


@dataclass(frozen=True)
class Pilot:
    """An innovation's pilot (W3): where and how large, what will be evaluated by when; and, once done,
    the evaluation (day and result) and the day it was scaled up (only after the evaluation)."""

    scope: str
    size: int | None
    evaluation_plan: str
    evaluation_due: Day | None
    evaluated_on: Day | None = None
    result: str = ""
    scaled_up_on: Day | None = None


@dataclass(frozen=True)
class Competence:
    """A competence the activity needs; `provider` "" is a gap (no party provides it yet)."""

    competence: str
    provider: str = ""
    note: str = ""


@dataclass(frozen=True)
class Group:
    """A target group (`work.choices.TargetGroupKind`), how it is involved (`Involvement`), and what shows it."""

    kind: str
    involvement: str
    description: str = ""
    evidence: str = ""


@dataclass(frozen=True)
class Resource:
    """The activity's money and staff time in a year, committed and actual (each may be unknown). It is
    drawn from the owner's commitment of that year in organize's demo where there is one."""

    year: int
    money: Decimal | None = None
    money_actual: Decimal | None = None
    fte: Decimal | None = None
    fte_actual: Decimal | None = None
    note: str = ""


@dataclass(frozen=True)
class Activity:
    """An activity of a plan. `goals` are shared goals by their key in steer's demo; `own` adds the
    owner's own goals. `after_version` > 0: added to the plan after that version was saved (a plan that
    is continuously updated)."""

    title: str
    owner: Who
    goals: list[str]
    source_note: str
    description: str = ""
    own: bool = False
    start: datetime.date | None = None
    end: datetime.date | None = None
    knowledge_basis: str = ""
    evidence_reference: str = ""
    pilot: Pilot | None = None
    notes: list[Note] = field(default_factory=list)
    competences: list[Competence] = field(default_factory=list)
    groups: list[Group] = field(default_factory=list)
    resources: list[Resource] = field(default_factory=list)
    after_version: int = 0
    is_assumption: bool = False


@dataclass(frozen=True)
class Version:
    """A saved version of the plan and, where plausible, the party's decision on it (body: organize's
    `DecisionBody`; all invented unless the source note says otherwise)."""

    saved: Day
    note: str
    decision_body: str = ""
    decision_body_name: str = ""
    decision_date: Day | None = None
    decision_reference: str = ""


@dataclass(frozen=True)
class Plan:
    """A party's action plan (`organization`), or the joint plan (`organization` "")."""

    organization: str
    title: str
    start_year: int
    source_note: str
    activities: list[Activity]
    versions: list[Version]
    end_year: int | None = None
    description: str = ""


@dataclass(frozen=True)
class Work:
    plans: list[Plan]
    people: list[Person] = field(default_factory=list)
