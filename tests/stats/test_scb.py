"""SCB PxWebApi v2: the client follows the API's own rate limit and reads json-stat2; the importer maps
regions and sexes to the territory and makes one series per other variable."""

import json

import pytest

from core.services import SYSTEM
from stats import services
from stats.models import Observation, Series
from stats.scb import ScbClient, cells
from tests.replay import FIXTURES, scb_server

pytestmark = pytest.mark.django_db


def test_the_client_keeps_to_the_rate_limit_the_api_states(settings):
    sleeps = []
    with ScbClient(transport=scb_server(), sleep=sleeps.append) as client:
        config = client.config()
        assert config["maxCallsPerTimeWindow"] == 3 and config["timeWindow"] == 1
        assert client.http.min_interval == pytest.approx(1 / 3)
        found = client.tables("befolkning", max_pages=1)
    assert len(found) == 10 and all("id" in t and "label" in t for t in found)


def test_json_stat2_is_read_in_row_major_order():
    dataset = json.loads((FIXTURES / "scb" / "TAB6471_data.json").read_text(encoding="utf-8"))
    read = list(cells(dataset))
    assert len(read) == 21 * 11 * 3 * 1 * 4
    first = read[0]
    assert first.codes == {"Region": "01", "Alder": "0-9", "Kon": "TotSa", "ContentsCode": "000007SF", "Tid": "2026M01"}
    assert first.value == 245284
    assert read[1].codes["Tid"] == "2026M02"  # the last dimension varies fastest


def test_a_table_selection_becomes_one_series_per_age_group(settings):
    settings.STATS_HTTP_TRANSPORT = "tests.replay.scb_server"
    selection = {"Region": ["01"], "Alder": ["0-9"], "Kon": ["TotSa", "1", "2"], "ContentsCode": ["000007SF"]}
    run = services.start_scb_import(actor=SYSTEM, table_id="TAB6471", selection=selection)
    run.refresh_from_db()
    assert run.status == "succeeded", run.reason
    series = Series.objects.filter(source="scb")
    assert series.count() == 11  # the recorded answer has 11 ten-year age groups
    young = series.get(external_id="TAB6471/Alder=0-9/ContentsCode=000007SF")
    assert young.is_divided_by_gender and young.periodicity == "month" and "0-9 år" in young.title
    stockholm = Observation.objects.get(series=young, area__scb_code="01", period="2026M01", gender="T")
    assert stockholm.value == 245284 and stockholm.year == 2026
    assert Observation.objects.filter(series=young).values("gender").distinct().count() == 3
    assert run.report["nya"] == 2772


def test_an_answer_that_is_not_json_stat2_fails_the_run(settings):
    settings.STATS_HTTP_TRANSPORT = "tests.replay.kolada_broken"
    run = services.start_scb_import(actor=SYSTEM, table_id="TAB6471", selection={"Region": ["01"]})
    run.refresh_from_db()
    assert run.status == "failed" and "SCB" in run.reason
    assert not Observation.objects.exists()


def test_an_analyst_finds_a_table_chooses_values_and_imports(settings):
    from django.test import Client

    from tests.factories.actors import OrganizationFactory, user_for

    settings.STATS_HTTP_TRANSPORT = "tests.replay.scb_server"
    client = Client()
    client.force_login(user_for(OrganizationFactory(), email="scb@example.org", admin=True))
    found = client.get("/statistik/import/scb/?q=befolkning").content.decode()
    assert "/statistik/import/scb/TAB" in found
    table = client.get("/statistik/import/scb/TAB6471/").content.decode()
    assert "Folkmängden per månad" in table and 'name="var_Alder"' in table and "Källa: SCB" in table
    incomplete = client.post("/statistik/import/scb/TAB6471/", {"var_Region": ["01"]})
    assert incomplete.status_code == 200 and "Välj minst ett värde för" in incomplete.content.decode()
    response = client.post(
        "/statistik/import/scb/TAB6471/",
        {
            "var_Region": ["01"],
            "var_Alder": ["0-9"],
            "var_Kon": ["TotSa"],
            "var_ContentsCode": ["000007SF"],
            "var_Tid": ["2026M01"],
        },
    )
    assert response.status_code == 302
    assert "Klar" in client.get(response["Location"]).content.decode()


def test_when_scb_cannot_be_reached_the_page_says_so(settings):
    from django.test import Client

    from tests.factories.actors import OrganizationFactory, user_for

    client = Client()  # the tests' transport refuses the network
    client.force_login(user_for(OrganizationFactory(), email="offline@example.org", admin=True))
    settings.STATS_HTTP_TRANSPORT = "tests.replay.kolada_broken"
    page = client.get("/statistik/import/scb/TAB6471/")
    assert page.status_code == 502 and "SCB" in page.content.decode()


def test_two_long_scb_selections_that_differ_only_at_the_end_stay_two_series():
    from stats.importers import ID_LENGTH, scb_series_id

    long_code = "x" * 150
    first = scb_series_id("BE0101N1", {"Region": long_code + "1"})
    second = scb_series_id("BE0101N1", {"Region": long_code + "2"})
    assert first != second
    assert len(first) == len(second) == ID_LENGTH
    assert scb_series_id("BE0101N1", {"Region": "1880"}) == "BE0101N1/Region=1880"  # short ids as before
