"""The schedule of leading: every hour, enqueue the reminder e-mails about assignments.

Runs beside the task worker (`bin/run` starts it); it only enqueues the task, the worker sends the
e-mails. The task is idempotent, so a round enqueued twice sends nothing twice. `--once` enqueues one
round and exits (for cron)."""

import time

from django.conf import settings
from django.core.management.base import BaseCommand

from lead.tasks.reminders import send_reminders_task


class Command(BaseCommand):
    help = "Enqueue the reminder e-mails about assignments every hour."

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="Enqueue one round and exit")

    def handle(self, *args, **options):
        hours = float(getattr(settings, "LEAD_REMINDER_HOURS", 1))
        while True:
            send_reminders_task.enqueue()
            self.stdout.write(f"Assignment reminders enqueued; next in {hours:g} h.")
            if options["once"]:
                return
            time.sleep(hours * 3600)
