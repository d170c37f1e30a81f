"""The steering through the API, every main endpoint: the coordinator creates, reads, changes and deletes
through the same services, rules and gateway as the pages; a participant reads but does not write; the
query count of a list or a detail does not grow with the data. (The rules of each aggregate through the
API: `test_api_goals.py`, `test_api_analysis.py`, `test_api_follow_up.py`.)"""

import pytest
from rest_framework.test import APIClient

from core.models import ChangeRecord
from core.services import SYSTEM
from stats.models import Series
from steer import services
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
from tests.steer.api_world import CASES, api_client, make_world

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    return make_world()


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
    participant = api_client(user_for(olofstrom, email="kommun@example.org"))
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
