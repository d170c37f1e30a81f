"""Kallelse, protokoll and calendar feeds through the API (L1): the same services as the pages; a
rendered document is its requester's alone, a calendar address its person's alone and given once."""

import pytest
from django.test import Client
from rest_framework.test import APIClient

from lead.models import CalendarFeed, MeetingDocument
from tests.lead.documents_world import council

pytestmark = pytest.mark.django_db


def _api(user):
    client = APIClient()
    client.force_login(user)
    return client


def test_a_member_asks_for_the_protokoll_through_the_api_and_only_they_reach_it(django_capture_on_commit_callbacks):
    c = council()
    anna, bertil = _api(c.anna), _api(c.bertil)
    with django_capture_on_commit_callbacks() as rendering:
        response = anna.post(
            "/api/meeting-documents/?meeting=abc", {"meeting": c.meeting.pk, "kind": "protokoll", "format": "pdf"}
        )  # a list filter in the address does not touch a write
    assert response.status_code == 201, response.json()
    document = MeetingDocument.objects.get(pk=response.json()["id"])
    assert [d["status"] for d in anna.get("/api/meeting-documents/").json()["results"]] == ["queued"]
    for render in rendering:
        render()
    # the list follows the rendering (it is not kept in the cache)
    assert [d["status"] for d in anna.get("/api/meeting-documents/").json()["results"]] == ["succeeded"]
    shown = anna.get(f"/api/meeting-documents/{document.pk}/").json()
    assert shown["status"] == "succeeded" and shown["url"] == document.get_absolute_url()
    assert shown["language"] == "sv" and shown["collaboration"] == c.meeting.collaboration.slug
    browser = Client()
    browser.force_login(c.anna)
    assert b"".join(browser.get(shown["url"]).streaming_content).startswith(b"%PDF-")

    # Bertil sees the meeting, but not Anna's document (it holds what Anna may see)
    assert bertil.get(f"/api/meeting-documents/{document.pk}/").status_code == 404
    assert bertil.get("/api/meeting-documents/", {"meeting": c.meeting.pk}).json()["count"] == 0

    wrong = anna.post(
        "/api/meeting-documents/", {"meeting": c.meeting.pk, "kind": "budget", "format": "pdf"}, format="json"
    )
    assert wrong.status_code == 400 and "kind" in wrong.json()
    assert MeetingDocument.objects.count() == 1


def test_a_calendar_address_is_given_once_through_the_api_and_revoked(client):
    c = council()
    anna, bertil = _api(c.anna), _api(c.bertil)
    response = anna.post("/api/calendar-feeds/", {}, format="json")
    assert response.status_code == 201, response.json()
    address = response.json()["address"]
    assert address.startswith("http://testserver/kalender/") and address.endswith(".ics")
    feed = CalendarFeed.objects.get(person=c.anna.person)
    listed = anna.get("/api/calendar-feeds/").json()["results"]
    assert [(f["id"], f["address"]) for f in listed] == [(feed.pk, None)]  # the address is not kept
    assert client.get(address.removeprefix("http://testserver")).status_code == 200

    assert bertil.get(f"/api/calendar-feeds/{feed.pk}/").status_code == 404  # another person's
    assert bertil.post(f"/api/calendar-feeds/{feed.pk}/revoke/").status_code == 404
    revoked = anna.post(f"/api/calendar-feeds/{feed.pk}/revoke/")
    assert revoked.status_code == 200 and revoked.json()["revoked_at"]
    assert client.get(address.removeprefix("http://testserver")).status_code == 410
    again = anna.post(f"/api/calendar-feeds/{feed.pk}/revoke/")
    assert again.status_code == 400 and "feed" in again.json()
