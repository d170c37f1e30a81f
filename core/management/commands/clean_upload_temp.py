"""manage.py clean_upload_temp: remove the temporary files of uploads cut off when a web process was killed
(see `core.workers.remove_stale_upload_files`); `manage.py worker` runs it by itself."""

from typing import Any

from django.core.management.base import BaseCommand

from core.workers import remove_stale_upload_files


class Command(BaseCommand):
    help = "Remove temporary upload files left behind by killed web processes."

    def handle(self, *args: Any, **options: Any) -> None:
        removed = remove_stale_upload_files()
        self.stdout.write(f"{removed} temporary upload file(s) removed.")
