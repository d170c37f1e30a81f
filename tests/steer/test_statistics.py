"""Indicators kept as statistics really are (issue 14, section 6): a ratio typed as its two counts, a
gender-split indicator judged on its total where only the total is known, typed values beside a
statistical series with the source of each value, goals marked achieved or superseded, an unknown
baseline said to be unknown, and the source of every recorded fact."""

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from rest_framework.test import APIClient

from core.services import SYSTEM
from stats.models import Observation, Series
from steer import charts, engine, queries, services
from steer.models import Indicator
from tests.factories.actors import OrganizationFactory, area, user_for
from tests.factories.collaborations import CollaborationFactory
from tests.factories.organize import party_of
from tests.factories.steer import GoalDocumentFactory, GoalFactory, IndicatorFactory, OwnGoalFactory, value_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    region = OrganizationFactory(name="Region Blekinge", sector="region", kind="region", area=area("10"))
    coordinator = user_for(region, email="samordnare@example.org")
    collaboration = CollaborationFactory(
        name="Unga lyfter", coordinating_organization=region, coordinator=coordinator.person, visibility="public"
    )
    document = GoalDocumentFactory(collaboration=collaboration, visibility="public")
    goal = GoalFactory(document=document, title="Halvera ungdomsarbetslösheten", visibility="public")
    return collaboration, coordinator, document, goal


def _page(user, url) -> str:
    client = Client()
    client.force_login(user)
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def _api(user) -> APIClient:
    client = APIClient()
    client.force_login(user)
    return client


def _judged(indicator):
    return queries.indicator_statuses([indicator], SYSTEM)[indicator.pk]


def _chart(indicator):
    indicator = queries.indicators_with_data(Indicator.objects.visible_to(SYSTEM), SYSTEM).get(pk=indicator.pk)
    return charts.indicator_chart(indicator, _judged(indicator))


# A ratio: numerator and denominator typed, the share computed ----------------------------------------


def _ratio(goal, **data):
    return IndicatorFactory(
        goal=goal,
        name="Unga som gått vidare till arbete eller studier",
        direction="higher",
        is_ratio=True,
        numerator_label="unga som gått vidare",
        denominator_label="unga inskrivna",
        targets=[{"year": 2017, "value": 60.0}],
        **data,
    )


def test_a_ratio_is_typed_as_its_two_counts_and_shown_as_the_share_with_both(world):
    collaboration, coordinator, _document, goal = world
    indicator = _ratio(goal, visibility="public")
    value = services.record_value(indicator, area("10"), 2015, actor=SYSTEM, numerator=12, denominator=40)
    assert (value.value, value.numerator, value.denominator) == (30.0, 12.0, 40.0)
    assert _judged(indicator).latest_value == 30.0
    page = _page(coordinator, indicator.get_absolute_url())
    assert "12 av 40" in page and "unga som gått vidare / unga inskrivna" in page
    # the form asks for the two counts, not for the share
    assert 'name="numerator"' in page and 'name="denominator"' in page and 'name="value"' not in page


def test_a_ratio_without_its_denominator_or_with_a_larger_numerator_is_refused_naming_the_field(world):
    goal = world[3]
    indicator = _ratio(goal)
    with pytest.raises(ValidationError) as missing:
        services.record_value(indicator, area("10"), 2015, actor=SYSTEM, numerator=12)
    assert "Nämnaren saknas" in str(missing.value.message_dict["denominator"])
    with pytest.raises(ValidationError) as above:
        services.record_value(indicator, area("10"), 2015, actor=SYSTEM, numerator=50, denominator=40)
    assert "större än nämnaren" in str(above.value.message_dict["numerator"])
    with pytest.raises(ValidationError) as zero:
        services.record_value(indicator, area("10"), 2015, actor=SYSTEM, numerator=0, denominator=0)
    assert "denominator" in zero.value.message_dict
    assert not indicator.manual_values.exists()


def test_counts_are_refused_for_an_indicator_that_is_not_a_ratio_and_a_count_cannot_be_a_ratio(world):
    goal = world[3]
    plain = IndicatorFactory(goal=goal)
    with pytest.raises(ValidationError) as counts:
        services.record_value(plain, area("10"), 2015, actor=SYSTEM, numerator=1, denominator=2)
    assert "numerator" in counts.value.message_dict
    with pytest.raises(ValidationError) as number:
        IndicatorFactory(
            goal=goal,
            measure_type="number",
            unit="",
            is_ratio=True,
            baseline_value=None,
            baseline_year=None,
            targets=[],
        )
    assert "is_ratio" in number.value.message_dict


def test_the_api_takes_the_two_counts_of_a_ratio_and_answers_the_share(world):
    _collaboration, coordinator, _document, goal = world
    indicator = _ratio(goal)
    api = _api(coordinator)
    answer = api.post(
        "/api/indicator-values/",
        {"indicator": indicator.pk, "area": "10", "year": 2016, "numerator": 9, "denominator": 12},
        format="json",
    )
    assert answer.status_code == 201, answer.json()
    assert (answer.json()["value"], answer.json()["numerator"], answer.json()["denominator"]) == (75.0, 9.0, 12.0)
    refused = api.post(
        "/api/indicator-values/", {"indicator": indicator.pk, "area": "10", "year": 2017, "numerator": 9}, format="json"
    )
    assert refused.status_code == 400 and "denominator" in refused.json()


