"""manage.py worker: a task worker (django-tasks-db's `db_worker`) whose id names its host and process,
and which returns to the queue the tasks of workers that were killed (see `core.workers`) and removes the
temporary files of uploads cut off by a killed web process."""

import threading
from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser
from django.db import connection

from core.workers import recover_abandoned_tasks, remove_stale_upload_files, worker_id


class Command(BaseCommand):
    help = "Run a task worker that also recovers the tasks of killed workers."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--interval", type=float, default=1, help="Seconds between looks for a task.")

    def handle(self, *args: Any, interval: float, **options: Any) -> None:
        recovered = recover_abandoned_tasks()
        if recovered:
            self.stdout.write(f"{recovered} task(s) of stopped workers returned to the queue.")
        remove_stale_upload_files()
        stop = threading.Event()
        sweeper = threading.Thread(target=self._sweep, args=(stop,), daemon=True)
        sweeper.start()
        try:
            call_command("db_worker", queue_name="*", worker_id=worker_id(), interval=interval, startup_delay=False)
        finally:
            stop.set()

    def _sweep(self, stop: threading.Event) -> None:
        seconds = float(getattr(settings, "TASK_RECOVERY_SECONDS", 30))
        while not stop.wait(seconds):
            try:
                recover_abandoned_tasks()
                remove_stale_upload_files()
            finally:
                connection.close()  # this thread's own connection
