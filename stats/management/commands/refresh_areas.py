from django.core.management.base import BaseCommand

from core.progress import create_progress
from stats.tasks import refresh_areas_from_kolada, run_area_refresh


class Command(BaseCommand):
    help = "Refresh the areas from the Kolada API (/v3/municipality) as a background task."

    def add_arguments(self, parser):
        parser.add_argument("--now", action="store_true", help="Run here instead of in the task worker.")

    def handle(self, *args, **options):
        progress = create_progress("actors.refresh_areas", "Uppdatera områden från Kolada")
        if options["now"]:
            summary = run_area_refresh(progress.pk)
            self.stdout.write(str(summary))
            return
        result = refresh_areas_from_kolada.enqueue(progress.pk)
        progress.task_result_id = str(result.id)
        progress.save(update_fields=["task_result_id"])
        self.stdout.write(f"Enqueued task {result.id}; progress at /jobb/{progress.pk}/")
