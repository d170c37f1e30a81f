"""The steering through the API: the same services, rules and gateway as the pages, computed status
and trend on indicators and goals, and bad input answered with 400 naming the field."""

import datetime
from types import SimpleNamespace

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from rest_framework.test import APIClient

from collaborations.models import Participation
from core.models import ChangeRecord
from core.services import SYSTEM
from stats.models import Observation, Series
from steer import services
from steer.models import Goal, Indicator, IndicatorValue, OwnGoal, SituationAnalysis
from tests.factories.actors import OrganizationFactory, area, user_for
from tests.factories.collaborations import CollaborationFactory
from tests.factories.organize import party_of
from tests.factories.steer import (
    AnalysisActorFactory,
    AnalysisEntryFactory,
    EnvironmentalScanFactory,
    EvidenceFactory,
    FollowUpRoundFactory,
    GoalConflictFactory,
    GoalDocumentFactory,
    GoalFactory,
    IndicatorFactory,
    OwnGoalFactory,
    value_of,
)
from tests.querycount import assert_bounded

pytestmark = pytest.mark.django_db


def _client(user) -> APIClient:
    client = APIClient()
    client.force_login(user)
    return client


@pytest.fixture
def world():
    """A public collaboration coordinated by Region Blekinge, two municipalities as parties, a goal
    document with a goal, a manual percentage indicator (20 % in 2013, 10 % by 2017, for Blekinge
    län) and a follow-up round."""
    region = OrganizationFactory(name="Region Blekinge", sector="region", kind="region")
    coordinator = user_for(region, email="karin@example.org")
    collaboration = CollaborationFactory(
        name="Unga lyfter", coordinating_organization=region, coordinator=coordinator.person, visibility="public"
    )
    karlskrona = party_of(collaboration, name="Karlskrona kommun", area=area("1080"))
    ronneby = party_of(collaboration, name="Ronneby kommun", area=area("1081"))
    document = GoalDocumentFactory(collaboration=collaboration, title="Inriktningsdokument 2014")
    goal = GoalFactory(document=document, title="Halvera ungdomsarbetslösheten")
    indicator = IndicatorFactory(goal=goal, name="Andel unga som är arbetslösa")
    round_ = FollowUpRoundFactory(collaboration=collaboration, coordinating_organization=karlskrona, title="2016")
    return SimpleNamespace(
        api=_client(coordinator),
        coordinator=coordinator,
        collaboration=collaboration,
        slug=collaboration.slug,
        region=region,
        karlskrona=karlskrona,
        ronneby=ronneby,
        document=document,
        goal=goal,
        indicator=indicator,
        round=round_,
    )


