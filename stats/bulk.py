"""Writing observations at bulk speed: one series at a time, with what changed counted and revisions kept.

PostgreSQL: new rows and changed rows go through COPY (psycopg 3), changed rows into a temporary table
and then one UPDATE … FROM. SQLite: multi-row inserts and executemany updates in large batches. Either
way the caller's transaction makes a run all-or-nothing.

None of these writes sends a signal, so the writer moves the statistics' change counter itself, in its
own transaction (a savepoint in the caller's): the rows and the counter commit together or not at all,
whoever calls it (an import, the demo, the scale data), and a process killed at any moment never leaves
a cached status computed from other values than those stored (`core.generations`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db import connection, transaction
from django.db.models import F

from actors.models import Area
from core import generations
from stats.models import ImportRun, Observation, ObservationRevision, Series

BATCH = 5000


@dataclass(frozen=True)
class Row:
    area_id: int
    period: str
    year: int
    gender: str
    value: float | None
    status: str = ""
    count: int = 1


@dataclass
class WriteReport:
    added: int = 0
    filled: int = 0  # a value where the source had none before
    revised: int = 0  # the source changed a value it had published
    unchanged: int = 0
    removed: int = 0
    revised_keys: list[str] = field(default_factory=list)

    def merge(self, other: WriteReport) -> None:
        self.added += other.added
        self.filled += other.filled
        self.revised += other.revised
        self.unchanged += other.unchanged
        self.removed += other.removed
        self.revised_keys.extend(other.revised_keys[: max(0, 50 - len(self.revised_keys))])

    def as_dict(self) -> dict[str, int | list[str]]:
        return {
            "nya": self.added,
            "ifyllda": self.filled,
            "reviderade": self.revised,
            "oförändrade": self.unchanged,
            "borttagna": self.removed,
            "exempel på reviderade": self.revised_keys,
        }


def write_observations(
    series: Series, rows: Iterable[Row], run: ImportRun, *, removed: Iterable[tuple] = ()
) -> WriteReport:
    """Insert new observations, update changed ones (recording revisions), count the rest, and move the
    statistics' change counter when it wrote a row; all in one transaction (within the caller's, which
    makes a run of several series all-or-nothing). `removed` names keys (area_id, period, gender) that the
    source has deleted.
    """
    with transaction.atomic():
        report, wrote = _write(series, rows, run, removed)
        if wrote:
            generations.bump_model(Observation)
    return report


def _write(series: Series, rows: Iterable[Row], run: ImportRun, removed: Iterable[tuple]) -> tuple[WriteReport, bool]:
    """The writes, and whether any row was written (a status or count alone may have changed)."""
    existing: dict[tuple[int, str, str], tuple[int, float | None, str, int, int]] = {
        (a, p, g): (pk, v, s, c, r)
        for pk, a, p, g, v, s, c, r in Observation.objects.filter(series=series)
        .values_list("pk", "area_id", "period", "gender", "value", "status", "count", "revision")
        .iterator(chunk_size=BATCH)
    }
    report = WriteReport()
    new: dict[tuple[int, str, str], Row] = {}
    changed: list[tuple[int, Row, int]] = []
    revisions: list[ObservationRevision] = []
    revised_examples: list[Row] = []
    for row in rows:
        key = (row.area_id, row.period, row.gender)
        if key not in existing:
            new[key] = row  # a later row for the same key wins
            continue
        pk, value, status, count, revision = existing[key]
        if value == row.value and status == row.status and count == row.count:
            report.unchanged += 1
            continue
        if value is None and row.value is not None:
            report.filled += 1
        elif value != row.value:
            report.revised += 1
            revision += 1
            revisions.append(ObservationRevision(observation_id=pk, old_value=value, new_value=row.value, run=run))
            if len(revised_examples) < 50:
                revised_examples.append(row)
        else:
            report.unchanged += 1  # only the status or count changed
        changed.append((pk, row, revision))
    report.revised_keys = _named(series, revised_examples)
    report.added = len(new)
    _insert(series, list(new.values()), run)
    _update(changed, run)
    ObservationRevision.objects.bulk_create(revisions, batch_size=BATCH)
    gone = [existing[k][0] for k in removed if k in existing]
    if gone:
        report.removed = Observation.objects.filter(pk__in=gone).delete()[1].get("stats.Observation", 0)
    if report.added or report.removed:  # a counter kept with the rows, so no page counts 5 million rows
        Series.objects.filter(pk=series.pk).update(
            observation_count=F("observation_count") + report.added - report.removed
        )
    return report, bool(new or changed or gone)


def _named(series: Series, rows: list[Row]) -> list[str]:
    """Rows as a reader of the report knows them: "N03702 0562 Finspång 2021 T", the area by its
    official code and name (never by its database id)."""
    if not rows:
        return []
    wanted = Area.objects.filter(pk__in={r.area_id for r in rows})
    areas = {pk: f"{code} {name}" for pk, code, name in wanted.values_list("pk", "scb_code", "name")}
    return [f"{series.external_id} {areas[r.area_id]} {r.period} {r.gender}" for r in rows]


COLUMNS = ("series_id", "area_id", "period", "year", "gender", "value", "status", "count", "revision", "run_id")


def _insert(series: Series, rows: list[Row], run: ImportRun) -> None:
    if not rows:
        return
    values = ((series.pk, r.area_id, r.period, r.year, r.gender, r.value, r.status, r.count, 1, run.pk) for r in rows)
    table = Observation._meta.db_table
    if connection.vendor == "postgresql":
        with (
            connection.cursor() as cursor,
            cursor.cursor.copy(f"COPY {table} ({', '.join(COLUMNS)}) FROM STDIN") as copy,
        ):
            for value in values:
                copy.write_row(value)
        return
    placeholders = ", ".join(["%s"] * len(COLUMNS))
    sql = f"INSERT INTO {table} ({', '.join(COLUMNS)}) VALUES ({placeholders})"
    with connection.cursor() as cursor:
        batch: list[tuple] = []
        for value in values:
            batch.append(value)
            if len(batch) == BATCH:
                cursor.executemany(sql, batch)
                batch = []
        if batch:
            cursor.executemany(sql, batch)


def _update(changed: list[tuple[int, Row, int]], run: ImportRun) -> None:
    if not changed:
        return
    table = Observation._meta.db_table
    values = [(pk, r.value, r.status, r.count, revision, run.pk) for pk, r, revision in changed]
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "CREATE TEMP TABLE stats_observation_changes (id bigint, value double precision, status varchar(20), "
                "count integer, revision integer, run_id bigint) ON COMMIT DROP"
            )
            with cursor.cursor.copy("COPY stats_observation_changes FROM STDIN") as copy:
                for value in values:
                    copy.write_row(value)
            cursor.execute(
                f"UPDATE {table} o SET value = c.value, status = c.status, count = c.count, revision = c.revision, "
                "run_id = c.run_id FROM stats_observation_changes c WHERE o.id = c.id"
            )
            cursor.execute("DROP TABLE stats_observation_changes")
            return
        sql = f"UPDATE {table} SET value = %s, status = %s, count = %s, revision = %s, run_id = %s WHERE id = %s"
        for start in range(0, len(values), BATCH):
            cursor.executemany(
                sql, [(v, s, c, rev, run_id, pk) for pk, v, s, c, rev, run_id in values[start : start + BATCH]]
            )
