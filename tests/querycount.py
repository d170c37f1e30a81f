"""Bounded query counts: a page makes the same number of queries for 1 and for 3 items."""

from django.db import connection
from django.test.utils import CaptureQueriesContext


def queries_for(client, url: str, **headers) -> tuple[int, int, str]:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url, **headers)
    sql = "\n".join(f"{i + 1}. {q['sql'][:300]}" for i, q in enumerate(ctx.captured_queries))
    return len(ctx.captured_queries), response.status_code, sql
