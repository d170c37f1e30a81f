from django.core.management.base import BaseCommand

from actors import services
from actors.territory import area_rows_from_file, population_rows_from_files
from core.services import SYSTEM


class Command(BaseCommand):
    help = "Load the 290 municipalities, 21 regions and the nation, with population, from the shipped files."

    def handle(self, *args, **options):
        report = services.upsert_areas(area_rows_from_file(), actor=SYSTEM, reason="Inläsning av territoriet")
        written = services.set_populations(population_rows_from_files(), actor=SYSTEM, reason="Inläsning av folkmängd")
        self.stdout.write(
            f"Areas: {report.created} created, {report.updated} updated, {report.unchanged} unchanged; "
            f"population figures written: {written}"
        )
