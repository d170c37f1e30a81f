"""`manage.py backup <folder>`: the database (pg_dump, or SQLite's online backup) and the media files,
into a new or empty folder (see `core.backups`). Safe while the platform runs."""

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from core.backups import BackupError, backup


class Command(BaseCommand):
    help = "Back up the database and the uploaded files into a new or empty folder."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("folder", type=Path)

    def handle(self, *args: Any, folder: Path, **options: Any) -> None:
        try:
            manifest = backup(folder)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(
            f"Backup of the {manifest['database']} database and {manifest['media_files']} media file(s) "
            f"written to {folder} ({manifest['created_at']})."
        )
