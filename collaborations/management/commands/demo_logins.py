from django.core.management.base import BaseCommand

from collaborations.demo import DEMO_USERS


class Command(BaseCommand):
    help = "Print the demo logins and what each one shows."

    def handle(self, *args, **options):
        for user in DEMO_USERS:
            self.stdout.write(f"    {user.email:<40} {user.description}")
