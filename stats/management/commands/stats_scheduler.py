"""The schedule of statistics: every few hours, refresh Kolada's catalogue and every followed series.

Runs beside the task worker (`make run` starts it); it only enqueues tasks, the worker does the work.
`--once` enqueues one round and exits (for cron).
"""

import time

from django.conf import settings
from django.core.management.base import BaseCommand

from stats import services
from stats.tasks import refresh_catalogue_task, refresh_followed_task


class Command(BaseCommand):
    help = "Enqueue the scheduled refresh of the Kolada catalogue and of followed series."

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="Enqueue one round and exit")

    def handle(self, *args, **options):
        hours = float(getattr(settings, "STATS_REFRESH_HOURS", 24))
        while True:
            services.fail_stale_runs()
            refresh_catalogue_task.enqueue()
            refresh_followed_task.enqueue()
            self.stdout.write(f"Statistics refresh enqueued; next in {hours:g} h.")
            if options["once"]:
                return
            time.sleep(hours * 3600)