# Split by gender, judged on the total where only the total is known ---------------------------------


def test_a_gender_split_indicator_is_judged_on_its_total_where_only_the_total_is_known(world):
    goal = world[3]
    indicator = IndicatorFactory(goal=goal, by_gender=True, areas=[area("1080"), area("1081")])
    for year, total in [(2013, 20.0), (2014, 17.0), (2015, 14.0), (2016, 11.0)]:
        value_of(indicator, year, total, area=area("1080"))  # Karlskrona: only the total
        value_of(indicator, year, total + 1, gender="K", area=area("1081"))  # Ronneby: women and men
        value_of(indicator, year, total - 1, gender="M", area=area("1081"))
    result = _judged(indicator)
    judged = {(s.area.scb_code, s.gender): s.evaluation.status for s in result.series}
    assert judged == {("1080", "T"): engine.ON_TRACK, ("1081", "K"): engine.ON_TRACK, ("1081", "M"): engine.ON_TRACK}
    assert result.status == engine.ON_TRACK  # not "Data saknas"


def test_a_gender_split_series_with_only_the_total_is_judged_on_it(world):
    goal = world[3]
    series = Series.objects.create(
        source="kolada", external_id="N00914", title="Arbetslöshet", is_divided_by_gender=True
    )
    for year, value in [(2013, 20.0), (2014, 17.0), (2015, 14.0), (2016, 11.0)]:
        Observation.objects.create(series=series, area=area("10"), period=str(year), year=year, value=value)
    indicator = IndicatorFactory(goal=goal, by_gender=True, series=series)
    result = _judged(indicator)
    assert [(s.gender, s.evaluation.status) for s in result.series] == [("T", engine.ON_TRACK)]


# Typed values beside a statistical series, each value with its source -------------------------------


def _kolada_with_typed_baseline(goal):
    series = Series.objects.create(source="kolada", external_id="N01951", title="Invånare totalt")
    for year, value in [(2024, 8300.0), (2025, 8400.0)]:
        Observation.objects.create(series=series, area=area("10"), period=str(year), year=year, value=value)
    indicator = IndicatorFactory(
        goal=goal,
        name="Invånare",
        measure_type="number",
        unit="invånare",
        direction="higher",
        series=series,
        baseline_value=8000.0,
        baseline_year=2018,
        baseline_source="Årsredovisning 2018, s. 4",
        targets=[{"year": 2030, "value": 9000.0}],
        visibility="public",
    )
    value_of(indicator, 2018, 8000.0, source_note="Årsredovisning 2018", source_page="4")
    return indicator


def test_a_baseline_typed_from_a_report_and_later_years_from_kolada_are_judged_together(world):
    indicator = _kolada_with_typed_baseline(world[3])
    result = _judged(indicator)
    (series,) = result.series
    assert series.values == [(2018, 8000.0), (2024, 8300.0), (2025, 8400.0)]
    assert series.typed_years == {2018}
    assert result.latest_year == 2025 and result.status != engine.NO_DATA


def test_the_chart_table_names_the_source_of_each_value_never_kolada_for_a_typed_number(world):
    indicator = _kolada_with_typed_baseline(world[3])
    chart = _chart(indicator)
    first = dict(chart.table)["2018"][0]
    assert first == (8000.0, "inmatat, Årsredovisning 2018, s. 4")
    assert dict(chart.table)["2025"][0] == (8400.0, "Kolada (N01951)")
    assert "Kolada" not in first[1]
    assert chart.source.startswith("Källor: Kolada (N01951) och inmatade värden")
    page = _page(world[1], indicator.get_absolute_url())
    assert "Årsredovisning 2018, s. 4" in page and "Kolada (N01951)" in page
    assert "Källa (Blekinge)" in page  # a source column beside the values


def test_a_typed_value_for_a_year_the_series_has_is_refused_naming_the_year(world):
    indicator = _kolada_with_typed_baseline(world[3])
    with pytest.raises(ValidationError) as refused:
        value_of(indicator, 2025, 8500.0)
    assert "N01951" in str(refused.value.message_dict["year"])


def test_a_typed_value_marked_as_an_assumption_is_shown_marked(world):
    _collaboration, coordinator, _document, goal = world
    indicator = IndicatorFactory(goal=goal, visibility="public")
    value_of(indicator, 2014, 18.0, source_note="Enkät bland skolorna", is_assumption=True)
    page = _page(coordinator, indicator.get_absolute_url())
    assert "Enkät bland skolorna" in page and "antaget värde" in page


# Goals achieved or superseded ----------------------------------------------------------------------


