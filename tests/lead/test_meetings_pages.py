"""The pages and the API of meetings: the coordinator plans and keeps them; a secret forum's meeting
reaches no one who did not sit in it (L1, L5)."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from rest_framework.test import APIClient

from core.services import SYSTEM
from lead.models import Meeting
from lead.services import attendance as attendance_services
from lead.services import meetings as meeting_services
from tests.factories.actors import OrganizationFactory, user_for
from tests.factories.collaborations import CollaborationFactory
from tests.factories.lead import AgendaItemFactory, MeetingFactory, approved_meeting, held_meeting, member_of
from tests.factories.organize import BodyFactory, party_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    """A collaboration with its coordinator, a steering group and a secret operational forum; a member
    of the forum, and a member of another body only."""
    coordinating = OrganizationFactory(name="Samordnande kommun")
    coordinator = user_for(coordinating, email="samordnare@example.org")
    collaboration = CollaborationFactory(
        name="Trygg i stan", coordinating_organization=coordinating, coordinator=coordinator.person
    )
    party = party_of(collaboration, name="Polisen i regionen", sector="state", kind="authority")
    steering = BodyFactory(collaboration=collaboration, name="Styrgruppen", visibility="public", quorum=2)
    forum = BodyFactory(
        collaboration=collaboration, name="Operativt forum", confidentiality="secret", visibility="public"
    )
    insider = user_for(party, email="forum@example.org", first_name="Ingrid")
    outsider = user_for(party, email="styr@example.org", first_name="Olle")
    member_of(forum, person=insider.person, organization=party)
    member_of(steering, person=outsider.person, organization=party)
    return {
        "collaboration": collaboration,
        "coordinator": coordinator,
        "steering": steering,
        "forum": forum,
        "insider": insider,
        "outsider": outsider,
    }


def _client(user):
    client = Client()
    client.force_login(user)
    return client


def _api(user):
    client = APIClient()
    client.force_login(user)
    return client


def _base(collaboration):
    return f"/samverkan/{collaboration.slug}/ledning/"


def test_the_coordinator_plans_a_meeting_from_the_body_and_sees_it_on_every_page(world):
    collaboration, steering = world["collaboration"], world["steering"]
    client = _client(world["coordinator"])
    day = datetime.date.today() + datetime.timedelta(days=20)

    response = client.post(
        f"{_base(collaboration)}organ/{steering.pk}/nytt-mote/",
        {"date": day.isoformat(), "start_time": "09:00", "end_time": "11:00", "place": "Rådhuset"},
    )

    meeting = Meeting.objects.get(body=steering)
    assert response.status_code == 302 and response["Location"] == meeting.get_absolute_url()
    assert [a.person for a in meeting.attendances.all()] == [world["outsider"].person]
    detail = client.get(meeting.get_absolute_url()).content.decode()
    assert "Rådhuset" in detail and "Ändra eller flytta mötet" in detail and "Ny punkt" in detail
    listing = client.get(f"{_base(collaboration)}moten/?organ={steering.pk}&ar={day.year}").content.decode()
    assert meeting.get_absolute_url() in listing
    earlier = client.get(f"{_base(collaboration)}moten/?ar={day.year - 1}").content.decode()
    assert meeting.get_absolute_url() not in earlier
    dashboard = client.get(_base(collaboration)).content.decode()
    assert "Styrgruppen" in dashboard and day.isoformat() in dashboard
    assert f'href="{_base(collaboration)}"' in client.get(collaboration.get_absolute_url()).content.decode()


def test_a_series_is_planned_from_the_rhythm(world):
    collaboration, steering = world["collaboration"], world["steering"]
    response = _client(world["coordinator"]).post(
        f"{_base(collaboration)}organ/{steering.pk}/planera/",
        {"first": "2027-01-15", "rhythm": "quarterly", "count": "4", "place": "Stadshuset"},
    )
    assert response.status_code == 302
    assert [m.date.month for m in Meeting.objects.filter(body=steering)] == [1, 4, 7, 10]


def test_a_member_sees_the_meeting_but_no_buttons(world):
    meeting = MeetingFactory(body=world["steering"])
    page = _client(world["outsider"]).get(meeting.get_absolute_url()).content.decode()
    assert "Kallade och närvaro" in page
    assert "Ändra eller flytta mötet" not in page and "Registrera närvaro" not in page
    response = _client(world["outsider"]).get(f"{meeting.get_absolute_url()}andra/")
    assert response.status_code == 403


def test_the_coordinator_keeps_agenda_attendance_minutes_and_approval(world):
    steering = world["steering"]
    meeting = held_meeting(body=steering, date=datetime.date(2026, 3, 10))
    base = meeting.get_absolute_url()
    client = _client(world["coordinator"])

    client.post(f"{base}ny-punkt/", {"title": "Lägesbild", "kind": "decision", "visibility": "public"})
    item = meeting.items.get()
    client.post(
        f"/samverkan/{meeting.collaboration.slug}/ledning/moten/{meeting.pk}/punkt/{item.pk}/handling/",
        {"title": "Underlag", "attachment": SimpleUploadedFile("underlag.pdf", b"%PDF-1.4 underlag")},
    )
    call = meeting.attendances.get()
    client.post(f"{base}narvaro/", {f"status_{call.pk}": "present", f"for_{call.pk}": ""})
    client.post(f"{base.rstrip('/')}/punkt/{item.pk}/protokoll/", {"minutes": "Beslutades att godkänna."})

    page = client.get(base).content.decode()
    assert "Lägesbild" in page and "Beslutades att godkänna." in page and "Närvarande" in page
    assert "Beslutfört" in page and "nej" in page  # one present, the body's quorum is two
    document = item.documents.get()
    for reader in (client, _client(world["outsider"])):
        response = reader.get(document.get_absolute_url())
        assert response.status_code == 200 and b"".join(response.streaming_content) == b"%PDF-1.4 underlag"

    client.post(f"{base}justerare/", {"persons": [world["outsider"].person.pk]})
    approver = _client(world["outsider"])
    assert "Justera protokollet" in approver.get(base).content.decode()
    approver.post(f"{base}justera/")
    meeting.refresh_from_db()
    assert meeting.minutes_approved_on == datetime.date.today()
    page = client.get(base).content.decode()
    assert "Skriv protokoll" not in page and "Rätta protokollet" in page


def test_a_correction_through_the_page_keeps_the_reason(world):
    meeting, item = approved_meeting(body=world["steering"])
    url = f"/samverkan/{meeting.collaboration.slug}/ledning/moten/{meeting.pk}/punkt/{item.pk}/rattelse/"
    response = _client(world["coordinator"]).post(url, {"after": "Rättad text.", "reason": "Felskrivning"})
    assert response.status_code == 302
    page = _client(world["coordinator"]).get(meeting.get_absolute_url()).content.decode()
    assert "Rättad text." in page and "Felskrivning" in page


def test_a_secret_forums_meeting_shows_only_date_attendance_and_assignments(world):
    meeting = held_meeting(body=world["forum"], place="Hemlig lokal")
    AgendaItemFactory(meeting=meeting, title="Ärende om en enskild")
    page = _client(world["insider"]).get(meeting.get_absolute_url()).content.decode()
    assert "Ärende om en enskild" not in page and "Hemlig lokal" not in page
    assert "Kallade och närvaro" in page and "Uppföljning av uppdrag" in page
    assert "Skriv protokoll" not in page and "Utse justerare" not in page
    item = meeting.items.get()
    minutes_url = f"/samverkan/{meeting.collaboration.slug}/ledning/moten/{meeting.pk}/punkt/{item.pk}/protokoll/"
    assert _client(world["coordinator"]).get(minutes_url).status_code == 404  # coordinators do not sit in it


def test_a_member_of_another_body_sees_nothing_of_the_secret_forum(world):
    meeting = MeetingFactory(body=world["forum"], place="Hemlig lokal")
    item = AgendaItemFactory(meeting=meeting, title="Hemligt ärende")
    collaboration = world["collaboration"]
    for who in ("outsider", "coordinator"):
        client, api = _client(world[who]), _api(world[who])
        assert client.get(meeting.get_absolute_url()).status_code == 404
        assert f"/moten/{meeting.pk}/" not in client.get(f"{_base(collaboration)}moten/").content.decode()
        assert meeting.pk not in [m["id"] for m in api.get("/api/meetings/").json()["results"]]
        assert item.pk not in [i["id"] for i in api.get("/api/agenda-items/").json()["results"]]
        assert api.get(f"/api/meetings/{meeting.pk}/").status_code == 404
        log = api.get(f"/api/collaborations/{collaboration.slug}/log/").content.decode()
        assert "Hemligt ärende" not in log and str(meeting) not in log
        assert client.get(f"{_base(collaboration)}historik/mote/{meeting.pk}/").status_code == 404
    insider = _api(world["insider"])
    assert meeting.pk in [m["id"] for m in insider.get("/api/meetings/").json()["results"]]


# The API ------------------------------------------------------------------------------------------


def test_the_api_plans_lists_by_body_and_moves_a_meeting(world):
    api = _api(world["coordinator"])
    response = api.post("/api/meetings/", {"body": world["steering"].pk, "date": "2026-05-05"}, format="json")
    assert response.status_code == 201, response.json()
    pk = response.json()["id"]
    other = MeetingFactory(body=BodyFactory(collaboration=world["collaboration"], visibility="public"))
    listed = api.get(f"/api/meetings/?body={world['steering'].pk}").json()["results"]
    assert [m["id"] for m in listed] == [pk] and other.pk not in [m["id"] for m in listed]
    moved = api.patch(f"/api/meetings/{pk}/", {"date": "2026-05-12"}, format="json")
    assert moved.json()["date"] == "2026-05-12" and moved.json()["sequence"] == 1


def test_the_api_refuses_a_meeting_of_a_dissolved_body(world):
    body = BodyFactory(collaboration=world["collaboration"], closed_on=datetime.date(2025, 12, 31))
    response = _api(world["coordinator"]).post("/api/meetings/", {"body": body.pk, "date": "2026-02-01"}, format="json")
    assert response.status_code == 400
    assert "avvecklades" in response.json()["date"][0]
    assert not Meeting.objects.filter(body=body).exists()


def test_the_api_refuses_minutes_for_a_secret_body(world):
    meeting = held_meeting(body=world["forum"])
    api = _api(world["insider"])
    item = AgendaItemFactory(meeting=meeting)
    # the coordinator does not sit in the forum and does not see it; the chair of the meeting keeps it
    meeting_services.update_meeting(meeting, actor=SYSTEM, chair=world["insider"].person)

    response = api.patch(f"/api/agenda-items/{item.pk}/", {"minutes": "Vi pratade om en person."}, format="json")
    assert response.status_code == 400
    assert "sekretess" in response.json()["minutes"][0]
    created = api.post(
        "/api/agenda-items/", {"meeting": meeting.pk, "title": "Ny", "minutes": "Anteckning"}, format="json"
    )
    assert created.status_code == 400 and "minutes" in created.json()
    assert meeting.items.count() == 1
    item.refresh_from_db()
    assert item.minutes == ""


def test_the_api_refuses_edits_of_approved_minutes_and_points_to_a_correction(world):
    meeting, item = approved_meeting(body=world["steering"], minutes="Beslutades A.")
    response = _api(world["coordinator"]).patch(
        f"/api/agenda-items/{item.pk}/", {"minutes": "Beslutades B.", "title": "Ny rubrik"}, format="json"
    )
    assert response.status_code == 400
    assert "rättelse" in response.json()["minutes"][0]
    item.refresh_from_db()
    assert (item.minutes, item.title) == ("Beslutades A.", "Lägesrapport")


def test_the_api_refuses_an_item_moved_to_another_collaborations_meeting(world):
    item = AgendaItemFactory(meeting=MeetingFactory(body=world["steering"]))
    elsewhere = MeetingFactory(body=BodyFactory(visibility="public"))
    response = _api(user_for(None, admin=True, email="admin@example.org")).patch(
        f"/api/agenda-items/{item.pk}/", {"meeting": elsewhere.pk}, format="json"
    )
    assert response.status_code == 400 and "meeting" in response.json()
    item.refresh_from_db()
    assert item.meeting.body == world["steering"]


def test_the_api_records_attendance_and_approvals(world):
    meeting = held_meeting(body=world["steering"])
    api = _api(world["coordinator"])
    call = meeting.attendances.get()
    listed = api.get(f"/api/attendances/?meeting={meeting.pk}").json()["results"]
    assert [(a["person"], a["status"]) for a in listed] == [(world["outsider"].person.pk, "invited")]
    assert api.patch(f"/api/attendances/{call.pk}/", {"status": "present"}, format="json").json()["status"] == (
        "present"
    )
    named = api.post("/api/minutes-approvals/", {"meeting": meeting.pk, "person": call.person_id}, format="json")
    assert named.status_code == 201, named.json()
    assert api.post(f"/api/minutes-approvals/{named.json()['id']}/approve/").status_code == 403
    approved = _api(world["outsider"]).post(f"/api/minutes-approvals/{named.json()['id']}/approve/")
    assert approved.status_code == 200 and approved.json()["approved_on"] == datetime.date.today().isoformat()
    meeting.refresh_from_db()
    assert meeting.minutes_approved_on == datetime.date.today()


def test_the_coordinator_moves_cancels_carries_over_and_invites_through_the_pages(world):
    steering = world["steering"]
    first = MeetingFactory(body=steering, date=datetime.date(2026, 3, 10))
    later = MeetingFactory(body=steering, date=datetime.date(2026, 4, 14))
    item = AgendaItemFactory(meeting=first, title="Budget 2027")
    client = _client(world["coordinator"])
    base = first.get_absolute_url()

    moved = client.post(
        f"{later.get_absolute_url()}andra/",
        {"date": "2026-04-21", "start_time": "13:00", "end_time": "15:00", "place": "Rådhuset"},
    )
    assert moved.status_code == 302
    later.refresh_from_db()
    assert (later.date, later.sequence) == (datetime.date(2026, 4, 21), 1)

    client.post(f"{base.rstrip('/')}/punkt/{item.pk}/flytta/", {"to": ""})
    assert [i.title for i in later.items.all()] == ["Budget 2027"]

    guest = world["insider"].person
    client.post(f"{base}gast/", {"person": guest.pk, "guest_role": "Sakkunnig"})
    assert first.attendances.get(person=guest).guest_role == "Sakkunnig"

    client.post(f"{base}genomfort/")
    first.refresh_from_db()
    assert first.status == "held"
    refused = client.post(f"{base}stall-in/", {"reason": "För få"})
    assert refused.status_code == 200 and "redan genomfört" in refused.content.decode()
    client.post(f"{later.get_absolute_url()}stall-in/", {"reason": "För få kunde komma"})
    later.refresh_from_db()
    assert (later.status, later.cancelled_reason) == ("cancelled", "För få kunde komma")


def test_the_meetings_secretary_removes_an_agenda_document_and_a_member_may_not(world):
    steering, party_member = world["steering"], world["outsider"]
    secretary = user_for(party_of(world["collaboration"], name="Sekreterarens kommun"), email="sekr@example.org")
    meeting = MeetingFactory(body=steering, secretary=secretary.person)
    item = AgendaItemFactory(meeting=meeting, title="Lägesbild")

    upload = SimpleUploadedFile("underlag.pdf", b"%PDF-1.4 underlag")
    document = attendance_services.add_agenda_document(item, actor=SYSTEM, title="Underlag", attachment=upload)
    delete_url = f"{_base(meeting.collaboration)}ta-bort/handling/{document.pk}/"

    assert delete_url not in _client(party_member).get(meeting.get_absolute_url()).content.decode()
    assert _client(party_member).post(delete_url).status_code == 403
    assert item.documents.exists()

    keeper = _client(secretary)
    assert delete_url in keeper.get(meeting.get_absolute_url()).content.decode()
    response = keeper.post(delete_url)
    assert response.status_code == 302
    assert not item.documents.exists()


def test_agenda_documents_through_the_api_as_on_the_page(world):
    meeting = MeetingFactory(body=world["steering"])
    item = AgendaItemFactory(meeting=meeting, title="Lägesbild", visibility="public")
    coordinator, member = _api(world["coordinator"]), _api(world["outsider"])

    upload = SimpleUploadedFile("underlag.pdf", b"%PDF-1.4 underlag")
    refused = member.post("/api/agenda-documents/", {"item": item.pk, "title": "Underlag", "attachment": upload})
    assert refused.status_code == 403 and not item.documents.exists()

    wrong = SimpleUploadedFile("program.exe", b"MZ\x90\x00")
    response = coordinator.post("/api/agenda-documents/", {"item": item.pk, "title": "Program", "attachment": wrong})
    assert response.status_code == 400 and "attachment" in response.json() and not item.documents.exists()

    upload = SimpleUploadedFile("underlag.pdf", b"%PDF-1.4 underlag")
    response = coordinator.post("/api/agenda-documents/", {"item": item.pk, "title": "Underlag", "attachment": upload})
    assert response.status_code == 201, response.json()
    created = response.json()
    document = item.documents.get()
    assert created["title"] == "Underlag" and created["file_name"].endswith(".pdf")
    assert created["url"] == document.get_absolute_url()
    listed = member.get("/api/agenda-documents/", {"item": item.pk}).json()["results"]
    assert [d["id"] for d in listed] == [document.pk]
    download = Client()
    download.force_login(world["outsider"])
    assert b"".join(download.get(created["url"]).streaming_content) == b"%PDF-1.4 underlag"

    assert member.delete(f"/api/agenda-documents/{document.pk}/").status_code == 403
    assert coordinator.delete(f"/api/agenda-documents/{document.pk}/").status_code == 204
    assert not item.documents.exists()
