"""A worker killed at an import's commit: the run's status and its data always agree.

A real worker (`manage.py worker`) on the test's PostgreSQL database is stopped right before the import's one
commit (`SAMVERKAN_PAUSE_AT=import-commit`, see `core.workers.pause_point`) and killed there; another worker
then takes the run up again.
"""

import signal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db import connection

from actors.models import Area
from core import generations
from core.models import ChangeRecord
from core.services import SYSTEM
from stats import services
from stats.models import ImportRun, Observation, Series
from tests.workers import start_worker, stop, wait_until

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.real_clock,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="workers in other processes need a server database"),
]

SERIES = "Nyföretagande-test"
YEARS = range(2000, 2024)


def _file(codes: list[str]) -> bytes:
    lines = ["series;title;unit;area;period;gender;value"]
    lines += [f"{SERIES};Nya företag per 1000 invånare;antal;{c};{y};T;{y - 1990},5" for c in codes for y in YEARS]
    return "\n".join(lines).encode()


def _state(run: ImportRun) -> tuple[str, str, int, int]:
    run.refresh_from_db()
    run.progress.refresh_from_db()
    succeeded = ChangeRecord.objects.filter(action="stats.import.succeeded", object_id=run.pk).count()
    return run.status, run.progress.status, succeeded, Observation.objects.filter(series__external_id=SERIES).count()


def test_a_worker_killed_at_the_imports_commit_saves_nothing_says_so_and_another_worker_imports_it(tmp_path, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}  # queued, not run here
    if not Area.objects.exists():  # an earlier test with its own transactions emptied the database
        call_command("load_territory", verbosity=0)
    codes = list(Area.objects.filter(kind="municipality").order_by("scb_code").values_list("scb_code", flat=True)[:50])
    run = services.start_file_import(actor=SYSTEM, upload=SimpleUploadedFile("nyforetagande.csv", _file(codes)))
    counters = [generations.PLATFORM, generations.STATISTICS]
    before = generations.current(counters)
    log = tmp_path / "first-worker.log"
    with log.open("wb") as stderr:
        first = start_worker(tmp_path, stderr, MEDIA_ROOT=settings.MEDIA_ROOT, SAMVERKAN_PAUSE_AT="import-commit")
    second = None
    try:
        wait_until(lambda: b"paused at import-commit" in log.read_bytes())
        # Everything is written, nothing committed. The worker holds the run: it is not marked failed meanwhile.
        assert services.fail_stale_runs(older_than_hours=0) == 0
        first.send_signal(signal.SIGKILL)
        first.wait()

        assert _state(run) == ("running", "running", 0, 0)  # not succeeded, and nothing saved
        assert not Series.objects.filter(external_id=SERIES).exists()
        # Nothing cached moved: the bulk writer's counter went with the rows it wrote, uncommitted.
        assert generations.current(counters) == before

        second = start_worker(tmp_path, MEDIA_ROOT=settings.MEDIA_ROOT)  # takes the run up again
        wait_until(lambda: ImportRun.objects.get(pk=run.pk).status != "running")
    finally:
        stop(first, *filter(None, [second]))

    assert _state(run) == ("succeeded", "succeeded", 1, 50 * len(YEARS))
    assert run.report["nya"] == 50 * len(YEARS) and run.reason == ""
    assert Series.objects.get(external_id=SERIES).observation_count == 50 * len(YEARS)
    after = generations.current(counters)
    assert all(after[name] > before[name] for name in counters)