def test_an_achieved_goal_says_so_with_its_year_and_evidence_on_its_page_the_dashboard_and_the_api(world):
    collaboration, coordinator, document, goal = world
    sub = GoalFactory(document=document, parent=goal, title="Fler unga i studier", visibility="public")
    services.update_goal(
        sub, actor=SYSTEM, achieved_year=2018, achieved_evidence="Slutuppföljningen 2018 visar fler unga i studier."
    )
    page = _page(coordinator, sub.get_absolute_url())
    assert "Uppnått" in page and "Målet är uppnått 2018." in page and "Slutuppföljningen 2018" in page
    assert 'class="status achieved"' in page and 'class="status no_data"' not in page
    board = _page(coordinator, f"/samverkan/{collaboration.slug}/styrning/")
    assert "uppnått 2018" in board
    answer = _api(coordinator).get(f"/api/goals/{sub.pk}/").json()
    assert (answer["status"], answer["achieved_year"], answer["measured_status"]) == ("achieved", 2018, "no_data")
    # in the goal above, the achieved sub-goal counts as on track
    assert _api(coordinator).get(f"/api/goals/{goal.pk}/").json()["status"] == engine.ON_TRACK


def test_a_superseded_goal_links_to_its_successor_and_the_successor_back(world):
    collaboration, coordinator, document, goal = world
    successor = GoalFactory(document=document, title="Mind the Gap", visibility="public")
    services.update_goal(goal, actor=SYSTEM, superseded_by=successor)
    page = _page(coordinator, goal.get_absolute_url())
    assert "Ersatt av nytt mål" in page and successor.get_absolute_url() in page
    back = _page(coordinator, successor.get_absolute_url())
    assert "Ersätter" in back and goal.get_absolute_url() in back
    api = _api(coordinator)
    assert api.get(f"/api/goals/{goal.pk}/").json()["status"] == "superseded"
    assert api.get(f"/api/goals/{goal.pk}/").json()["superseded_by"] == successor.pk
    assert api.get(f"/api/goals/{successor.pk}/").json()["supersedes"] == [goal.pk]


def test_a_goal_cannot_be_both_achieved_and_superseded_nor_superseded_in_a_ring_or_from_elsewhere(world):
    collaboration, coordinator, document, goal = world
    successor = GoalFactory(document=document, title="Nästa steg")
    services.update_goal(goal, actor=SYSTEM, superseded_by=successor)
    with pytest.raises(ValidationError) as both:
        services.update_goal(goal, actor=SYSTEM, achieved_year=2018)
    assert "superseded_by" in both.value.message_dict
    with pytest.raises(ValidationError) as ring:
        services.update_goal(successor, actor=SYSTEM, superseded_by=goal)
    assert "sig självt" in str(ring.value.message_dict["superseded_by"])
    elsewhere = GoalFactory(document=GoalDocumentFactory(collaboration=CollaborationFactory()))
    with pytest.raises(ValidationError) as other:
        services.update_goal(goal, actor=SYSTEM, superseded_by=elsewhere)
    assert "annan samverkan" in str(other.value.message_dict["superseded_by"])
    refused = _api(coordinator).patch(f"/api/goals/{goal.pk}/", {"achieved_year": 2019}, format="json")
    assert refused.status_code == 400 and "superseded_by" in refused.json()


# Unknown is a value ----------------------------------------------------------------------------------


def test_an_unknown_baseline_says_utgangsvarde_saknas_on_the_page_and_in_the_api(world):
    _collaboration, coordinator, _document, goal = world
    indicator = IndicatorFactory(goal=goal, baseline_value=None, baseline_year=None, visibility="public")
    assert "utgångsvärde saknas" in _page(coordinator, indicator.get_absolute_url())
    answer = _api(coordinator).get(f"/api/indicators/{indicator.pk}/").json()
    assert answer["baseline_value"] is None and answer["baseline_text"] == "utgångsvärde saknas"
    known = IndicatorFactory(goal=goal)
    assert _api(coordinator).get(f"/api/indicators/{known.pk}/").json()["baseline_text"] == "20 % (2013)"


def test_an_own_goal_without_its_documents_year_is_kept_as_unknown_not_invented(world):
    collaboration, coordinator, _document, goal = world
    karlskrona = party_of(collaboration, name="Karlskrona kommun", area=area("1080"))
    own = OwnGoalFactory(goal=goal, organization=karlskrona, document_year=None, visibility="public")
    assert own.document_year is None
    page = _page(coordinator, f"/samverkan/{collaboration.slug}/styrning/mal/")
    assert "år okänt" in page


def test_a_goal_carries_its_source_document_page_and_link(world):
    _collaboration, coordinator, _document, goal = world
    services.update_goal(
        goal,
        actor=SYSTEM,
        source_note="Regional utvecklingsstrategi",
        source_page="12",
        source_url="https://example.org/rus.pdf",
    )
    page = _page(coordinator, goal.get_absolute_url())
    assert "Regional utvecklingsstrategi" in page and "12" in page and "https://example.org/rus.pdf" in page
    answer = _api(coordinator).get(f"/api/goals/{goal.pk}/").json()
    assert (answer["source_page"], answer["source_url"], answer["is_assumption"]) == (
        "12",
        "https://example.org/rus.pdf",
        False,
    )
