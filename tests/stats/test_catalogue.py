"""Finding a KPI in Swedish, following it, refreshing what is followed, and warnings when Kolada changes."""

import gzip
import json

import pytest
from django.test import Client

from core.models import ChangeRecord
from core.services import SYSTEM
from stats import catalogue, services
from stats.models import CatalogueEntry, Observation, Series
from tests.factories.actors import OrganizationFactory, user_for
from tests.replay import FIXTURES

pytestmark = pytest.mark.django_db


def test_the_shipped_catalogue_is_searched_by_swedish_words():
    report = services.load_catalogue_snapshot()
    assert report["nya"] == 6099 and CatalogueEntry.objects.count() == 6099
    found = list(catalogue.search("föräldrapenningdagar män").values_list("external_id", flat=True))
    assert "N00945" in found
    assert list(catalogue.search("N03702").values_list("external_id", flat=True)) == ["N03702"]
    page = Client().get("/statistik/katalog/?q=bruttoregionprodukt").content.decode()
    assert "N03702" in page and "Bruttoregionprodukt" in page


def test_following_a_kpi_imports_it_and_the_scheduled_refresh_keeps_it_up_to_date(settings):
    settings.STATS_HTTP_TRANSPORT = "tests.replay.kolada_2024"
    services.load_catalogue_snapshot()
    analyst = Client()
    admin = user_for(OrganizationFactory(), email="analys@example.org", admin=True)
    analyst.force_login(admin)
    from actors.models import Area

    areas = list(Area.objects.filter(kolada_id__in=["0562", "1885"]).values_list("pk", flat=True))
    response = analyst.post("/statistik/katalog/N03702/folj/", {"areas": areas})
    assert response.status_code == 302
    series = Series.objects.get(external_id="N03702")
    assert series.followed_areas == ["0562", "1885"]
    old = Observation.objects.get(series=series, area__kolada_id="0562", period="2021").value
    assert old == 537.347526
    settings.STATS_HTTP_TRANSPORT = "tests.replay.kolada_2026"  # a year later, Kolada has revised 2021
    runs = services.refresh_followed()
    assert [r.pk for r in runs] and all(r.refresh_from_db() or r.status == "succeeded" for r in runs)
    assert Observation.objects.get(series=series, area__kolada_id="0562", period="2021").value == 507.469505


def test_a_kpi_that_kolada_removes_or_renames_is_flagged_on_the_series():
    services.load_catalogue_snapshot()
    Series.objects.create(
        source="kolada", external_id="N03702", title="Bruttoregionprodukt, kommun (BRP), 1000 kr/invånare"
    )
    Series.objects.create(source="kolada", external_id="N00945", title="Gammal titel")
    with gzip.open(FIXTURES.parent.parent / "stats" / "data" / "kolada_kpis_2026-03.json.gz", "rt") as handle:
        kpis = [k for k in json.load(handle)["values"] if k["id"] != "N03702"]
    report = services.update_catalogue(kpis, actor=SYSTEM)
    assert report["borttagna"] == 1 and report["varningar"] == 2
    assert Series.objects.get(external_id="N03702").is_discontinued
    assert Series.objects.get(external_id="N00945").changed_at_source["title"][0] == "Gammal titel"
    assert not catalogue.search("N03702").exists()
    assert services.refresh_followed() == []  # nothing followed; a discontinued series would be skipped


def test_the_scheduled_refresh_asks_only_for_what_changed_and_removes_what_kolada_deleted(settings):
    from tests import replay

    settings.STATS_HTTP_TRANSPORT = "tests.replay.kolada_2026_logged"
    replay.DATA_REQUESTS.clear()
    services.load_catalogue_snapshot()
    admin = user_for(OrganizationFactory(), email="delta@example.org", admin=True)
    services.follow_kolada_series(actor=admin, kpi_id="N03702", municipality_ids=["1885"])
    first = [r for r in replay.DATA_REQUESTS if "/data/" in r.url.path]
    assert first and "from_date" not in first[-1].url.params  # the first import takes everything
    replay.DATA_REQUESTS.clear()
    services.refresh_followed()
    delta = [r for r in replay.DATA_REQUESTS if "/data/" in r.url.path]
    assert delta and delta[-1].url.params["from_date"]  # then only what changed since the last import
    assert Observation.objects.filter(series__external_id="N03702", area__kolada_id="1885", period="2021").exists()
    settings.STATS_HTTP_TRANSPORT = "tests.replay.kolada_deleted_delta"
    run = services.refresh_followed()[0]
    run.refresh_from_db()
    assert run.status == "succeeded" and run.report["borttagna"] == 1
    assert not Observation.objects.filter(series__external_id="N03702", area__kolada_id="1885", period="2021").exists()