# Each main endpoint: what to POST, what to PATCH (and to find again in the answer).
CASES = {
    "analysis-actors": (
        lambda w: {"collaboration": w.slug, "name": "Idrottsförbundet", "sector": "civil_society", "is_missing": True},
        {"effect": "Når unga som inte nås av myndigheterna."},
    ),
    "own-benefits": (
        lambda w: {"collaboration": w.slug, "organization": w.karlskrona.pk, "text": "Fler unga i arbete."},
        {"text": "Fler unga i arbete och lägre kostnad för försörjningsstöd."},
    ),
    "goal-documents": (
        lambda w: {"collaboration": w.slug, "kind": "own", "title": "Eget måldokument", "year_from": 2014},
        {"title": "Eget måldokument, reviderat", "year_to": 2020},
    ),
    "goals": (
        lambda w: {"document": w.document.pk, "title": "Fler unga i feriearbete", "target_year": 2017},
        {"title": "Fler unga i sommarjobb", "parent": None},
    ),
    "own-goals": (
        lambda w: {
            "collaboration": w.slug,
            "organization": w.karlskrona.pk,
            "title": "200 feriejobb",
            "shared_goals": [w.goal.pk],
            "placement": "budget",
            "document_name": "Budget 2015",
            "document_year": 2015,
        },
        {"title": "250 feriejobb"},
    ),
    "goal-conflicts": (
        lambda w: {
            "collaboration": w.slug,
            "title": "Bostäder mot jordbruksmark",
            "description": "Översiktsplanen och strategin drar åt olika håll.",
            "goals": [w.goal.pk],
            "parties": [w.karlskrona.pk, w.ronneby.pk],
        },
        {"status": "resolved"},
    ),
    "indicators": (
        lambda w: {
            "goal": w.goal.pk,
            "name": "Andel unga i feriearbete",
            "measure_type": "percentage",
            "unit": "%",
            "direction": "higher",
            "baseline_value": 5,
            "baseline_year": 2013,
            "areas": ["1080", "1081"],
            "targets": [{"year": 2017, "value": 15}],
        },
        {"name": "Andel unga 16–19 år i feriearbete"},
    ),
    "indicator-values": (
        lambda w: {"indicator": w.indicator.pk, "area": "10", "year": 2015, "value": 14.5, "comment": "SCB"},
        {"value": 13.5},
    ),
    "follow-up-rounds": (
        lambda w: {
            "collaboration": w.slug,
            "title": "Uppföljning 2017",
            "year": 2017,
            "start_date": "2018-01-15",
            "due_date": "2018-03-31",
            "coordinating_organization": w.ronneby.pk,
        },
        {"status": "ongoing"},
    ),
    "assessments": (
        lambda w: {"round": w.round.pk, "goal": w.goal.pk, "status": "at_risk", "text": "Långsamt."},
        {"status": "on_track"},
    ),
    "evidence": (
        lambda w: {
            "collaboration": w.slug,
            "method": "interview",
            "title": "Intervjuer med arbetsgivare",
            "date": "2016-11-02",
            "summary": "Arbetsgivarna vill ta emot fler.",
            "goals": [w.goal.pk],
            "participant_organizations": [w.karlskrona.pk],
        },
        {"title": "Intervjuer med tolv arbetsgivare"},
    ),
    "analysis-entries": (
        lambda w: {"round": w.round.pk, "indicator": w.indicator.pk, "deviation": "Unga kvinnor halkar efter."},
        {"decision_status": "proposed", "improvements": "Rikta feriejobb till vården."},
    ),
    "environmental-scans": (
        lambda w: {
            "collaboration": w.slug,
            "level": "national",
            "date": "2016-05-01",
            "title": "Statlig satsning på traineejobb",
            "description": "Vi kan söka medel.",
            "goals": [w.goal.pk],
        },
        {"title": "Statlig satsning på traineejobb 2017"},
    ),
}


@pytest.mark.parametrize("endpoint", sorted(CASES))
def test_coordinator_creates_reads_changes_and_deletes(world, endpoint):
    payload, change = CASES[endpoint]
    api = world.api
    created = api.post(f"/api/{endpoint}/", payload(world), format="json")
    assert created.status_code == 201, created.json()
    url = f"/api/{endpoint}/{created.json()['id']}/"
    listed = api.get(f"/api/{endpoint}/?collaboration={world.slug}").json()["results"]
    assert created.json()["id"] in [item["id"] for item in listed]
    assert api.get(url).json() == created.json()
    changed = api.patch(url, change, format="json")
    assert changed.status_code == 200, changed.json()
    assert {key: changed.json()[key] for key in change} == change
    history = api.get(url + "history/").json()["results"]
    assert {record["action"].rsplit(".", 1)[1] for record in history} >= {"created", "updated"}
    assert api.delete(url).status_code == 204
    assert api.get(url).status_code == 404


@pytest.mark.parametrize("endpoint", sorted(CASES))
def test_a_participant_who_is_not_coordinator_may_read_but_not_write(world, endpoint):
    payload, change = CASES[endpoint]
    existing = world.api.post(f"/api/{endpoint}/", payload(world), format="json").json()
    url = f"/api/{endpoint}/{existing['id']}/"
    olofstrom = party_of(world.collaboration, name="Olofströms kommun")
    participant = _client(user_for(olofstrom, email="kommun@example.org"))
    records = ChangeRecord.objects.count()
    assert participant.get(url).json() == existing
    for response in (
        participant.post(f"/api/{endpoint}/", payload(world), format="json"),
        participant.patch(url, change, format="json"),
        participant.delete(url),
    ):
        assert response.status_code == 403 and "behörighet" in response.json()["detail"]
    assert ChangeRecord.objects.count() == records
    assert world.api.get(url).json() == existing


