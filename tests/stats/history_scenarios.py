"""How to call each statistics service once, for the history test (tests/core/test_history.py)."""

import json
from datetime import timedelta

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.utils import timezone

from core.services import SYSTEM
from stats import services
from stats.models import ImportRun
from tests.replay import FIXTURES

FILE = "series;title;unit;area;period;gender;value\nBRO-etab;Nya etableringar;antal;1880;2024;T;12\n"


def _kpis():
    """Kolada's catalogue entries of N00945, N01951 and N03702, as recorded."""
    return json.loads((FIXTURES / "kolada" / "kpis_subset.json").read_text(encoding="utf-8"))["values"]


def _file_run(enqueue=False):
    return services.start_file_import(
        actor=SYSTEM, upload=SimpleUploadedFile("etableringar.csv", FILE.encode()), enqueue=enqueue
    )


def _followed():
    services.update_catalogue(_kpis(), actor=SYSTEM)
    return services.follow_kolada_series(actor=SYSTEM, kpi_id="N03702", municipality_ids=["1885"], enqueue=False)


def _refresh_followed():
    _followed()
    with override_settings(STATS_HTTP_TRANSPORT="tests.replay.kolada_2026"):
        return services.refresh_followed()


def _stale_run():
    run = _file_run()
    ImportRun.objects.filter(pk=run.pk).update(started_at=timezone.now() - timedelta(hours=7))
    return services.fail_stale_runs()


def _refresh_catalogue():
    with override_settings(STATS_HTTP_TRANSPORT="tests.stats.kolada_catalogue.as_recorded"):
        return services.refresh_catalogue()


STATS_SCENARIOS = {
    "start_kolada_import": lambda: services.start_kolada_import(
        actor=SYSTEM, kpi_ids=["N00945"], municipality_ids=["0180"], enqueue=False
    ),
    "start_scb_import": lambda: services.start_scb_import(
        actor=SYSTEM, table_id="TAB6471", selection={"Region": ["00"], "Tid": ["2026M01"]}, enqueue=False
    ),
    "start_file_import": _file_run,
    "run_import": lambda: services.run_import(_file_run().pk),
    "rerun": lambda: services.rerun(_file_run(), actor=SYSTEM),
    "follow_kolada_series": _followed,
    "refresh_followed": _refresh_followed,
    "fail_stale_runs": _stale_run,
    "update_catalogue": lambda: services.update_catalogue(_kpis(), actor=SYSTEM),
    "load_catalogue_snapshot": lambda: services.load_catalogue_snapshot(actor=SYSTEM),
    "refresh_catalogue": _refresh_catalogue,
}
