"""Follow-up through the API: closing a round keeps the computed status of every indicator (and a round
not begun is closed only when confirmed), evidence attachments are checked, and links to another
collaboration are refused by field."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from core.services import SYSTEM
from steer import services
from tests.factories.actors import user_for
from tests.factories.steer import FollowUpRoundFactory, GoalFactory, value_of
from tests.steer.api_world import CASES, api_client, make_world

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    return make_world()


def test_closing_a_round_keeps_the_computed_status_of_every_indicator(world):
    value_of(world.indicator, 2014, 16.0)
    value_of(world.indicator, 2015, 13.0)
    api = world.api
    url = f"/api/follow-up-rounds/{world.round.pk}/"
    assert api.patch(url, {"status": "closed"}, format="json").status_code == 400
    created_closed = api.post("/api/follow-up-rounds/", {**CASES["follow-up-rounds"][0](world), "status": "closed"})
    assert created_closed.status_code == 400 and "status" in created_closed.json()
    party = api_client(user_for(world.karlskrona, email="kommun@example.org"))
    assert party.post(url + "close/", {}, format="json").status_code == 403
    closed = api.post(url + "close/", {"summary": "Vi ligger i fas."}, format="json")
    assert closed.status_code == 200, closed.json()
    assert (closed.json()["status"], closed.json()["summary"]) == ("closed", "Vi ligger i fas.")
    assert closed.json()["closed_on"] == timezone.localdate().isoformat()
    kept = api.get(f"/api/assessments/?collaboration={world.slug}").json()["results"]
    assert [(a["indicator"], a["computed_status"], a["computed_trend"], a["latest_year"]) for a in kept] == [
        (world.indicator.pk, "on_track", "improving", 2015)
    ]
    again = api.post(url + "close/", {}, format="json")
    assert again.status_code == 400 and "status" in again.json()


def test_evidence_attachment_is_checked_and_not_linked_to_media(world):
    api = world.api
    base = {
        "collaboration": world.slug,
        "method": "focus_group",
        "title": "Fokusgrupp med unga",
        "date": "2016-10-04",
        "summary": "De unga saknar en väg in.",
        "goals": [world.goal.pk],
    }
    html = SimpleUploadedFile("ond.html", b"<script>alert(1)</script>", content_type="text/html")
    bad = api.post("/api/evidence/", {**base, "attachment": html})
    assert bad.status_code == 400 and ".html" in bad.json()["attachment"][0]
    pdf = SimpleUploadedFile("anteckningar.pdf", b"%PDF-1.4 anteckningar", content_type="application/pdf")
    good = api.post("/api/evidence/", {**base, "attachment": pdf})
    assert good.status_code == 201, good.json()
    attachment = good.json()["attachment"]
    assert attachment.endswith("anteckningar.pdf") and "/media/" not in attachment and "://" not in attachment
    assert good.json()["goals"] == [world.goal.pk]


def test_links_to_another_collaboration_are_refused_by_field(world):
    other_round = FollowUpRoundFactory(title="Annan omgång")  # in another public collaboration
    elsewhere = GoalFactory(title="Annat mål")
    api = world.api
    entry = api.post(
        "/api/analysis-entries/", {"round": world.round.pk, "goal": elsewhere.pk, "deviation": "X"}, format="json"
    )
    assert entry.status_code == 400 and "goal" in entry.json()
    scan = api.post("/api/environmental-scans/", {**CASES["environmental-scans"][0](world), "round": other_round.pk})
    assert scan.status_code == 400 and "round" in scan.json()
    assessment = api.post(
        "/api/assessments/", {"round": world.round.pk, "goal": elsewhere.pk, "status": "on_track"}, format="json"
    )
    assert assessment.status_code == 400 and "goal" in assessment.json()
    neither = api.post("/api/assessments/", {"round": world.round.pk, "status": "on_track"}, format="json")
    assert neither.status_code == 400 and "goal" in neither.json()


def test_the_service_and_the_api_refuse_to_close_a_round_not_begun_without_confirmation(world):
    today = timezone.localdate()
    round_ = FollowUpRoundFactory(
        collaboration=world.collaboration,
        coordinating_organization=world.region,
        year=today.year + 1,
        start_date=today + datetime.timedelta(days=10),
        due_date=today + datetime.timedelta(days=60),
        visibility="public",
    )
    with pytest.raises(ValidationError) as exc:
        services.close_round(round_, actor=SYSTEM)
    assert "Omgångens period har inte börjat" in exc.value.message_dict["confirm_before_start"][0]
    with pytest.raises(ValidationError):  # nor recorded afterwards on a day before the period
        services.close_round(round_, actor=SYSTEM, closed_on=today - datetime.timedelta(days=1))
    url = f"/api/follow-up-rounds/{round_.pk}/close/"
    refused = world.api.post(url, {}, format="json")
    assert refused.status_code == 400 and "confirm_before_start" in refused.json()
    round_.refresh_from_db()
    assert round_.status != "closed"
    closed = world.api.post(url, {"confirm_before_start": True}, format="json")
    assert closed.status_code == 200, closed.json()
    assert (closed.json()["status"], closed.json()["closed_on"]) == ("closed", today.isoformat())
