"""`manage.py forget_cached_pages`: after a database was restored by other means than `manage.py restore`
(its change counters went back) or written to by hand: a new cache epoch, so that no page part or API list
cached before is shown again by any process."""

from typing import Any

from django.core.management.base import BaseCommand

from core.generations import forget_cached_pages


class Command(BaseCommand):
    help = "Give every cache key a new epoch (after a restore by hand or a write outside the services)."

    def handle(self, *args: Any, **options: Any) -> None:
        forget_cached_pages()
        self.stdout.write("Cached page parts and API lists are forgotten.")
