"""Building blocks of the demo data of leading (L1–L7, X5): what an example's abbreviations, meetings,
agenda, attendance, minutes, decisions, assignments, news and after-project plans look like, written as
plain data.

Names, as in the other demos: organizations as in `collaborations.demo.ORGS`; bodies by their key in
`organize.demo` (e.g. "ledning"); people as the invented person in a seat, found through the body's
memberships by organization and title (`Who`); a meeting by its body and the date its rhythm gave it
(before a move off a weekend). What the sources say is quoted with `SKR`/`TALK`; everything else is marked
`INVENTED` ("[påhittat för demon]"), in `source_note` where the model has one and in the text where it
has not (an agenda item, an assignment, a news post).

What `lead.demo.load` writes now: the abbreviations (`Lead.abbreviation`, `BodyLead.abbreviation`), the
people without a seat (`Lead.people`), the series of meetings (`Series`, through `plan_meetings` or
`create_meeting`), their moves off weekends, cancellations (`Meeting.cancelled`), chair and secretary, the
agenda (`Series.agenda`, `Meeting.items`), the items carried over (`Meeting.carry_over`), the calls (the
members on the day) and the holding of the meetings that lie in the past. The rest is data only, for the
services of attendance, minutes, decisions, assignments, news and continuity: `Series.guests`,
`Meeting.attendance`, `Meeting.approvals`, `Item.minutes`, `Item.decisions` (with `Decision.reservations`
and `Decision.assignments`), `Item.assignments` (with `Assignment.updates`), `Lead.news` and
`Lead.after_project`.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from collaborations.demo import INVENTED, SKR, TALK, d

__all__ = [
    "INVENTED",
    "SKR",
    "TALK",
    "AfterProject",
    "Approval",
    "Assignment",
    "Attend",
    "BodyLead",
    "Decision",
    "Item",
    "Lead",
    "Meeting",
    "News",
    "Person",
    "Reservation",
    "Series",
    "Update",
    "Who",
    "d",
    "t",
]


@dataclass(frozen=True)
class Who:
    """The invented person in a seat: the membership of `body` (a body key; "" is the body of the meeting
    at hand) held for `organization` with the title `title`; where no seat matches, the example's person
    without a seat (`Lead.people`) of that organization and title."""

    organization: str
    title: str
    body: str = ""


@dataclass(frozen=True)
class Update:
    """An assignment's status from a day on (`lead.choices.AssignmentStatus`), with the report when done."""

    on: datetime.date
    status: str
    report: str = ""


@dataclass(frozen=True)
class Assignment:
    """An assignment given at the meeting (or by the decision it is listed under). `owner` gives both the
    owner person and the owner organization (the seat's). `updates` in date order; none: not started.
    The model has no source field, so `description` carries the quote or the `INVENTED` mark."""

    key: str
    title: str
    description: str
    owner: Who
    due: datetime.date | None
    updates: list[Update] = field(default_factory=list)


@dataclass(frozen=True)
class Reservation:
    """A party's dissent from a decision: the organization, the person who stated it, and why."""

    organization: str
    person: Who | None
    text: str


@dataclass(frozen=True)
class Decision:
    """A decision of the meeting's body at the item it is listed under. `area` is compared with the body's
    mandate (`Body.decision_areas`); `mandate_note` is the coordinator's reason why a flagged decision
    stands. `key` lets an after-project plan name it."""

    text: str
    area: str
    source_note: str
    key: str = ""
    mandate_note: str = ""
    status: str = "in_force"  # lead.choices.DecisionStatus
    reservations: list[Reservation] = field(default_factory=list)
    assignments: list[Assignment] = field(default_factory=list)


@dataclass(frozen=True)
class Item:
    """An item of the agenda (`kind`: lead.choices.ItemKind). `minutes` is the item's protokollsanteckning
    (only for held meetings of bodies not under secrecy); `decisions` and `assignments` are what the item
    led to (only at held meetings)."""

    title: str
    kind: str
    description: str = ""
    presenter: Who | None = None
    minutes: str = ""
    decisions: list[Decision] = field(default_factory=list)
    assignments: list[Assignment] = field(default_factory=list)