def test_a_preview_reads_kolada_live_without_storing(settings):
    settings.STATS_HTTP_TRANSPORT = "tests.replay.kolada_2026"
    services.load_catalogue_snapshot()
    from actors.models import Area

    client = Client()
    client.force_login(user_for(OrganizationFactory(), email="preview@example.org", admin=True))
    lindesberg = Area.objects.get(kolada_id="1885")
    page = client.get(f"/statistik/katalog/N03702/folj/?omraden={lindesberg.pk}").content.decode()
    assert "<svg" in page and "Lindesberg, totalt" in page and "2023" in page
    assert not Observation.objects.exists()  # nothing stored by a preview


def test_a_catalogue_refresh_shows_at_once_in_the_cached_series_list_of_the_api(settings):
    """Regression: the refresh marked a series discontinued without moving a change counter, and the
    API's cached series list said it was current until some unrelated change."""
    from rest_framework.test import APIClient

    from core.models import ChangeRecord, TaskProgress
    from stats.tasks import refresh_catalogue_task

    settings.STATS_HTTP_TRANSPORT = "tests.stats.kolada_catalogue.as_recorded"
    refresh_catalogue_task.enqueue()  # the scheduled refresh, as the worker runs it
    admin = user_for(OrganizationFactory(), email="brp@example.org", admin=True)
    services.follow_kolada_series(actor=admin, kpi_id="N03702", municipality_ids=["1885"])
    api = APIClient()

    def listed():
        return {s["external_id"]: s["is_discontinued"] for s in api.get("/api/series/").json()["results"]}

    assert listed() == {"N03702": False}
    assert listed() == {"N03702": False}  # now from the cache
    settings.STATS_HTTP_TRANSPORT = "tests.stats.kolada_catalogue.without_n03702"  # Kolada withdrew it
    refresh_catalogue_task.enqueue()

    assert listed() == {"N03702": True}
    series = Series.objects.get(external_id="N03702")
    record = ChangeRecord.objects.get(action="stats.series.discontinued", object_id=series.pk)
    assert record.changes == {"is_discontinued": [False, True]} and record.actor_name == "system"
    refresh = ChangeRecord.objects.filter(action="stats.catalogue.updated").order_by("pk").last()
    assert refresh.after["borttagna"] == ["N03702"] and refresh.after["nya"] == []
    progress = TaskProgress.objects.get(pk=refresh.object_id)
    assert progress.status == "succeeded" and progress.report == {
        "nya": 0,
        "uppdaterade": 0,
        "borttagna": 1,
        "varningar": 1,
    }
    assert not catalogue.search("N03702").exists()


def test_a_refresh_records_what_kolada_added_changed_and_removed_and_nothing_when_nothing_changed():
    with gzip.open(catalogue.SNAPSHOT, "rt") as handle:
        kpis = json.load(handle)["values"]
    services.update_catalogue([k for k in kpis if k["id"] != "N00945"], actor=SYSTEM)
    renamed = [{**k, "title": "Nytt namn hos Kolada"} if k["id"] == "N01951" else k for k in kpis]

    report = services.update_catalogue([k for k in renamed if k["id"] != "N03702"], actor=SYSTEM)

    assert report == {"nya": 1, "uppdaterade": 1, "borttagna": 1, "varningar": 0}
    record = ChangeRecord.objects.filter(action="stats.catalogue.updated").order_by("pk").last()
    assert (record.after["nya"], record.after["uppdaterade"], record.after["borttagna"]) == (
        ["N00945"],
        ["N01951"],
        ["N03702"],
    )
    assert CatalogueEntry.objects.get(external_id="N01951").title == "Nytt namn hos Kolada"
    again = services.update_catalogue([k for k in renamed if k["id"] != "N03702"], actor=SYSTEM)
    assert again == {"nya": 0, "uppdaterade": 0, "borttagna": 0, "varningar": 0}
    back = services.update_catalogue(renamed, actor=SYSTEM)  # Kolada publishes N03702 again
    assert back["uppdaterade"] == 1 and not CatalogueEntry.objects.get(external_id="N03702").is_removed
