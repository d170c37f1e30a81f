"""The meeting pages and the API's meeting list answer with the same number of queries for 1 and 3 of
everything: bodies, meetings, items on the agenda (with documents and links), people called."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from core.services import SYSTEM
from lead.services import attendance, meetings, minutes
from tests.factories.actors import OrganizationFactory, user_for
from tests.factories.collaborations import CollaborationFactory
from tests.factories.lead import AgendaItemFactory, MeetingFactory, member_of
from tests.factories.organize import BodyFactory
from tests.factories.steer import GoalDocumentFactory, GoalFactory
from tests.querycount import assert_bounded


def _world(n: int):
    region = OrganizationFactory(name="Region Räknad", sector="region", kind="region")
    user = user_for(region, email="count@example.org")
    collaboration = CollaborationFactory(
        name="Räknad samverkan", coordinating_organization=region, coordinator=user.person, visibility="public"
    )
    document = GoalDocumentFactory(collaboration=collaboration)
    first = None
    for i in range(n):
        body = BodyFactory(collaboration=collaboration, name=f"Organ {i}", visibility="public", quorum=1)
        for _ in range(n):
            member_of(body)
        held = MeetingFactory(body=body, date=datetime.date(2026, 3, 10))
        MeetingFactory(body=body, date=datetime.date(2030, 3, 10))
        meetings.hold_meeting(held, actor=SYSTEM)
        first = first or held
    calls = list(first.attendances.all())
    attendance.record_attendance(first, actor=SYSTEM, rows=[(call, "present", None) for call in calls])
    for i in range(n):
        goal = GoalFactory(document=document, title=f"Mål {i}")
        item = AgendaItemFactory(meeting=first, title=f"Punkt {i}", goals=[goal])
        attendance.add_agenda_document(
            item, actor=SYSTEM, title=f"Underlag {i}", attachment=SimpleUploadedFile(f"u{i}.pdf", b"%PDF-1.4")
        )
        minutes.write_minutes(item, actor=SYSTEM, minutes=f"Anteckning {i}")
    minutes.name_approvers(first, actor=SYSTEM, persons=[c.person for c in calls])
    return user, {"collaboration": collaboration, "meeting": first}


def _base(o):
    return f"/samverkan/{o['collaboration'].slug}/ledning/"


PAGES = {
    "lead_dashboard": lambda o: _base(o),
    "lead_meetings": lambda o: _base(o) + "moten/",
    "lead_meeting_detail": lambda o: o["meeting"].get_absolute_url(),
    "api_meetings": lambda o: "/api/meetings/",
    "api_agenda_items": lambda o: f"/api/agenda-items/?meeting={o['meeting'].pk}",
}


@pytest.mark.django_db
@pytest.mark.parametrize("page", PAGES)
def test_page_query_count_is_bounded(page):
    assert_bounded(_world, PAGES[page], page)