def test_anonymous_reads_a_public_indicator_but_cannot_write(world):
    anonymous = APIClient()
    assert anonymous.get(f"/api/indicators/{world.indicator.pk}/").json()["name"] == "Andel unga som är arbetslösa"
    refused = anonymous.post("/api/goal-documents/", {"collaboration": world.slug, "kind": "own", "title": "X"})
    assert refused.status_code in (401, 403)


def test_indicator_shows_targets_areas_and_computed_status(world):
    api = world.api
    response = api.post(
        "/api/indicators/",
        {
            "goal": world.goal.pk,
            "name": "Andel unga i Karlskrona som är arbetslösa",
            "measure_type": "percentage",
            "direction": "lower",
            "baseline_value": 20,
            "baseline_year": 2013,
            "areas": ["1080"],
            "targets": [{"year": 2015, "value": 15, "note": "Delmål"}, {"year": 2017, "value": 10}],
            "responsible_organization": world.karlskrona.pk,
        },
        format="json",
    )
    assert response.status_code == 201, response.json()
    indicator = response.json()
    assert indicator["targets"] == [
        {"year": 2015, "value": 15.0, "value_high": None, "note": "Delmål"},
        {"year": 2017, "value": 10.0, "value_high": None, "note": ""},
    ]
    assert indicator["areas"] == ["1080"] and indicator["series"] is None
    assert (indicator["status"], indicator["trend"], indicator["latest_year"]) == ("no_data", "unknown", None)
    for year, value in ((2014, 16.0), (2015, 13.0)):
        entered = api.post(
            "/api/indicator-values/",
            {"indicator": indicator["id"], "area": "1080", "year": year, "value": value},
            format="json",
        )
        assert entered.status_code == 201, entered.json()
    falling = api.get(f"/api/indicators/{indicator['id']}/").json()
    assert (falling["status"], falling["trend"]) == ("on_track", "improving")
    assert (falling["latest_year"], falling["latest_value"]) == (2015, 13.0)
    # Rising unemployment in the other (factory) indicator of the same goal: off track.
    value_of(world.indicator, 2014, 21.0)
    value_of(world.indicator, 2015, 22.0)
    listed = {i["id"]: i for i in api.get(f"/api/indicators/?collaboration={world.slug}").json()["results"]}
    assert listed[indicator["id"]]["status"] == "on_track"
    assert (listed[world.indicator.pk]["status"], listed[world.indicator.pk]["trend"]) == ("off_track", "worsening")
    goal = api.get(f"/api/goals/{world.goal.pk}/").json()
    assert (goal["status"], goal["trend"]) == ("at_risk", "stable")  # one on track, one off track
    # Changing the targets through the API replaces them.
    changed = api.patch(
        f"/api/indicators/{indicator['id']}/", {"targets": [{"year": 2015, "value": 12}]}, format="json"
    )
    assert changed.status_code == 200, changed.json()
    assert [t["year"] for t in changed.json()["targets"]] == [2015]
    assert changed.json()["status"] == "off_track"  # 13 % in 2015 misses the 12 % target of 2015


def test_a_sub_goal_rolls_up_into_its_goal(world):
    sub = world.api.post(
        "/api/goals/",
        {"document": world.document.pk, "parent": world.goal.pk, "title": "Fler unga i praktik"},
        format="json",
    )
    assert sub.status_code == 201, sub.json()
    IndicatorFactory(goal=Goal.objects.get(pk=sub.json()["id"]), name="Praktikplatser")
    value_of(Indicator.objects.get(name="Praktikplatser"), 2014, 12.0)
    value_of(Indicator.objects.get(name="Praktikplatser"), 2015, 9.0)
    goals = {g["title"]: g for g in world.api.get("/api/goals/").json()["results"]}
    assert goals["Fler unga i praktik"]["status"] == "on_track"
    assert goals["Halvera ungdomsarbetslösheten"]["status"] == "on_track"  # its own indicator has no data


