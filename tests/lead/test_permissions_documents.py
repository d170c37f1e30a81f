"""Who sees a rendered kallelse or protokoll (its requester alone, as far as they see the meeting), and
what each user's calendar feed holds (a meeting they may not see is not in it at all)."""

import datetime

import pytest
from django.test import Client

from core.services import SYSTEM
from lead.models import Meeting
from lead.services import calendar, documents, meetings
from tests.factories.lead import MeetingFactory
from tests.factories.organize import BodyFactory, MembershipFactory
from tests.permission_matrix import USERS, ScopedCase, build_world, expected_visible, generate_matrix


def _meeting(world, visibility, **body):
    body = BodyFactory(collaboration=world.collaboration, visibility="public", **body)
    shared = [world.orgs["participant"]] if visibility == "named" else []
    return body, MeetingFactory(body=body, visibility=visibility, shared_with=shared)


def _document(world, meeting):
    participant = world.users["participant"]
    meetings.hold_meeting(meeting, actor=SYSTEM)
    document = documents.request_document(meeting, "kallelse", "docx", actor=participant)
    return documents.render_document(document, actor=SYSTEM)


def _make(world, visibility):
    _body, meeting = _meeting(world, visibility)
    return _document(world, meeting)


def _make_secret(world, visibility):
    body, meeting = _meeting(world, visibility, confidentiality="secret")
    MembershipFactory(body=body, person=world.users["participant"].person, organization=world.orgs["participant"])
    meeting = Meeting.objects.get(pk=meeting.pk)
    return _document(world, meeting)


def _page(document):
    return f"/samverkan/{document.collaboration.slug}/ledning/moten/{document.meeting_id}/kallelse-och-protokoll/"


def _requester_only(user, collab_visibility, object_visibility):
    return user == "participant" and expected_visible(user, collab_visibility, object_visibility)


CASES = [
    ScopedCase(
        name="meeting_document",
        make=_make,
        marker=lambda d: d.get_absolute_url(),
        html_list=_page,
        api_detail=lambda d: f"/api/meeting-documents/{d.pk}/",
        api_list=lambda d: "/api/meeting-documents/",
        login_required_html=True,
        login_required_api=True,
        expected=_requester_only,
    ),
    ScopedCase(
        name="secret_meeting_document",
        make=_make_secret,
        marker=lambda d: d.get_absolute_url(),
        html_list=_page,
        api_detail=lambda d: f"/api/meeting-documents/{d.pk}/",
        api_list=lambda d: "/api/meeting-documents/",
        login_required_html=True,
        login_required_api=True,
        expected=_requester_only,  # the requester sits in the forum; nobody else sees its meeting
    ),
]

for _case in CASES:
    globals()[f"test_{_case.name}_visible_only_to_entitled_users"] = generate_matrix(_case)


@pytest.mark.django_db
def test_the_requester_alone_downloads_the_document():
    world = build_world("public")
    document = _make(world, "public")
    for key in USERS:
        user = world.users[key]
        client = Client()
        if user is not None:
            client.force_login(user)
        response = client.get(document.get_absolute_url())
        if key == "participant":
            assert response.status_code == 200
            assert b"".join(response.streaming_content)  # read to its end, the client closes it
        else:
            assert response.status_code in (404, 302), key


@pytest.mark.django_db
@pytest.mark.parametrize("visibility", ["public", "participants", "named"])
def test_a_feed_contains_a_meeting_only_for_those_who_may_see_it(visibility):
    world = build_world("public")
    body, meeting = _meeting(world, visibility)
    secret_body, secret = _meeting(world, "public", confidentiality="secret")
    MembershipFactory(
        body=secret_body, person=world.users["participant"].person, organization=world.orgs["participant"]
    )
    for key in ("participant", "colleague", "other_org"):
        org = world.orgs["other" if key == "other_org" else "participant"]
        MembershipFactory(body=body, person=world.users[key].person, organization=org)
    for key in ("coordinator", "admin"):  # they sit in the body too, and still never see the secret forum
        MembershipFactory(body=body, person=world.users[key].person, organization=world.orgs["coordinator"])
    on_the_day = datetime.date(2026, 3, 10)
    assert meeting.date == secret.date == on_the_day
    for key in USERS:
        user = world.users[key]
        if user is None:
            continue
        _feed, token = calendar.create_feed(user.person, actor=user)
        content = Client().get(f"/kalender/{token}.ics").content.decode()
        sits = key in ("participant", "colleague", "other_org", "coordinator", "admin")
        assert (str(meeting.uid) in content) == (sits and expected_visible(key, "public", visibility)), key
        assert (str(secret.uid) in content) == (key == "participant"), key
