"""Query counts: a page makes the same number of queries for 1 and for 3 items, and that number is the one
kept in `tests/query_counts.json` (per database), so that 17 → 30 queries at every size is caught too.

When a change of the count is intended, rewrite the baseline with `make query-counts` (which runs the
counting tests with UPDATE_QUERY_COUNTS=1 on the configured database) and commit the file with the change.
"""

import fcntl
import json
import os
from contextlib import contextmanager
from pathlib import Path

from django.db import connection
from django.test.utils import CaptureQueriesContext

BASELINE = Path(__file__).with_name("query_counts.json")
UPDATE = os.environ.get("UPDATE_QUERY_COUNTS") == "1"


def queries_for(client, url: str, **headers) -> tuple[int, int, str]:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url, **headers)
    sql = "\n".join(f"{i + 1}. {q['sql'][:300]}" for i, q in enumerate(ctx.captured_queries))
    return len(ctx.captured_queries), response.status_code, sql


def current_test() -> str:
    """The running test's id, as pytest names it (`tests/…/test_x.py::test_y[param]`)."""
    return os.environ["PYTEST_CURRENT_TEST"].rsplit(" (", 1)[0]


def read_baseline() -> dict[str, dict[str, int]]:
    return json.loads(BASELINE.read_text(encoding="utf-8")) if BASELINE.exists() else {}


@contextmanager
def _locked():
    """Test processes run side by side (pytest-xdist): one of them rewrites the file at a time."""
    with open(BASELINE.with_suffix(".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def check_baseline(count: int, sql: str = "") -> None:
    """The count equals the running test's baseline on this database (or, when updating, becomes it)."""
    key, vendor = current_test(), connection.vendor
    if UPDATE:
        with _locked():
            baseline = read_baseline()
            baseline.setdefault(vendor, {})[key] = count
            baseline[vendor] = dict(sorted(baseline[vendor].items()))
            BASELINE.write_text(json.dumps(baseline, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        return
    expected = read_baseline().get(vendor, {}).get(key)
    assert expected is not None, f"{key}: no query count kept for {vendor}; run `make query-counts` and commit"
    assert count == expected, (
        f"{key}: {count} queries, {expected} kept in tests/query_counts.json for {vendor}. If the change is "
        f"intended, run `make query-counts` and commit the file.\n{sql}"
    )


def assert_bounded(world, url_of, page: str) -> None:
    """Build `world(n)` for 1 and for 3 items (each in a rolled-back transaction), log in as the
    user it returns, and assert that `url_of(objects)` answers 200 with the same number of queries,
    the number kept for the test."""
    from django.core.cache import cache
    from django.db import transaction
    from rest_framework.test import APIClient

    counts = []
    for n in (1, 3):
        with transaction.atomic():  # each round starts from the same empty slate
            user, objects = world(n)
            client = APIClient()
            client.force_login(user)
            client.get(url_of(objects))  # fills what a running process keeps for good (content types, …)
            cache.clear()  # but not the page's cached parts: the cold path is what is bounded
            count, status, sql = queries_for(client, url_of(objects))
            transaction.set_rollback(True)
        assert status == 200, page
        counts.append((count, sql))
    (one, sql_one), (three, sql_three) = counts
    assert one == three, f"{page}: {one} queries for 1 item, {three} for 3\n--- 1:\n{sql_one}\n--- 3:\n{sql_three}"
    check_baseline(one, sql_one)
