"""A council's meeting, built for the tests of the kallelse, protokoll, calendar and e-mail: a management
group of two municipalities with a held meeting (agenda with one item shared only with one of them,
attendance with a substitute, minutes, a decision, assignments given and followed up, approval), and an
operational forum under secrecy.

Attendance, minutes approval, decisions and assignments are written with `core.services` directly: their
own services are another module's (lead.services.meetings covers meetings and the agenda)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from django.db import transaction

from collaborations.parts.services import inherit_visibility
from core.services import SYSTEM, create_object, update_object
from lead.models import Assignment, Attendance, Decision, Meeting, MinutesApproval
from lead.services import meetings
from tests.factories.actors import OrganizationFactory, user_for
from tests.factories.collaborations import CollaborationFactory
from tests.factories.lead import AgendaItemFactory, MeetingFactory
from tests.factories.organize import BodyFactory, MembershipFactory, party_of

DAY = datetime.date(2026, 3, 10)


@transaction.atomic
def record_attendance(meeting: Meeting, person: Any, status: str, substitute_for: Any = None) -> Attendance:
    attendance = Attendance.objects.get(meeting=meeting, person=person)
    return update_object(
        attendance,
        "lead.attendance.recorded",
        {"status": status, "substitute_for": substitute_for},
        actor=SYSTEM,
    )


@transaction.atomic
def decision_at(item: Any, text: str, number: int, prefix: str = "LG") -> Decision:
    meeting = item.meeting
    return create_object(
        Decision,
        "lead.decision.taken",
        inherit_visibility({"text": text}, item),
        actor=SYSTEM,
        collaboration_id=meeting.collaboration_id,
        meeting=meeting,
        item=item,
        body=meeting.body,
        year=meeting.date.year,
        number=number,
        reference=f"{prefix} {meeting.date.year}:{number}",
    )


@transaction.atomic
def assignment_at(meeting: Meeting, title: str, person: Any, organization: Any, **data: Any) -> Assignment:
    return create_object(
        Assignment,
        "lead.assignment.given",
        inherit_visibility(
            {
                "title": title,
                "owner_person": person,
                "owner_organization": organization,
                "given_on": meeting.date,
                **data,
            },
            meeting,
        ),
        actor=SYSTEM,
        collaboration_id=meeting.collaboration_id,
        body=meeting.body,
        meeting=meeting,
    )


@transaction.atomic
def approve(meeting: Meeting, person: Any, day: datetime.date) -> MinutesApproval:
    approval = create_object(
        MinutesApproval,
        "lead.minutes.approved",
        {"person": person, "approved_on": day},
        actor=SYSTEM,
        collaboration_id=meeting.collaboration_id,
        meeting=meeting,
    )
    update_object(meeting, "lead.meeting.minutes_approved", {"minutes_approved_on": day}, actor=SYSTEM)
    return approval


@dataclass
class Council:
    collaboration: Any
    kommun_a: Any
    kommun_b: Any
    coordinator: Any
    anna: Any  # user, Kommun A, sits in both bodies
    bertil: Any  # user, Kommun B, management group only (absent, replaced by David)
    david: Any  # user, Kommun B, substitute
    outsider: Any  # user, Kommun B, sits in no body
    body: Any
    earlier: Meeting
    meeting: Meeting
    shared_item: Any  # shared only with Kommun A
    decision: Decision
    secret_body: Any
    secret_meeting: Meeting


def council(*, collaboration_visibility: str = "public") -> Council:
    region = OrganizationFactory(name="Region Västra", sector="region", kind="region")
    coordinator = user_for(region, email="samordnare@example.org", first_name="Sara", last_name="Samordnare")
    collaboration = CollaborationFactory(
        name="Samverkan Ungdom",
        coordinating_organization=region,
        coordinator=coordinator.person,
        visibility=collaboration_visibility,
    )
    kommun_a = party_of(collaboration, name="Kommun Alfa", sector="municipality", kind="municipality")
    kommun_b = party_of(collaboration, name="Kommun Beta", sector="municipality", kind="municipality")
    anna = user_for(kommun_a, email="anna@example.org", first_name="Anna", last_name="Ek")
    bertil = user_for(kommun_b, email="bertil@example.org", first_name="Bertil", last_name="Gran")
    david = user_for(kommun_b, email="david@example.org", first_name="David", last_name="Lind")
    outsider = user_for(kommun_b, email="utanfor@example.org", first_name="Ulla", last_name="Utanför")
    body = BodyFactory(collaboration=collaboration, name="Ledningsgruppen", quorum=2)
    for user, org in ((anna, kommun_a), (bertil, kommun_b)):
        MembershipFactory(body=body, person=user.person, organization=org, start_date=datetime.date(2025, 1, 1))

    earlier = meetings.hold_meeting(
        MeetingFactory(body=body, date=datetime.date(2026, 2, 10), place="Stadshuset"), actor=SYSTEM
    )
    assignment_at(earlier, "Kartlägg praktikplatserna", anna.person, kommun_a, due_date=datetime.date(2026, 4, 30))

    meeting = MeetingFactory(
        body=body, date=DAY, place="Stadshuset, sal 2", video_url="https://video.example.org/lg", chair=anna.person
    )
    AgendaItemFactory(meeting=meeting, title="Budget för 2027", kind="decision", presenter=anna.person)
    AgendaItemFactory(meeting=meeting, title="Lägesrapport från arbetsgruppen", kind="information")
    shared_item = AgendaItemFactory(
        meeting=meeting,
        title="Personalärende i Kommun Alfa",
        kind="discussion",
        visibility="named",
        shared_with=[kommun_a],
    )
    meeting = meetings.hold_meeting(meeting, actor=SYSTEM)
    budget = meeting.items.get(title="Budget för 2027")
    meetings.update_agenda_item(budget, actor=SYSTEM, minutes="Förslaget föredrogs och diskuterades.")
    decision = decision_at(budget, "Ledningsgruppen fastställer budgeten för 2027 till 1,2 miljoner kronor.", 14)
    decision_at(shared_item, "Ärendet bordläggs till nästa möte.", 15)
    record_attendance(meeting, anna.person, "present")
    record_attendance(meeting, bertil.person, "absent")
    with transaction.atomic():
        create_object(
            Attendance,
            "lead.attendance.invited",
            {"person": david.person, "organization": kommun_b, "status": "substitute", "substitute_for": bertil.person},
            actor=SYSTEM,
            collaboration_id=meeting.collaboration_id,
            meeting=meeting,
        )
    assignment_at(meeting, "Ta fram en kommunikationsplan", anna.person, kommun_a, due_date=datetime.date(2026, 5, 31))
    approve(meeting, anna.person, datetime.date(2026, 3, 17))

    secret_body = BodyFactory(collaboration=collaboration, name="Operativa forumet", confidentiality="secret")
    MembershipFactory(body=secret_body, person=anna.person, organization=kommun_a, start_date=datetime.date(2025, 1, 1))
    secret_meeting = meetings.hold_meeting(
        MeetingFactory(body=secret_body, date=datetime.date(2026, 3, 12), place="Polishuset"), actor=SYSTEM
    )
    AgendaItemFactory(meeting=secret_meeting, title="Individärende Hemlig")
    assignment_at(secret_meeting, "Kontakta familjen", anna.person, kommun_a)
    return Council(
        collaboration=collaboration,
        kommun_a=kommun_a,
        kommun_b=kommun_b,
        coordinator=coordinator,
        anna=anna,
        bertil=bertil,
        david=david,
        outsider=outsider,
        body=body,
        earlier=earlier,
        meeting=Meeting.objects.get(pk=meeting.pk),
        shared_item=shared_item,
        decision=decision,
        secret_body=secret_body,
        secret_meeting=Meeting.objects.get(pk=secret_meeting.pk),
    )
