"""Importing Kolada series: real recorded responses, revisions kept, all-or-nothing, in the worker."""

import pytest
from django.test import Client

from core.models import ChangeRecord
from core.services import SYSTEM
from stats import services
from stats.models import ImportRun, Observation, ObservationRevision, Series
from tests.factories.actors import OrganizationFactory, user_for

pytestmark = pytest.mark.django_db

BIG_CITIES = ["0180", "1280", "1480"]  # Stockholm, Malmö, Göteborg
ARBOGA_GROUP = ["0562", "0687", "1082", "1885", "1984"]  # in both the 2024 and the 2026 recording


def _run(kpis, areas, years=None):
    run = services.start_kolada_import(actor=SYSTEM, kpi_ids=kpis, municipality_ids=areas, years=years)
    run.refresh_from_db()
    return run


def test_a_series_is_imported_with_its_missing_values_kept_missing(settings):
    settings.STATS_HTTP_TRANSPORT = "tests.replay.kolada_2026"
    run = _run(["N00945"], BIG_CITIES)
    assert run.status == "succeeded", run.reason
    series = Series.objects.get(external_id="N00945")
    assert series.title.startswith("Tillfälliga föräldrapenningdagar (VAB)")
    assert series.producer  # "Källa: …" from Kolada's description
    observations = Observation.objects.filter(series=series)
    assert observations.count() == 75
    assert series.observation_count == 75  # the counter the series list shows, kept by the import
    assert observations.filter(value__isnull=True).count() == 6  # 1996–1997: no value, never zero
    stockholm_1998 = observations.get(area__kolada_id="0180", period="1998", gender="T")
    assert stockholm_1998.value == 30.41209497  # exactly the source's value
    assert run.report["nya"] == 75
    actions = set(ChangeRecord.objects.filter(object_id=run.pk).values_list("action", flat=True))
    assert {"stats.import.started", "stats.import.succeeded"} <= actions


def test_a_revised_value_is_updated_in_place_and_shown_as_revised(settings):
    settings.STATS_HTTP_TRANSPORT = "tests.replay.kolada_2024"
    first = _run(["N03702"], ARBOGA_GROUP, [2019, 2020, 2021])
    assert first.status == "succeeded", first.reason
    before = Observation.objects.get(series__external_id="N03702", area__kolada_id="0562", period="2021")
    assert before.value == 537.347526

    settings.STATS_HTTP_TRANSPORT = "tests.replay.kolada_2026"
    second = _run(["N03702"], ARBOGA_GROUP, [2019, 2020, 2021])
    assert second.status == "succeeded", second.reason
    after = Observation.objects.get(pk=before.pk)  # the same row, updated in place
    assert after.value == 507.469505 and after.revision == 2
    assert second.report["reviderade"] == 5 and second.report["nya"] == 0 and second.report["oförändrade"] == 10
    revision = ObservationRevision.objects.get(observation=after)
    assert (revision.old_value, revision.new_value, revision.run_id) == (537.347526, 507.469505, second.pk)
    page = Client().get(after.series.get_absolute_url()).content.decode()
    assert "Reviderade värden" in page and "537,3475" in page and "507,4695" in page

    third = _run(["N03702"], ARBOGA_GROUP, [2019, 2020, 2021])
    assert third.report["reviderade"] == 0 and third.report["oförändrade"] == 15


def test_a_broken_answer_fails_the_run_and_leaves_the_data_as_it_was(settings):
    settings.STATS_HTTP_TRANSPORT = "tests.replay.kolada_2026"
    _run(["N03702"], ARBOGA_GROUP, [2021])
    values = dict(Observation.objects.values_list("pk", "value"))
    settings.STATS_HTTP_TRANSPORT = "tests.replay.kolada_text_value"
    failed = _run(["N03702"], ARBOGA_GROUP, [2021])
    assert failed.status == "failed"
    assert "rad 1" in failed.reason and "'ej tal'" in failed.reason and "inte ett tal" in failed.reason
    assert dict(Observation.objects.values_list("pk", "value")) == values
    assert ChangeRecord.objects.filter(action="stats.import.failed", object_id=failed.pk).exists()