def test_target_year_before_the_baseline_is_a_400_naming_targets(world):
    response = world.api.post(
        "/api/indicators/",
        {
            "goal": world.goal.pk,
            "name": "Andel unga med sommarjobb",
            "measure_type": "percentage",
            "baseline_value": 5,
            "baseline_year": 2013,
            "areas": ["1080"],
            "targets": [{"year": 2012, "value": 15}],
        },
        format="json",
    )
    assert response.status_code == 400
    assert "2012" in response.json()["targets"][0] and "2013" in response.json()["targets"][0]
    assert not Indicator.objects.filter(name="Andel unga med sommarjobb").exists()
    unknown_area = world.api.patch(f"/api/indicators/{world.indicator.pk}/", {"areas": ["9999"]}, format="json")
    assert unknown_area.status_code == 400 and "areas" in unknown_area.json()


@pytest.mark.parametrize(
    ("value", "year", "field", "words"),
    [
        ("abc", 2015, "value", "giltigt nummer"),
        (120, 2015, "value", "100"),
        (-5, 2015, "value", "mellan 0 och 100"),
        (12, 2010, "year", "utgångsåret 2013"),
        (12, 3000, "year", "2100"),
    ],
)
def test_a_bad_value_is_a_400_naming_the_field(world, value, year, field, words):
    response = world.api.post(
        "/api/indicator-values/",
        {"indicator": world.indicator.pk, "area": "10", "year": year, "value": value},
        format="json",
    )
    assert response.status_code == 400, response.json()
    assert words in " ".join(response.json()[field])
    assert not IndicatorValue.objects.exists()


def test_a_value_typed_beside_a_statistical_series_fills_a_year_it_lacks_but_not_one_it_has(world):
    series = Series.objects.create(source="kolada", external_id="N00914", title="Arbetslöshet 18–24 år")
    Observation.objects.create(series=series, area=area("10"), period="2016", year=2016, gender="T", value=11.0)
    fed = IndicatorFactory(goal=world.goal, name="Från Kolada", series=series, areas=[area("10")])
    url = "/api/indicator-values/"
    typed = {"indicator": fed.pk, "area": "10", "year": 2015, "value": 12, "source_note": "Rapport 2015"}
    assert world.api.post(url, typed, format="json").status_code == 201
    refused = world.api.post(url, {**typed, "year": 2016}, format="json")
    assert refused.status_code == 400 and "N00914" in refused.json()["year"][0]
    assert world.api.get(f"/api/indicators/{fed.pk}/").json()["series"] == series.pk


def test_posting_a_value_again_corrects_it(world):
    url = "/api/indicator-values/"
    first = world.api.post(
        url, {"indicator": world.indicator.pk, "area": "10", "year": 2015, "value": 14}, format="json"
    )
    again = world.api.post(
        url, {"indicator": world.indicator.pk, "area": "10", "year": 2015, "value": 13}, format="json"
    )
    assert again.status_code == 201 and again.json()["id"] == first.json()["id"]
    assert IndicatorValue.objects.get().value == 13.0


def test_a_representative_records_its_own_goal_but_not_anothers(world):
    representative = _client(user_for(world.karlskrona, email="kommun@example.org"))
    own = CASES["own-goals"][0](world)
    created = representative.post("/api/own-goals/", own, format="json")
    assert created.status_code == 201, created.json()
    assert created.json()["organization_name"] == "Karlskrona kommun"
    changed = representative.patch(f"/api/own-goals/{created.json()['id']}/", {"title": "300 feriejobb"})
    assert changed.status_code == 200 and changed.json()["title"] == "300 feriejobb"
    others = representative.post(
        "/api/own-goals/", {**own, "organization": world.ronneby.pk, "title": "Ronnebys mål"}, format="json"
    )
    assert others.status_code == 403
    assert not OwnGoal.objects.filter(title="Ronnebys mål").exists()


def test_an_own_goal_must_contribute_to_goals_of_its_own_collaboration(world):
    elsewhere = GoalFactory(title="Ett mål i en annan samverkan")  # in another public collaboration
    hidden_collaboration = CollaborationFactory(visibility="participants")
    hidden = GoalFactory(document=GoalDocumentFactory(collaboration=hidden_collaboration), title="Dolt mål")
    payload = CASES["own-goals"][0](world)
    other = world.api.post("/api/own-goals/", {**payload, "shared_goals": [elsewhere.pk]}, format="json")
    assert other.status_code == 400
    assert "annan samverkan" in other.json()["shared_goals"][0]
    unseen = world.api.post("/api/own-goals/", {**payload, "shared_goals": [hidden.pk]}, format="json")
    assert unseen.status_code == 400 and "shared_goals" in unseen.json()
    assert "Dolt mål" not in unseen.content.decode()
    none = world.api.post("/api/own-goals/", {**payload, "shared_goals": []}, format="json")
    assert none.status_code == 400 and "shared_goals" in none.json()
    assert not OwnGoal.objects.exists()


