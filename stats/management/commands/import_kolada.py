"""Import Kolada KPIs for areas (and years) — in the task worker, or here and now with --now."""

from django.core.management.base import BaseCommand, CommandError

from core.services import SYSTEM
from stats import services
from stats.choices import RunStatus


class Command(BaseCommand):
    help = "Import Kolada KPIs × municipalities (× years) into series and observations."

    def add_arguments(self, parser):
        parser.add_argument("kpis", nargs="+", help="KPI ids, e.g. N00945 N03702")
        parser.add_argument("--areas", required=True, help="Kolada municipality ids, comma-separated (0180,1280)")
        parser.add_argument("--years", default="", help="Years, comma-separated; all years when left out")
        parser.add_argument("--now", action="store_true", help="Run here instead of in the task worker")

    def handle(self, *args, **options):
        try:
            years = [int(y) for y in options["years"].split(",") if y]
        except ValueError as exc:
            raise CommandError("--years takes whole years separated by commas") from exc
        run = services.start_kolada_import(
            actor=SYSTEM,
            kpi_ids=options["kpis"],
            municipality_ids=[a.strip() for a in options["areas"].split(",") if a.strip()],
            years=years,
            enqueue=not options["now"],
        )
        if options["now"]:
            run = services.run_import(run.pk)
        self.stdout.write(f"{run.label}: {run.get_status_display()} {run.reason}".strip())
        if run.report:
            for key, value in run.report.items():
                self.stdout.write(f"  {key}: {value}")
        if run.status == RunStatus.FAILED:  # cron and scripts see it by the exit status
            raise CommandError(f"{run.label}: {run.get_status_display()}. {run.reason}".strip())