def test_an_unknown_area_or_kpi_fails_with_its_name(settings):
    settings.STATS_HTTP_TRANSPORT = "tests.replay.kolada_2026"
    assert "9999" in _run(["N03702"], ["9999"]).reason
    assert "X99999" in _run(["X99999"], ["0180"]).reason
    assert not Observation.objects.exists()


def test_the_import_page_starts_the_work_in_the_worker_and_shows_the_report(settings):
    settings.STATS_HTTP_TRANSPORT = "tests.replay.kolada_2026"
    admin = Client()
    admin.force_login(user_for(OrganizationFactory(), email="admin@example.org", admin=True))
    from actors.models import Area

    areas = Area.objects.filter(kolada_id__in=BIG_CITIES).values_list("pk", flat=True)
    response = admin.post("/statistik/import/kolada/", {"kpi_ids": "n00945", "areas": list(areas), "years": ""})
    run = ImportRun.objects.get()
    assert response.status_code == 302 and response["Location"] == run.get_absolute_url()
    page = admin.get(run.get_absolute_url()).content.decode()
    assert "Klar" in page and "75" in page
    bad = admin.post("/statistik/import/kolada/", {"kpi_ids": "N00945", "areas": list(areas), "years": "tjugo"})
    assert bad.status_code == 200 and "heltal" in bad.content.decode()


def test_only_analysts_coordinators_and_administrators_import():
    reader = Client()
    reader.force_login(user_for(OrganizationFactory(), email="reader@example.org"))
    assert reader.get("/statistik/import/kolada/").status_code == 403
    with pytest.raises(Exception):  # noqa: B017 - PermissionDenied from the service
        services.start_kolada_import(
            actor=user_for(OrganizationFactory(), email="r2@example.org"), kpi_ids=["N00945"], municipality_ids=["0180"]
        )


def test_a_run_whose_worker_was_killed_is_marked_failed_and_the_data_are_as_they_were(settings):
    import datetime

    from django.utils import timezone

    settings.STATS_HTTP_TRANSPORT = "tests.replay.kolada_2026"
    _run(["N03702"], ARBOGA_GROUP, [2021])
    values = dict(Observation.objects.values_list("pk", "value"))
    # A worker that was killed mid-import: its transaction never committed, the run still says "running".
    killed = services.start_kolada_import(
        actor=SYSTEM, kpi_ids=["N03702"], municipality_ids=ARBOGA_GROUP, enqueue=False
    )
    ImportRun.objects.filter(pk=killed.pk).update(started_at=timezone.now() - datetime.timedelta(hours=7))
    assert services.fail_stale_runs() == 1
    killed.refresh_from_db()
    assert killed.status == "failed" and "arbetsprocessen stannade" in killed.reason
    assert dict(Observation.objects.values_list("pk", "value")) == values
    again = services.rerun(killed, actor=SYSTEM)
    again.refresh_from_db()
    assert again.status == "succeeded"


def test_a_run_that_succeeded_is_not_imported_again_when_its_task_comes_back_to_the_queue(settings):
    # A worker killed after the run's commit but before the queue heard of it: the task is run again.
    settings.STATS_HTTP_TRANSPORT = "tests.replay.kolada_2026"
    run = _run(["N03702"], ARBOGA_GROUP, [2021])
    assert run.status == "succeeded", run.reason
    progress = run.progress
    again = services.run_import(run.pk)
    assert (again.status, again.report, again.finished_at) == ("succeeded", run.report, run.finished_at)
    assert ChangeRecord.objects.filter(action="stats.import.succeeded", object_id=run.pk).count() == 1
    progress_now = type(progress).objects.get(pk=progress.pk)
    assert (progress_now.status, progress_now.done, progress_now.finished_at) == (
        "succeeded",
        progress.done,
        progress.finished_at,
    )