def test_a_hidden_goal_is_a_404_and_is_not_listed(world):
    hidden = GoalFactory(
        document=world.document, title="Bara för samordnaren", visibility="named", shared_with=[world.region]
    )
    party = _client(user_for(world.karlskrona, email="kommun@example.org"))
    assert party.get(f"/api/goals/{hidden.pk}/").status_code == 404
    assert "Bara för samordnaren" not in party.get("/api/goals/").content.decode()
    assert world.api.get(f"/api/goals/{hidden.pk}/").status_code == 200


def test_each_save_of_the_situation_analysis_is_a_new_version(world):
    api = world.api
    first = api.post(
        "/api/situation-analyses/",
        {"collaboration": world.slug, "problem": "Hög ungdomsarbetslöshet", "causes": "Få ingångsjobb"},
        format="json",
    )
    assert first.status_code == 201 and first.json()["number"] == 1
    second = api.post(
        "/api/situation-analyses/", {"collaboration": world.slug, "causes": "Få ingångsjobb och sommarjobb"}
    )
    assert second.status_code == 201, second.json()
    assert (second.json()["number"], second.json()["problem"]) == (2, "Hög ungdomsarbetslöshet")
    versions = api.get(f"/api/situation-analyses/?collaboration={world.slug}").json()["results"]
    assert [v["number"] for v in versions] == [2, 1]
    old = f"/api/situation-analyses/{first.json()['id']}/"
    assert api.patch(old, {"problem": "Omskrivet"}, format="json").status_code == 405
    assert api.delete(old).status_code == 405
    assert SituationAnalysis.objects.get(number=1).problem == "Hög ungdomsarbetslöshet"
    party = _client(user_for(world.karlskrona, email="kommun@example.org"))
    assert party.post("/api/situation-analyses/", {"collaboration": world.slug, "problem": "X"}).status_code == 403


def test_a_missing_actor_is_invited_and_its_yes_makes_it_a_participant(world):
    actor = AnalysisActorFactory(collaboration=world.collaboration, name="Arbetsförmedlingen")
    not_missing = AnalysisActorFactory(collaboration=world.collaboration, name="Redan med", is_missing=False)
    agency = OrganizationFactory(name="Arbetsförmedlingen", sector="state", kind="authority")
    api = world.api
    refused = api.post(f"/api/analysis-actors/{not_missing.pk}/invite/", {"organization": agency.pk}, format="json")
    assert refused.status_code == 400 and "is_missing" in refused.json()
    no_org = api.post(f"/api/analysis-actors/{actor.pk}/invite/", {"message": "Välkommen"}, format="json")
    assert no_org.status_code == 400 and "organization" in no_org.json()
    early = api.post(f"/api/analysis-actors/{actor.pk}/answer/", {"accepted": True}, format="json")
    assert early.status_code == 400 and "invitation_status" in early.json()
    invited = api.post(
        f"/api/analysis-actors/{actor.pk}/invite/",
        {"organization": agency.pk, "message": "Vill ni vara med?"},
        format="json",
    )
    assert invited.status_code == 200, invited.json()
    assert invited.json()["invitation_status"] == "invited"
    assert invited.json()["invitation_message"] == "Vill ni vara med?"
    assert invited.json()["organization_name"] == "Arbetsförmedlingen"
    no_answer = api.post(f"/api/analysis-actors/{actor.pk}/answer/", {}, format="json")
    assert no_answer.status_code == 400 and "accepted" in no_answer.json()
    answered = api.post(f"/api/analysis-actors/{actor.pk}/answer/", {"accepted": True}, format="json")
    assert answered.status_code == 200, answered.json()
    assert (answered.json()["invitation_status"], answered.json()["is_missing"]) == ("accepted", False)
    assert Participation.objects.filter(collaboration=world.collaboration, organization=agency).exists()
    party = _client(user_for(world.karlskrona, email="kommun@example.org"))
    assert party.post(f"/api/analysis-actors/{actor.pk}/invite/", {}, format="json").status_code == 403


