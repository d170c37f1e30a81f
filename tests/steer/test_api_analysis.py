"""The situation analysis through the API: each save a new version, and a missing actor invited until its
yes makes it a participant."""

import pytest

from collaborations.models import Participation
from steer.models import SituationAnalysis
from tests.factories.actors import OrganizationFactory, user_for
from tests.factories.steer import AnalysisActorFactory
from tests.steer.api_world import api_client, make_world

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    return make_world()


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
    party = api_client(user_for(world.karlskrona, email="kommun@example.org"))
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
    party = api_client(user_for(world.karlskrona, email="kommun@example.org"))
    assert party.post(f"/api/analysis-actors/{actor.pk}/invite/", {}, format="json").status_code == 403
