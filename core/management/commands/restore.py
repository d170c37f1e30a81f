"""`manage.py restore <folder>`: put the database and the media files back as they were in a backup made
by `manage.py backup`, with a new cache epoch so that no page cached before is shown (see `core.backups`).
Stop the task workers and the statistics scheduler first."""

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from core.backups import BackupError, read_manifest, restore


class Command(BaseCommand):
    help = "Replace the database and the uploaded files by those of a backup made by `manage.py backup`."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("folder", type=Path)
        parser.add_argument("--no-input", "--noinput", action="store_false", dest="interactive")

    def handle(self, *args: Any, folder: Path, interactive: bool, **options: Any) -> None:
        try:
            manifest = read_manifest(folder)
            if interactive:
                answer = input(
                    f"Everything written since {manifest['created_at']} will be replaced by the backup in {folder}. "
                    "Type 'yes' to go on: "
                )
                if answer != "yes":
                    raise CommandError("Nothing was restored.")
            report = restore(folder)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(f"Restored the backup of {report.created_at} ({report.media_files} media file(s)).")
        if report.kept_media:
            self.stdout.write(f"The media files as they were are kept in {report.kept_media}.")
        if report.missing_migrations:
            self.stdout.write(
                f"The backup predates {len(report.missing_migrations)} migration(s): run manage.py migrate."
            )
