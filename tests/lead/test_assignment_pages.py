"""The pages of assignments: the collaboration's list with its filters, one assignment, giving, changing,
reporting and cancelling; "Mina uppdrag"; the overdue panels on the pages of bodies, organizations,
persons and the overview; and the API."""

import datetime

import pytest
from django.test import Client
from rest_framework.test import APIClient

from core.services import SYSTEM
from lead import services
from lead.models import Assignment
from tests.factories.actors import OrganizationFactory, user_for
from tests.factories.collaborations import CollaborationFactory
from tests.factories.lead import AssignmentFactory, MeetingFactory, owner_in
from tests.factories.organize import BodyFactory

pytestmark = pytest.mark.django_db

PAST = datetime.date(2026, 1, 31)


def _world():
    region = OrganizationFactory(name="Region Uppdrag", sector="region", kind="region")
    coordinator = user_for(region, email="samordnare@example.org")
    collaboration = CollaborationFactory(
        coordinating_organization=region, coordinator=coordinator.person, visibility="public"
    )
    body = BodyFactory(collaboration=collaboration, name="Styrgruppen Uppdrag", visibility="public")
    meeting = MeetingFactory(body=body, date=datetime.date(2026, 1, 13), visibility="public")
    owner = user_for(None, email="agare@example.org", first_name="Åsa", last_name="Ansvarig")
    person, org = owner_in(collaboration, owner.person, name="Kommun Ägare")
    late = AssignmentFactory(
        meeting=meeting, title="Försenad kartläggning", due_date=PAST, owner_person=person, owner_organization=org
    )
    on_time = AssignmentFactory(
        meeting=meeting,
        title="Kommande plan",
        due_date=datetime.date(2030, 1, 1),
        owner_person=person,
        owner_organization=org,
    )
    return collaboration, coordinator, owner, body, meeting, late, on_time


def _client(user):
    client = Client()
    client.force_login(user)
    return client


def test_the_list_filters_by_status_organization_body_and_overdue():
    collaboration, coordinator, _owner, body, _meeting, late, on_time = _world()
    url = f"/samverkan/{collaboration.slug}/ledning/uppdrag/"
    client = _client(coordinator)
    page = client.get(url).content.decode()
    assert late.title in page and on_time.title in page and "Försenat" in page
    overdue = client.get(url + "?forsenade=1").content.decode()
    assert late.title in overdue and on_time.title not in overdue
    other_body = BodyFactory(collaboration=collaboration, name="Arbetsgruppen", visibility="public")
    assert late.title not in client.get(url + f"?organ={other_body.pk}").content.decode()
    assert (
        late.title in client.get(url + f"?organ={body.pk}&organisation={late.owner_organization_id}").content.decode()
    )
    services.report_assignment(on_time, actor=SYSTEM, status="done", report="Klart.")
    done = client.get(url + "?status=done").content.decode()
    assert on_time.title in done and late.title not in done


def test_a_coordinator_gives_an_assignment_at_a_meeting_and_the_owner_reports_it():
    collaboration, coordinator, owner, _body, meeting, late, _on_time = _world()
    client = _client(coordinator)
    create = f"/samverkan/{collaboration.slug}/ledning/uppdrag/nytt/mote/{meeting.pk}/"
    assert client.get(create).status_code == 200
    answer = client.post(
        create,
        {
            "title": "Samla in statistik",
            "owner_person": late.owner_person_id,
            "owner_organization": late.owner_organization_id,
            "due_date": "2026-05-01",
            "visibility": "public",
        },
    )
    assert answer.status_code == 302, answer.content.decode()[:3000]
    given = Assignment.objects.get(title="Samla in statistik")
    assert given.meeting == meeting and given.given_on == meeting.date
    owner_client = _client(owner)
    assert owner_client.get(create).status_code == 403  # only coordinators give assignments
    report = f"/samverkan/{collaboration.slug}/ledning/uppdrag/{given.pk}/aterrapport/"
    refused = owner_client.post(report, {"status": "done", "report": ""})
    assert refused.status_code == 200 and "återrapport" in refused.content.decode()
    owner_client.post(report, {"status": "done", "report": "Statistiken är insamlad."})
    given.refresh_from_db()
    assert given.status == "done" and given.completed_on is not None
    detail = owner_client.get(given.get_absolute_url()).content.decode()
    assert "Statistiken är insamlad." in detail


