"""The statistics of the demo: a small snapshot of real Kolada series for the examples' municipalities,
shipped with the project (`stats/data/`), so that `make run` needs no network. Loaded by `seed_demo`.

Sources (see `stats/data/README.md`): N01951 for 2025; N03702 2012–2023 for Karlshamn, Sölvesborg and
Lindesberg as Kolada publishes it now, and 2012–2021 for Karlskoga (1883) as Kolada published it on
2024-04-06 (`tests/fixtures/kolada/snapshot-2024-04-06/N03702.json`; the newer recording does not
cover Karlskoga). Only real values; the steering demo's invented values live in `steer.demo`."""

from __future__ import annotations

import json
from pathlib import Path

from django.db import transaction
from django.utils import timezone

from actors.models import Area
from stats.bulk import Row, write_observations
from stats.choices import SourceKind
from stats.files import read_rows
from stats.importers import series_from_kolada
from stats.models import CatalogueEntry, ImportRun, Series
from stats.services import load_catalogue_snapshot

DATA = Path(__file__).resolve().parent / "data"
LABEL = "Demo: ögonblicksbild från Kolada (N01951 2025, N03702 2012–2023), levererad med Samverkan"


def load(orgs=None, people=None) -> int:
    """Load the snapshot unless its series are there already; returns how many series were loaded."""
    if not CatalogueEntry.objects.exists():
        load_catalogue_snapshot()  # Kolada's KPI catalogue, so that search works offline
    catalogue = json.loads((DATA / "demo_kpis.json").read_text(encoding="utf-8"))["values"]
    if Series.objects.filter(source=SourceKind.KOLADA, external_id__in=[k["id"] for k in catalogue]).exists():
        return 0
    areas = dict(Area.objects.values_list("scb_code", "pk"))
    rows, errors, _warnings = read_rows("demo_snapshot.csv", (DATA / "demo_snapshot.csv").read_bytes(), set(areas))
    if errors:
        raise ValueError("; ".join(errors))
    with transaction.atomic():
        run = ImportRun.objects.create(
            source=SourceKind.KOLADA, label=LABEL, status="succeeded", finished_at=timezone.now(), request={}
        )
        for kpi in catalogue:
            series = Series.objects.create(
                source=SourceKind.KOLADA, external_id=kpi["id"], imported_at=timezone.now(), **series_from_kolada(kpi)
            )
            write_observations(
                series,
                [
                    Row(areas[r.area], r.period, r.year, r.gender, r.value, "", 1 if r.value is not None else 0)
                    for r in rows
                    if r.series == kpi["id"]
                ],
                run,
            )
    return len(catalogue)
