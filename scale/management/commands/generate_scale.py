"""manage.py generate_scale --size {small,county,national} [--seed N]: data for the benchmarks."""

import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from actors.models import Area
from collaborations.models import Collaboration
from core.generations import forget_cached_pages
from scale.generator import PASSWORD, SIZES, generate


class Command(BaseCommand):
    help = "Generate a realistic, reproducible data set (small, county or national) for the benchmarks."

    def add_arguments(self, parser):
        parser.add_argument("--size", choices=sorted(SIZES), default="small")
        parser.add_argument("--seed", type=int, default=2026)
        parser.add_argument("--force", action="store_true", help="Also when DEBUG is off (creates logins).")

    def handle(self, *args, size, seed, force, **options):
        if not settings.DEBUG and not force:
            raise CommandError("generate_scale creates logins; run it with DEBUG=true or --force.")
        if not Area.objects.filter(kind="nation").exists():
            raise CommandError("Load the territory first: manage.py load_territory")
        if Collaboration.objects.filter(slug__startswith="skala-").exists():
            raise CommandError("Scale data is already here; use a fresh database.")
        started = time.perf_counter()
        result = generate(size, seed)
        forget_cached_pages()  # written in bulk, without recorded changes
        self.stdout.write(
            f"Scale '{size}' (seed {seed}) in {time.perf_counter() - started:.1f} s: "
            f"{result.organizations} organizations, {result.collaborations} collaborations, "
            f"{result.participations} participations, {result.memberships} memberships, {result.goals} goals, "
            f"{result.indicators} indicators, {result.observations} observations, "
            f"{result.plans} action plans, {result.activities} activities."
        )
        self.stdout.write(f"Logins (password {PASSWORD}): {', '.join(result.users)}")
