"""Bounded query counts: a page makes the same number of queries for 1 and for 3 items."""

from django.db import connection
from django.test.utils import CaptureQueriesContext


def queries_for(client, url: str, **headers) -> tuple[int, int, str]:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url, **headers)
    sql = "\n".join(f"{i + 1}. {q['sql'][:300]}" for i, q in enumerate(ctx.captured_queries))
    return len(ctx.captured_queries), response.status_code, sql


def assert_bounded(world, url_of, page: str) -> None:
    """Build `world(n)` for 1 and for 3 items (each in a rolled-back transaction), log in as the
    user it returns, and assert that `url_of(objects)` answers 200 with the same number of queries."""
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