@dataclass(frozen=True)
class Attend:
    """A called person's attendance when it is not "present" (every other called member of a held meeting
    was present): `status` "absent", or "substitute" with `substitute_for` (the person is then not a member
    of the body and is added to the meeting as the substitute)."""

    person: Who
    status: str = "absent"  # lead.choices.AttendanceStatus
    substitute_for: Who | None = None


@dataclass(frozen=True)
class Approval:
    """A named person who approves (justerar) the minutes, and the day."""

    person: Who
    approved_on: datetime.date | None


@dataclass(frozen=True)
class Meeting:
    """What differs at one meeting of a series, by the date its rhythm gave it: moved to another day,
    cancelled (with the reason), items added after the standing agenda, items carried over to the next
    meeting (by title), and, for held meetings, attendance and the approval of the minutes."""

    moved_to: datetime.date | None = None
    cancelled: str = ""
    items: list[Item] = field(default_factory=list)
    carry_over: list[str] = field(default_factory=list)
    attendance: list[Attend] = field(default_factory=list)
    approvals: list[Approval] = field(default_factory=list)


@dataclass(frozen=True)
class Series:
    """A body's meetings from its rhythm (`lead.choices.Rhythm`), `count` from `first`; a date that falls
    on a weekend is moved to the Monday after. A body without a rhythm ("vid behov") has `rhythm` "" and
    meets on the dates that key `meetings`. `agenda` is the standing agenda of every meeting; `meetings`
    what differs at single meetings, keyed by the date the rhythm gave; `guests` named guests called to
    every meeting of the series (data only)."""

    body: str
    rhythm: str
    source_note: str
    first: datetime.date | None = None
    count: int = 0
    per_year: int | None = None
    start_time: datetime.time | None = None
    end_time: datetime.time | None = None
    place: str = ""
    video_url: str = ""
    chair: Who | None = None
    secretary: Who | None = None
    agenda: list[Item] = field(default_factory=list)
    meetings: dict[datetime.date, Meeting] = field(default_factory=dict)
    guests: list[Who] = field(default_factory=list)


@dataclass(frozen=True)
class BodyLead:
    """A body's abbreviation in the decision numbers (and its quorum, only where a source states one)."""

    abbreviation: str
    note: str  # where the abbreviation comes from (a quote or INVENTED), added to the body's source note
    quorum: int | None = None


@dataclass(frozen=True)
class News:
    """A post of the news feed; `is_win` marks a win (seger). The text carries the quote or the mark."""

    title: str
    text: str
    published_on: datetime.date
    is_win: bool = False
    author: Who | None = None


@dataclass(frozen=True)
class AfterProject:
    """The plan for what follows when a project's external funding ends (X5): `funding` is the
    description of the organize external funding; `kind` lead.choices.AfterProjectPlanKind; `decision`
    the key of the decision that settled it."""

    funding: str
    kind: str
    description: str
    decided_on: datetime.date | None
    decision: str = ""


@dataclass(frozen=True)
class Person:
    """An invented person who holds no seat but has a part in the meetings (Piteå's project leader),
    representing `organization` with the title `title`; created by `lead.demo.load`."""

    first_name: str
    last_name: str
    organization: str
    title: str
    email: str


@dataclass(frozen=True)
class Lead:
    abbreviation: str
    abbreviation_note: str  # added to the collaboration's source note
    bodies: dict[str, BodyLead] = field(default_factory=dict)
    people: list[Person] = field(default_factory=list)
    series: list[Series] = field(default_factory=list)
    news: list[News] = field(default_factory=list)
    after_project: list[AfterProject] = field(default_factory=list)


def t(hour: int, minute: int = 0) -> datetime.time:
    return datetime.time(hour, minute)
