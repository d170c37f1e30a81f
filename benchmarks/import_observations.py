"""Benchmark: import N observations generated in the Kolada v3 data shape, against a bare COPY floor.

    DATABASE_URL=postgres://… uv run python benchmarks/import_observations.py --rows 5000000

It creates its own throw-away tables' rows inside a transaction that is rolled back at the end, so it can
run against any database without leaving data behind. Reports rows per second and peak memory (RSS) of
the import path the product uses (`stats.importers.kolada_rows` → `stats.bulk.write_observations`), and
on PostgreSQL the time of a bare `COPY` of the same rows into the same table (the floor).
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "samverkan.settings")

import django  # noqa: E402

django.setup()

from django.db import connection, transaction  # noqa: E402

from actors.models import Area  # noqa: E402
from benchmarks.results_file import write_results  # noqa: E402
from stats.bulk import COLUMNS, write_observations  # noqa: E402
from stats.importers import KoladaImportReport, kolada_rows  # noqa: E402
from stats.models import ImportRun, Observation, Series  # noqa: E402

GENDERS = ("T", "K", "M")


class Rollback(Exception):
    pass


def kolada_pages(kpi: str, municipalities: list[str], years: range, rng: random.Random):
    """Data values of one KPI in the v3 shape, as the client yields them."""
    for municipality in municipalities:
        for year in years:
            yield {
                "kpi": kpi,
                "municipality": municipality,
                "period": year,
                "values": [
                    {"gender": g, "count": 1, "status": "", "value": round(rng.uniform(0, 1000), 6), "isdeleted": False}
                    for g in GENDERS
                ],
            }


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=5_000_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-write", action="store_true", help="Print only (the CI smoke run).")
    args = parser.parse_args()
    municipalities = dict(Area.objects.filter(kind="municipality").values_list("kolada_id", "pk"))
    if not municipalities:
        sys.exit("Load the territory first: manage.py load_territory")
    munis = sorted(municipalities)
    years = range(1996, 2026)
    per_kpi = len(munis) * len(years) * len(GENDERS)
    n_kpis = max(1, -(-args.rows // per_kpi))
    rng = random.Random(args.seed)
    print(
        f"{connection.vendor}: {n_kpis} KPIs × {len(munis)} municipalities × {len(years)} years × 3 = "
        f"{n_kpis * per_kpi:,} observations"
    )
    results: dict[str, Any] = {}
    try:
        with transaction.atomic():
            run = ImportRun.objects.create(source="kolada", label="benchmark")
            start, rss0 = time.perf_counter(), peak_rss_mb()
            written = 0
            for k in range(n_kpis):
                series = Series.objects.create(source="kolada", external_id=f"BENCH{k:05d}", title=f"Benchmark {k}")
                report = KoladaImportReport()
                rows: list[Any] = [
                    r
                    for kind, r in kolada_rows(
                        kolada_pages(series.external_id, munis, years, rng), municipalities, report
                    )
                    if kind == "row"
                ]
                written += write_observations(series, rows, run).added
            elapsed = time.perf_counter() - start
            results["import"] = {
                "rows": written,
                "seconds": round(elapsed, 1),
                "rows_per_s": round(written / elapsed),
                "peak_rss_mb": round(peak_rss_mb()),
                "rss_at_start_mb": round(rss0),
            }
            print(
                f"import: {written:,} rows in {elapsed:.1f} s = {written / elapsed:,.0f} rows/s; "
                f"peak RSS {peak_rss_mb():.0f} MB (at start {rss0:.0f} MB)"
            )
            if connection.vendor == "postgresql":
                series = Series.objects.create(source="kolada", external_id="BENCHCOPY", title="COPY floor")
                rng = random.Random(args.seed)
                start = time.perf_counter()
                table = Observation._meta.db_table
                n = 0
                with (
                    connection.cursor() as cursor,
                    cursor.cursor.copy(f"COPY {table} ({', '.join(COLUMNS)}) FROM STDIN") as copy,
                ):
                    for k in range(n_kpis):
                        for m in munis:
                            for year in years:
                                for g in GENDERS:
                                    # the floor: distinct keys by period suffix per KPI, same row width
                                    copy.write_row(
                                        (
                                            series.pk,
                                            municipalities[m],
                                            f"{year}-{k}",
                                            year,
                                            g,
                                            round(rng.uniform(0, 1000), 6),
                                            "",
                                            1,
                                            1,
                                            run.pk,
                                        )
                                    )
                                    n += 1
                elapsed = time.perf_counter() - start
                print(f"bare COPY: {n:,} rows in {elapsed:.1f} s = {n / elapsed:,.0f} rows/s")
                results["floor_bare_copy"] = {"rows": n, "seconds": round(elapsed, 1), "rows_per_s": round(n / elapsed)}
            raise Rollback
    except Rollback:
        pass
    if "floor_bare_copy" in results:
        results["share_of_floor"] = round(results["import"]["rows_per_s"] / results["floor_bare_copy"]["rows_per_s"], 2)
    if not args.no_write:
        write_results(f"import-{connection.vendor}", results)


if __name__ == "__main__":
    main()