def test_an_assignment_without_an_owner_is_refused_on_the_form():
    collaboration, coordinator, _owner, body, _meeting, _late, _on_time = _world()
    create = f"/samverkan/{collaboration.slug}/ledning/uppdrag/nytt/organ/{body.pk}/"
    answer = _client(coordinator).post(create, {"title": "Utan ansvarig", "visibility": "public"})
    assert answer.status_code == 200
    assert not Assignment.objects.filter(title="Utan ansvarig").exists()


def test_a_coordinator_cancels_an_assignment_with_a_reason():
    collaboration, coordinator, _owner, _body, _meeting, late, _on_time = _world()
    cancel = f"/samverkan/{collaboration.slug}/ledning/uppdrag/{late.pk}/avbryt/"
    _client(coordinator).post(cancel, {"reason": "Behövs inte längre"})
    late.refresh_from_db()
    assert late.status == "cancelled"


def test_my_assignments_lists_the_overdue_first_and_the_reminder_choice():
    _collaboration, _coordinator, owner, _body, _meeting, late, on_time = _world()
    page = _client(owner).get("/mina-uppdrag/").content.decode()
    assert page.index(late.title) < page.index(on_time.title)
    assert "Skicka påminnelser om mina uppdrag" in page


def test_overdue_assignments_are_shown_on_the_pages_of_body_organization_person_and_overview():
    collaboration, coordinator, owner, body, _meeting, late, on_time = _world()
    client = _client(coordinator)
    for url in (
        body.get_absolute_url(),
        late.owner_organization.get_absolute_url(),
        late.owner_person.get_absolute_url(),
        collaboration.get_absolute_url(),
    ):
        page = client.get(url).content.decode()
        assert "Försenade uppdrag" in page and late.title in page, url
        assert on_time.title not in page, url
    assert "1 försenat uppdrag" in client.get(collaboration.get_absolute_url()).content.decode()
    services.report_assignment(late, actor=SYSTEM, status="done", report="Klart till slut.")
    assert "Försenade uppdrag" not in client.get(body.get_absolute_url()).content.decode()


def test_the_api_lists_filters_gives_and_reports():
    collaboration, coordinator, owner, body, _meeting, late, on_time = _world()
    api = APIClient()
    api.force_login(coordinator)
    listed = api.get(f"/api/assignments/?collaboration={collaboration.slug}&overdue=true").json()["results"]
    assert [a["title"] for a in listed] == [late.title]
    assert listed[0]["is_overdue"] is True
    created = api.post(
        "/api/assignments/",
        {
            "collaboration": collaboration.slug,
            "body": body.pk,
            "given_on": "2026-02-01",
            "title": "Från API:t",
            "owner_person": late.owner_person_id,
            "owner_organization": late.owner_organization_id,
        },
        format="json",
    )
    assert created.status_code == 201, created.json()
    missing = api.post(
        "/api/assignments/",
        {
            "collaboration": collaboration.slug,
            "body": body.pk,
            "title": "Utan",
            "owner_person": None,
            "owner_organization": late.owner_organization_id,
        },
        format="json",
    )
    assert missing.status_code == 400 and "owner_person" in missing.json()
    owner_api = APIClient()
    owner_api.force_login(owner)
    reported = owner_api.post(f"/api/assignments/{on_time.pk}/report/", {"status": "in_progress"}, format="json")
    assert reported.status_code == 200 and reported.json()["status"] == "in_progress"
    refused = owner_api.patch(f"/api/assignments/{on_time.pk}/", {"title": "Eget namn"}, format="json")
    assert refused.status_code == 403
