"""Goals, own goals and indicators through the API: computed status and trend on indicators and goals,
sub-goals rolled up, typed values beside a statistical series, own goals of a party's own, hidden goals,
and bad input answered with 400 naming the field."""

import pytest

from stats.models import Observation, Series
from steer.models import Goal, Indicator, IndicatorValue, OwnGoal
from tests.factories.actors import area, user_for
from tests.factories.collaborations import CollaborationFactory
from tests.factories.steer import GoalDocumentFactory, GoalFactory, IndicatorFactory, value_of
from tests.steer.api_world import CASES, api_client, make_world

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    return make_world()


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
    representative = api_client(user_for(world.karlskrona, email="kommun@example.org"))
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
    party = api_client(user_for(world.karlskrona, email="kommun@example.org"))
    assert party.get(f"/api/goals/{hidden.pk}/").status_code == 404
    assert "Bara för samordnaren" not in party.get("/api/goals/").content.decode()
    assert world.api.get(f"/api/goals/{hidden.pk}/").status_code == 200