def test_closing_a_round_keeps_the_computed_status_of_every_indicator(world):
    value_of(world.indicator, 2014, 16.0)
    value_of(world.indicator, 2015, 13.0)
    api = world.api
    url = f"/api/follow-up-rounds/{world.round.pk}/"
    assert api.patch(url, {"status": "closed"}, format="json").status_code == 400
    created_closed = api.post("/api/follow-up-rounds/", {**CASES["follow-up-rounds"][0](world), "status": "closed"})
    assert created_closed.status_code == 400 and "status" in created_closed.json()
    party = _client(user_for(world.karlskrona, email="kommun@example.org"))
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


# Query counts --------------------------------------------------------------------------------------------

KOMMUNER = ["1080", "1081", "1082"]


def _counted_world(n: int):
    region = OrganizationFactory(name="Region Räknad", sector="region", kind="region")
    user = user_for(region, email="count@example.org")
    collaboration = CollaborationFactory(
        name="Räknad styrning", coordinating_organization=region, coordinator=user.person, visibility="public"
    )
    parties = [party_of(collaboration, name=f"Kommun {i}", area=area(KOMMUNER[i])) for i in range(n)]
    areas = [area(code) for code in KOMMUNER[:n]]
    series = Series.objects.create(source="kolada", external_id="N00914", title="Arbetslöshet")
    document = GoalDocumentFactory(collaboration=collaboration)
    top = None
    for i in range(n):
        services.save_situation_analysis(collaboration, actor=SYSTEM, problem=f"Version {i}")
        goal = GoalFactory(document=document, parent=top)
        top = top or goal
        indicator = IndicatorFactory(goal=goal, areas=areas, responsible_organization=parties[i])
        for year, value in ((2014, 16.0), (2015, 13.0)):
            for place in areas:
                value_of(indicator, year, value, area=place)
        IndicatorFactory(goal=goal, areas=areas, series=series)
        judged = IndicatorFactory(
            goal=goal, measure_type="qualitative", baseline_value=None, baseline_year=None, targets=[]
        )
        OwnGoalFactory(goal=goal, organization=parties[i])
        GoalConflictFactory(goal=goal, parties=parties)
        AnalysisActorFactory(collaboration=collaboration)
        services.set_own_benefit(collaboration, parties[i], actor=SYSTEM, text="Fler i arbete.")
        round_ = FollowUpRoundFactory(collaboration=collaboration, coordinating_organization=parties[i])
        services.assess(round_, actor=SYSTEM, goal=goal, status="at_risk")
        services.assess(round_, actor=SYSTEM, indicator=judged, status="on_track")
        EvidenceFactory(
            collaboration=collaboration,
            round=round_,
            goals=[goal],
            indicators=[indicator],
            participant_organizations=parties,
        )
        AnalysisEntryFactory(round=round_, goal=goal, indicator=indicator)
        EnvironmentalScanFactory(collaboration=collaboration, round=round_, goals=[goal])
    return user, {"goal": top, "indicator": indicator}


LISTS = [
    "situation-analyses",
    "analysis-actors",
    "own-benefits",
    "goal-documents",
    "goals",
    "own-goals",
    "goal-conflicts",
    "indicators",
    "indicator-values",
    "follow-up-rounds",
    "assessments",
    "evidence",
    "analysis-entries",
    "environmental-scans",
]


@pytest.mark.parametrize("endpoint", LISTS)
def test_query_count_of_a_list_does_not_grow_with_the_data(endpoint):
    assert_bounded(_counted_world, lambda objects: f"/api/{endpoint}/", endpoint)


@pytest.mark.parametrize("endpoint", ["goals", "indicators"])
def test_query_count_of_a_detail_does_not_grow_with_the_data(endpoint):
    assert_bounded(_counted_world, lambda o: f"/api/{endpoint}/{o[endpoint[:-1]].pk}/", endpoint)


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
