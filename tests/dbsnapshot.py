"""A database snapshot: rows taken once per test session and put back for each test that asks for them.

Loading the demo through its services takes seconds; putting its rows back takes a small part of that.
A snapshot is taken in a transaction that is rolled back, so the test database is left as it was. It
holds, for every table the build changed, the table's whole content afterwards; `restore` deletes what
such a table holds and inserts the snapshot's rows, in one transaction (a savepoint inside a test's own
transaction). Foreign keys are checked at commit on both databases (Django declares them deferrable),
so the order of tables does not matter, and a rolled-back test leaves nothing behind.

`full=True` takes every table that holds rows after the build, for tests whose database is emptied
after each test (browser tests with a live server): their restore also brings back what migrations
and the territory put there.
"""

from __future__ import annotations

import datetime
import socket
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass

from django.db import connection, transaction

Rows = list[tuple]


def _tables() -> list[str]:
    return sorted(connection.introspection.django_table_names(only_existing=True, include_views=False))


def _read(table: str) -> tuple[list[str], Rows]:
    quoted = connection.ops.quote_name(table)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT * FROM {quoted}")  # noqa: S608 (a table name from the introspection)
        columns = [c[0] for c in cursor.description]
        rows = cursor.fetchall()
    if connection.vendor == "sqlite":  # SQLite's driver reads a time (Django's converter) but cannot write one
        rows = [tuple(v.isoformat() if isinstance(v, datetime.time) else v for v in row) for row in rows]
    return columns, sorted(rows, key=repr)


def _forget_content_types() -> None:
    """Content types are cached by id: after a restore, the ids are the snapshot's."""
    from django.contrib.contenttypes.models import ContentType

    ContentType.objects.clear_cache()


@contextmanager
def offline():
    """The web refused while a snapshot is built (database and cache stay reachable)."""
    connect = socket.socket.connect

    def no_web(sock, address):
        if isinstance(address, tuple) and len(address) >= 2 and address[1] in (80, 443):
            raise AssertionError(f"building the snapshot tried to reach the web: {address}")
        return connect(sock, address)

    socket.socket.connect = no_web
    try:
        yield
    finally:
        socket.socket.connect = connect


@dataclass
class Snapshot:
    tables: dict[str, tuple[list[str], Rows]]

    @classmethod
    def take(cls, build: Callable[[], object], *, full: bool = False) -> Snapshot:
        changed, whole = cls.take_both(build)
        return whole if full else changed

    @classmethod
    def take_both(cls, build: Callable[[], object]) -> tuple[Snapshot, Snapshot]:
        """One build, two snapshots: the tables it changed, and every table that holds rows after it."""
        with transaction.atomic():
            before = {table: _read(table) for table in _tables()}
            with offline():
                build()
            after = {table: _read(table) for table in _tables()}
            transaction.set_rollback(True)
        _forget_content_types()
        changed = {table: content for table, content in after.items() if content != before.get(table)}
        return cls(changed), cls({table: content for table, content in after.items() if content[1]})

    def restore(self) -> None:
        with transaction.atomic(), connection.cursor() as cursor:
            for table, (columns, rows) in self.tables.items():
                quoted = connection.ops.quote_name(table)
                cursor.execute(f"DELETE FROM {quoted}")  # noqa: S608
                if rows:
                    names = ", ".join(connection.ops.quote_name(c) for c in columns)
                    marks = ", ".join(["%s"] * len(columns))
                    cursor.executemany(f"INSERT INTO {quoted} ({names}) VALUES ({marks})", rows)  # noqa: S608
            if connection.vendor == "postgresql":
                self._reset_sequences(cursor)
        _forget_content_types()

    def _reset_sequences(self, cursor) -> None:
        """Ids were written as they were: the next id given out must come after them."""
        from django.apps import apps
        from django.core.management.color import no_style

        models = [m for m in apps.get_models(include_auto_created=True) if m._meta.db_table in self.tables]
        for statement in connection.ops.sequence_reset_sql(no_style(), models):
            cursor.execute(statement)
