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
from django.utils.translation import gettext as _

from actors import services as actor_services
from actors.models import Organization, Person
from collaborations import services as collaboration_services
from collaborations.models import Collaboration
from core.services import SYSTEM
from lead.choices import AttendanceStatus, DecisionStatus, MeetingStatus
from lead.demo import specs
from lead.demo.examples import LEAD
from lead.demo.specs import Item, Lead, Series, Who
from lead.models import AgendaItem, Assignment, Decision, Meeting
from lead.services import assignments as assignment_services
from lead.services import attendance as attendance_services
from lead.services import continuity as continuity_services
from lead.services import decisions as decision_services
from lead.services import meetings as meeting_services
from lead.services import minutes as minutes_services
from lead.services import news as news_services
from organize import services as organize_services
from organize.models import Body, ExternalFunding, Membership


def load(orgs: dict[str, Organization], demo_people: dict[str, Person]) -> int:
    """Set the abbreviations of every example and load its meetings, their agenda, the calls of the
    members on the day and the holding of the meetings in the past; returns how many examples were loaded.
    then, at the held meetings, the guests and the attendance (everyone called was present unless the
    spec says otherwise), the minutes, the decisions with their reservations, the assignments with their
    status over time, the approval of the minutes (which freezes them); and the news and wins and the
    after-project plans. Idempotent: a collaboration that already has meetings is left as it is. An
    assignment the spec reports done on a past day is closed on that day."""
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
        self.decisions: dict[str, Decision] = {}
        self.updates: list[tuple[Assignment, list[specs.Update]]] = []

    def run(self) -> None:
        self._abbreviations()
        self._people()
        for series in self.spec.series:
            self._series(series)
        self._assignment_updates()
        self._news()
        self._after_project()

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
        guests = [self.who(ref, body) for ref in spec.guests]
        for planned_on, planned_meeting in sorted(by_planned_date.items()):
            meeting = Meeting.objects.get(pk=planned_meeting.pk)
            if meeting.is_cancelled:
                continue
            for guest in guests:
                attendance_services.invite_guest(meeting, guest, actor=SYSTEM, guest_role=_("Gäst"))
            if not meeting.is_held:
                continue
            one = spec.meetings.get(planned_on) or specs.Meeting()
            self._attendance(meeting, one, body)
            for item in [*spec.agenda, *one.items]:
                agenda_item = items[(meeting.pk, item.title)]
                agenda_item.meeting = meeting  # held now
                self._outcome(meeting, agenda_item, item, body)
            if one.approvals:
                self._approvals(meeting, one.approvals, body)

    def _item(self, meeting: Meeting, spec: Item, body: Body) -> Any:
        return meeting_services.add_agenda_item(
            meeting,
            actor=SYSTEM,
            title=spec.title,
            kind=spec.kind,
            description=spec.description,
            presenter=self.who(spec.presenter, body),
        )

    def _attendance(self, meeting: Meeting, spec: specs.Meeting, body: Body) -> None:
        """Everyone called was present, except what the spec records (absent, or a substitute who stood in)."""
        deviations: dict[int, tuple[str, Person | None]] = {}
        for attend in spec.attendance:
            person = self.who(attend.person, body)
            assert person is not None
            substitute_for = self.who(attend.substitute_for, body)
            if attend.status == AttendanceStatus.SUBSTITUTE and not meeting.attendances.filter(person=person).exists():
                attendance_services.invite_guest(meeting, person, actor=SYSTEM, guest_role=_("Ersättare"))
            deviations[person.pk] = (attend.status, substitute_for)
        rows = [
            (attendance, *deviations.get(attendance.person_id, (AttendanceStatus.PRESENT, None)))
            for attendance in meeting.attendances.select_related("person")
        ]
        attendance_services.record_attendance(meeting, actor=SYSTEM, rows=rows)

    def _outcome(self, meeting: Meeting, agenda_item: AgendaItem, spec: Item, body: Body) -> None:
        """The item's minutes, decisions (with reservations and the assignments they give) and assignments."""
        if spec.minutes:
            agenda_item = minutes_services.write_minutes(agenda_item, actor=SYSTEM, minutes=spec.minutes)
        for decision_spec in spec.decisions:
            decision = decision_services.take_decision(
                agenda_item,
                actor=SYSTEM,
                text=decision_spec.text,
                area=decision_spec.area,
                source_note=decision_spec.source_note,
                mandate_note=decision_spec.mandate_note,
            )
            for reservation in decision_spec.reservations:
                decision_services.add_reservation(
                    decision,
                    actor=SYSTEM,
                    organization=self.orgs[reservation.organization],
                    person=self.who(reservation.person, body),
                    text=reservation.text,
                )
            for assignment in decision_spec.assignments:
                self._assignment(decision, assignment, body)
            if decision_spec.status == DecisionStatus.CANCELLED:
                decision = decision_services.cancel_decision(decision, actor=SYSTEM, reason=decision_spec.source_note)
            elif decision_spec.status != DecisionStatus.IN_FORCE:
                raise ValueError(f"{decision.reference}: the demo loads decisions in force or cancelled")
            if decision_spec.key:
                self.decisions[decision_spec.key] = decision
        for assignment in spec.assignments:
            self._assignment(meeting, assignment, body)

    def _assignment(self, source: Meeting | Decision, spec: specs.Assignment, body: Body) -> None:
        assignment = assignment_services.give_assignment(
            source,
            actor=SYSTEM,
            title=spec.title,
            description=spec.description,
            owner_person=self.who(spec.owner, body),
            owner_organization=self.orgs[spec.owner.organization],
            due_date=spec.due,
        )
        if spec.updates:
            self.updates.append((assignment, spec.updates))

    def _approvals(self, meeting: Meeting, approvals: list[specs.Approval], body: Body) -> None:
        persons = [self.who(approval.person, body) for approval in approvals]
        named = {
            approval.person_id: approval
            for approval in minutes_services.name_approvers(meeting, actor=SYSTEM, persons=persons)
        }
        for person, spec in zip(persons, approvals, strict=True):
            assert person is not None
            minutes_services.approve_minutes(named[person.pk], actor=SYSTEM, on=spec.approved_on)

    def _assignment_updates(self) -> None:
        """The reports of the assignments, in date order, as far as they lie in the past."""
        today = timezone.localdate()
        for assignment, updates in self.updates:
            for update in updates:
                if update.on > today:
                    break
                assignment = assignment_services.report_assignment(
                    assignment,
                    actor=SYSTEM,
                    status=update.status,
                    report=update.report or None,
                    completed_on=update.on if update.status in ("done", "cancelled") else None,
                )

    def _news(self) -> None:
        for post in self.spec.news:
            news_services.create_news_post(
                self.c,
                actor=SYSTEM,
                title=post.title,
                text=post.text,
                published_on=post.published_on,
                is_win=post.is_win,
            )

    def _after_project(self) -> None:
        for plan in self.spec.after_project:
            funding = ExternalFunding.objects.get(collaboration=self.c, description=plan.funding)
            continuity_services.set_after_project_plan(
                funding,
                actor=SYSTEM,
                kind=plan.kind,
                description=plan.description,
                decided_on=plan.decided_on,
                decision=self.decisions.get(plan.decision) if plan.decision else None,
            )
