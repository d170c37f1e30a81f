"""Two task workers against one PostgreSQL: no task runs twice, and none is lost when one worker is killed.

The workers are real processes (`manage.py worker`) on the test database; the test kills one of them in the
middle of a task, and the other puts that task back in the queue and runs it.
"""

import os
import signal
from collections import Counter

import pytest
from django.db import connection
from django_tasks_db.compat import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from core.workers import worker_id
from tests.worker_tasks import record_completion
from tests.workers import start_worker, stop, wait_until

TASKS = 16

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.real_clock,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="workers in other processes need a server database"),
]


def test_no_task_runs_twice_and_none_is_lost_when_a_worker_is_killed(tmp_path, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}  # queued, not run here
    done = tmp_path / "done"
    done.mkdir()
    for n in range(TASKS):
        record_completion.enqueue(n, str(done), 0.4)
    first, second = start_worker(tmp_path), start_worker(tmp_path)
    try:
        # Kill the first worker while it is in the middle of one of its tasks.
        killed_id = worker_id(first.pid)
        wait_until(
            lambda: DBTaskResult.objects.filter(
                status=TaskResultStatus.RUNNING, worker_ids__contains=[killed_id]
            ).exists()
        )
        interrupted = DBTaskResult.objects.get(status=TaskResultStatus.RUNNING, worker_ids__contains=[killed_id])
        first.send_signal(signal.SIGKILL)
        first.wait()

        wait_until(lambda: DBTaskResult.objects.filter(status=TaskResultStatus.SUCCESSFUL).count() == TASKS)
    finally:
        stop(first, second)

    completions = Counter(int(name.split("-")[0]) for name in os.listdir(done))
    assert sorted(completions) == list(range(TASKS))  # none lost …
    assert set(completions.values()) == {1}  # … and none completed twice
    interrupted.refresh_from_db()
    assert interrupted.status == TaskResultStatus.SUCCESSFUL
    assert interrupted.worker_ids[0] == killed_id and len(interrupted.worker_ids) == 2  # taken over by the other
