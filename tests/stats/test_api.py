"""Statistics through the API: open reading, imports for those allowed, JSON errors."""

import pytest
from rest_framework.test import APIClient

from stats.models import Series
from tests.factories.actors import OrganizationFactory, user_for

pytestmark = pytest.mark.django_db


def test_start_an_import_and_read_the_series(settings):
    settings.STATS_HTTP_TRANSPORT = "tests.replay.kolada_2026"
    api = APIClient()
    api.force_login(user_for(OrganizationFactory(), email="admin@example.org", admin=True))
    response = api.post(
        "/api/import-runs/",
        {"kpi_ids": ["N03702"], "municipality_ids": ["1885", "1984"], "years": [2022, 2023]},
        format="json",
    )
    assert response.status_code == 202, response.json()
    assert response.json()["status"] == "succeeded" and response.json()["report"]["nya"] == 4
    series = Series.objects.get(external_id="N03702")
    anonymous = APIClient()
    listed = anonymous.get("/api/series/?q=Bruttoregionprodukt").json()
    assert [s["external_id"] for s in listed["results"]] == ["N03702"]
    values = anonymous.get(f"/api/series/{series.pk}/observations/?area=1885").json()["results"]
    assert [(v["area"], v["period"]) for v in values] == [("1885", "2022"), ("1885", "2023")]
    assert all(isinstance(v["value"], float) for v in values)


def test_bad_import_requests_are_json_errors():
    api = APIClient()
    assert api.post("/api/import-runs/", {}, format="json").status_code in (401, 403)
    api.force_login(user_for(OrganizationFactory(), email="reader@example.org"))
    refused = api.post("/api/import-runs/", {"kpi_ids": ["N03702"], "municipality_ids": ["1885"]}, format="json")
    assert refused.status_code == 403 and "detail" in refused.json()
    api.force_login(user_for(OrganizationFactory(), email="admin2@example.org", admin=True))
    bad = api.post("/api/import-runs/", {"kpi_ids": [], "municipality_ids": ["1885"], "years": [1066]}, format="json")
    assert bad.status_code == 400 and {"kpi_ids", "years"} <= set(bad.json())


def test_an_import_run_is_seen_only_by_who_started_it_and_administrators(settings):
    from django.test import Client

    from stats import services

    settings.STATS_HTTP_TRANSPORT = "tests.replay.kolada_2026"
    starter = user_for(OrganizationFactory(), email="starter@example.org", admin=True)
    run = services.start_kolada_import(actor=starter, kpi_ids=["N03702"], municipality_ids=["1885"])
    other = Client()
    other.force_login(user_for(OrganizationFactory(), email="other@example.org"))
    assert other.get(run.get_absolute_url()).status_code == 404
    assert run.label not in other.get("/statistik/importer/").content.decode()
    api = APIClient()
    api.force_login(user_for(OrganizationFactory(), email="other2@example.org"))
    assert api.get(f"/api/import-runs/{run.pk}/").status_code == 404
    assert api.get("/api/import-runs/").json()["count"] == 0
    mine = Client()
    mine.force_login(starter)
    assert mine.get(run.get_absolute_url()).status_code == 200
