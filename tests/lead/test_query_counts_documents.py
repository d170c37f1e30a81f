"""The calendar feed, the documents page and "Min kalender" answer with the same number of queries for
1 and 3 meetings, documents and feeds."""

import datetime

import pytest

from core.services import SYSTEM
from lead.services import calendar, documents, meetings
from tests.factories.actors import OrganizationFactory, user_for
from tests.factories.collaborations import CollaborationFactory
from tests.factories.lead import AgendaItemFactory, MeetingFactory
from tests.factories.organize import BodyFactory, MembershipFactory, party_of
from tests.querycount import assert_bounded


def _member():
    region = OrganizationFactory(name="Region Räknad", sector="region", kind="region")
    coordinator = user_for(region, email="count@example.org")
    collaboration = CollaborationFactory(
        name="Räknad samverkan", coordinating_organization=region, coordinator=coordinator.person, visibility="public"
    )
    kommun = party_of(collaboration, name="Kommun Räknad")
    user = user_for(kommun, email="ledamot@example.org")
    body = BodyFactory(collaboration=collaboration, name="Räknad styrgrupp")
    MembershipFactory(body=body, person=user.person, organization=kommun)
    secret = BodyFactory(collaboration=collaboration, name="Räknat forum", confidentiality="secret")
    MembershipFactory(body=secret, person=user.person, organization=kommun)
    return user, body, secret


def _feed_world(n):
    user, body, secret = _member()
    for i in range(n):
        MeetingFactory(body=body, date=datetime.date(2026, 3, 10 + i))
        MeetingFactory(body=secret, date=datetime.date(2026, 4, 10 + i))
    _feed, token = calendar.create_feed(user.person, actor=user)
    return user, token


def _documents_world(n):
    user, body, _secret = _member()
    meeting = meetings.hold_meeting(MeetingFactory(body=body, date=datetime.date(2026, 3, 10)), actor=SYSTEM)
    AgendaItemFactory(meeting=meeting, title="Budget")
    for _i in range(n):
        documents.render_document(documents.request_document(meeting, "kallelse", "docx", actor=user), actor=SYSTEM)
    return user, meeting


def _calendar_world(n):
    user, body, _secret = _member()
    for i in range(n):
        calendar.create_feed(user.person, body if i % 2 else None, actor=user)
    return user, None


PAGES = {
    "calendar_feed": (_feed_world, lambda token: f"/kalender/{token}.ics"),
    "meeting_documents": (
        _documents_world,
        lambda m: f"/samverkan/{m.collaboration.slug}/ledning/moten/{m.pk}/kallelse-och-protokoll/",
    ),
    "my_calendar": (_calendar_world, lambda _: "/kalender/"),
}


@pytest.mark.django_db
@pytest.mark.parametrize("page", sorted(PAGES))
def test_page_query_count_is_bounded(page):
    world, url_of = PAGES[page]
    assert_bounded(world, url_of, page)
