"""`manage.py forget_cached_pages`: after a database was restored from a backup (its change counters went
back) or written to by hand, so that no page part or API list cached before is shown again."""

from django.core.management.base import BaseCommand

from core.generations import forget_cached_pages


class Command(BaseCommand):
    help = "Move every cache key and empty the cache (after a restore or a write outside the services)."

    def handle(self, *args, **options):
        forget_cached_pages()
        self.stdout.write("Cached page parts and API lists are forgotten.")
