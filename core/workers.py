"""Task workers on any number of hosts: a worker's id names its host and process, so that a task whose
worker was killed can be put back in the queue instead of staying "running" for ever.

Workers claim tasks with `SELECT … FOR UPDATE SKIP LOCKED` (django-tasks-db), so no task is claimed twice.
A worker that is killed mid-task leaves its task claimed; `recover_abandoned_tasks` (run by every worker
when it starts and then every `TASK_RECOVERY_SECONDS`) returns such a task to the queue when its worker's
process is gone (same host) or when it has run longer than `TASK_STALE_HOURS` (another host). The product's
tasks are all-or-nothing (an import commits once, at the end, together with its outcome), so running a
returned task again is safe.

`pause_point(name)` marks a moment at which a test may kill a worker (e.g. "import-commit", right before an
import's one commit): with `SAMVERKAN_PAUSE_AT=<name>` in the environment the process says "paused at <name>"
on stderr and waits there (up to `SAMVERKAN_PAUSE_SECONDS`, default 600, then goes on). Never set it in
production; unset, a pause point costs one look-up in the environment.
"""

from __future__ import annotations

import datetime
import logging
import os
import socket
import sys
import time
from typing import Any

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django_tasks_db.compat import TaskResultStatus
from django_tasks_db.models import DBTaskResult

logger = logging.getLogger(__name__)
PAUSE_AT = "SAMVERKAN_PAUSE_AT"


def pause_point(name: str) -> None:
    """Wait here if the environment asks to (tests that kill a process at a known moment; see above)."""
    if os.environ.get(PAUSE_AT) != name:
        return
    sys.stderr.write(f"paused at {name}\n")
    sys.stderr.flush()
    time.sleep(float(os.environ.get("SAMVERKAN_PAUSE_SECONDS", 600)))


def host_name() -> str:
    return socket.gethostname()[:40]


def worker_id(pid: int | None = None) -> str:
    """ "<host>:<pid>", within django-tasks-db's 64 characters."""
    return f"{host_name()}:{pid or os.getpid()}"


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # it exists, under another user
        return True
    return True


def _abandoned(result: DBTaskResult[Any, Any], host: str, stale_before: datetime.datetime) -> bool:
    last = (result.worker_ids or [""])[-1]
    name, _sep, pid = last.rpartition(":")
    if name == host and pid.isdigit():
        return not _process_alive(int(pid))
    return result.started_at is not None and result.started_at < stale_before


def recover_abandoned_tasks() -> int:
    """Put back in the queue the running tasks whose worker is gone; returns how many."""
    host = host_name()
    stale_before = timezone.now() - datetime.timedelta(hours=float(getattr(settings, "TASK_STALE_HOURS", 6)))
    recovered = 0
    with transaction.atomic():
        running = DBTaskResult.objects.filter(status=TaskResultStatus.RUNNING).select_for_update(skip_locked=True)
        for result in running:
            if _abandoned(result, host, stale_before):
                result.status = TaskResultStatus.READY
                result.started_at = None
                result.save(update_fields=["status", "started_at"])
                recovered += 1
    return recovered


def remove_stale_upload_files(now: float | None = None) -> int:
    """Remove the temporary files of uploads that no request is writing or reading any more: the files in
    FILE_UPLOAD_TEMP_DIR (a directory of their own) not modified for UPLOAD_TEMP_MAX_AGE_HOURS. A request
    moves its upload to the storage and Django deletes the file when it ends; one that is left was cut off
    (the web process was killed). Returns how many were removed."""
    directory = settings.FILE_UPLOAD_TEMP_DIR
    if not directory or not os.path.isdir(directory):
        return 0
    cutoff = (time.time() if now is None else now) - float(settings.UPLOAD_TEMP_MAX_AGE_HOURS) * 3600
    removed = 0
    with os.scandir(directory) as entries:
        for entry in entries:
            try:
                if entry.is_file(follow_symlinks=False) and entry.stat(follow_symlinks=False).st_mtime < cutoff:
                    os.unlink(entry.path)
                    removed += 1
            except FileNotFoundError:  # removed meanwhile (its request ended, or another worker)
                continue
            except OSError as error:  # not ours to remove: say so, and go on with the others
                logger.warning("Could not remove the temporary upload file %s: %s", entry.path, error)
    return removed
