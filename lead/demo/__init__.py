"""Demo data of leading (L1–L7, X5) for the eight collaborations of SKR's publication: their abbreviations
and the meetings of the bodies that meet, from the rhythm the publication gives them, 2025–2027.

Source: SKR (2020), *Att hantera komplexa samhällsutmaningar*, chapter 4 ("Att leda samverkan" and the
examples), and the talk *Att styra i territoriet*. What the sources say is quoted in `source_note`; dates,
times, places, people, attendance, decisions and assignments the sources do not give are invented and
marked "[påhittat för demon]" (see `lead.demo.specs`). Loaded by `manage.py seed_demo` after organize's
demo, through the services with `actor=SYSTEM`.
"""

from __future__ import annotations

import datetime
from typing import Any

from django.utils import timezone

from actors import services as actor_services
from actors.models import Organization, Person
from collaborations import services as collaboration_services
from collaborations.models import Collaboration
from core.services import SYSTEM
from lead.choices import MeetingStatus
from lead.demo.examples import LEAD
from lead.demo.specs import Item, Lead, Series, Who
from lead.models import Meeting
from lead.services import meetings as meeting_services
from organize import services as organize_services
from organize.models import Body, Membership


def load(orgs: dict[str, Organization], demo_people: dict[str, Person]) -> int:
    """Set the abbreviations of every example and load its meetings, their agenda, the calls of the
    members on the day and the holding of the meetings in the past; returns how many examples were loaded.
    Idempotent: a collaboration that already has meetings is left as it is.

    Only the parts above are written here. The specs' attendance, minutes and approvals, decisions with
    their reservations, assignments with their status over time, news and wins and the after-project
    plans (`Series.guests`, `Meeting.attendance`, `Meeting.approvals`, `Item.minutes`, `Item.decisions`,
    `Item.assignments`, `Lead.news`, `Lead.after_project`) are data in `lead.demo.examples`, not loaded by
    this function."""
    loaded = 0
    for slug, spec in LEAD.items():
        collaboration = Collaboration.objects.filter(slug=slug).first()
        if collaboration is None or collaboration.meetings.exists():
            continue
        _Loader(collaboration, spec, orgs).run()
        loaded += 1
    return loaded


def _with_note(note: str, addition: str) -> str:
    return f"{note} {addition}".strip() if addition not in note else note


def monday_after_weekend(day: datetime.date) -> datetime.date:
    """A meeting the rhythm puts on a Saturday or Sunday is held on the Monday after."""
    return day + datetime.timedelta(days=(7 - day.weekday()) % 7) if day.weekday() >= 5 else day


class _Loader:
    def __init__(self, collaboration: Collaboration, spec: Lead, orgs: dict[str, Organization]):
        self.c = collaboration
        self.spec = spec
        self.orgs = orgs
        self.bodies = {body.name: body for body in Body.objects.filter(collaboration=collaboration)}
        self.extra: dict[tuple[str, str], Person] = {}

    def run(self) -> None:
        self._abbreviations()
        self._people()
        for series in self.spec.series:
            self._series(series)

    def body(self, key: str) -> Body:
        from organize.demo.examples import FORMAL

        name = next(b.name for b in FORMAL[self.c.slug].bodies if b.key == key)
        return self.bodies[name]

    def who(self, ref: Who | None, body: Body) -> Person | None:
        if ref is None:
            return None
        seat_body = self.body(ref.body) if ref.body else body
        membership = (
            Membership.objects.filter(body=seat_body, organization__name=ref.organization, title=ref.title)
            .select_related("person")
            .order_by("pk")
            .first()
        )
        if membership is not None:
            return membership.person
        return self.extra[(ref.organization, ref.title)]

    def _abbreviations(self) -> None:
        collaboration_services.update_collaboration(
            self.c,
            actor=SYSTEM,
            abbreviation=self.spec.abbreviation,
            source_note=_with_note(self.c.source_note, self.spec.abbreviation_note),
        )
        for key, body_spec in self.spec.bodies.items():
            body = self.body(key)
            data: dict[str, Any] = {
                "abbreviation": body_spec.abbreviation,
                "source_note": _with_note(body.source_note, body_spec.note),
            }
            if body_spec.quorum is not None:
                data["quorum"] = body_spec.quorum
            organize_services.update_body(body, actor=SYSTEM, **data)

    def _people(self) -> None:
        for spec in self.spec.people:
            person = Person.objects.filter(email=spec.email).first()
            if person is None:
                person = actor_services.create_person(
                    actor=SYSTEM,
                    first_name=spec.first_name,
                    last_name=spec.last_name,
                    title=spec.title,
                    email=spec.email,
                    is_invented=True,
                )
                actor_services.add_representation(
                    person, self.orgs[spec.organization], actor=SYSTEM, position=spec.title
                )
            self.extra[(spec.organization, spec.title)] = person

    def _series(self, spec: Series) -> None:
        body = self.body(spec.body)
        data: dict[str, Any] = {
            "start_time": spec.start_time,
            "end_time": spec.end_time,
            "place": spec.place,
            "video_url": spec.video_url,
            "chair": self.who(spec.chair, body),
            "secretary": self.who(spec.secretary, body),
            "source_note": spec.source_note,
        }
        if spec.rhythm:
            assert spec.first is not None  # a series with a rhythm starts somewhere
            planned = meeting_services.plan_meetings(
                body,
                actor=SYSTEM,
                first=spec.first,
                rhythm=spec.rhythm,
                count=spec.count,
                per_year=spec.per_year,
                **data,
            )
        else:
            planned = [
                meeting_services.create_meeting(body, actor=SYSTEM, date=day, **data) for day in sorted(spec.meetings)
            ]
        by_planned_date = {meeting.date: meeting for meeting in planned}
        unknown = set(spec.meetings) - set(by_planned_date)
        if unknown:
            raise ValueError(f"{body}: no meeting of the series on {sorted(unknown)}")
        today = timezone.localdate()
        items: dict[tuple[int, str], Any] = {}
        for planned_on, meeting in by_planned_date.items():
            one = spec.meetings.get(planned_on)
            if one is not None and one.cancelled:
                meeting_services.cancel_meeting(meeting, actor=SYSTEM, reason=one.cancelled)
                continue
            day = one.moved_to if one is not None and one.moved_to else monday_after_weekend(planned_on)
            if day != meeting.date:
                meeting = meeting_services.update_meeting(meeting, actor=SYSTEM, date=day)
            for item in [*spec.agenda, *(one.items if one is not None else [])]:
                items[(meeting.pk, item.title)] = self._item(meeting, item, body)
        for planned_on, meeting in by_planned_date.items():
            one = spec.meetings.get(planned_on)
            for title in one.carry_over if one is not None else []:
                meeting_services.carry_over_item(items[(meeting.pk, title)], actor=SYSTEM)
        for meeting in Meeting.objects.filter(body=body, status=MeetingStatus.PLANNED, date__lte=today):
            meeting_services.hold_meeting(meeting, actor=SYSTEM)

    def _item(self, meeting: Meeting, spec: Item, body: Body) -> Any:
        return meeting_services.add_agenda_item(
            meeting,
            actor=SYSTEM,
            title=spec.title,
            kind=spec.kind,
            description=spec.description,
            presenter=self.who(spec.presenter, body),
        )
