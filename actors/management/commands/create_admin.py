"""The first platform administrator of a new installation, without a shell: `manage.py create_admin EMAIL
--first-name Alva --last-name Admin`. The password is asked for twice (or read from the environment variable
named by --password-from-env, for scripts) and checked by Django's password validators. Everyone after that is
invited from the pages (README "Accounts and e-mail")."""

import getpass
import os

from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from actors import services
from actors.models import User
from core.services import SYSTEM


class Command(BaseCommand):
    help = "Create a platform administrator (a person and an account), recorded in the history."

    def add_arguments(self, parser):
        parser.add_argument("email")
        parser.add_argument("--first-name", required=True)
        parser.add_argument("--last-name", required=True)
        parser.add_argument("--password-from-env", metavar="VARIABLE", help="read the password from this variable")

    def handle(self, *args, email, first_name, last_name, password_from_env, **options):
        email = email.strip().lower()
        if User.objects.filter(email__iexact=email).exists():
            raise CommandError(f"There is already an account with the address {email}.")
        password = self._password(password_from_env)
        candidate = User(email=email, first_name=first_name, last_name=last_name)
        try:
            validate_password(password, candidate)
        except ValidationError as error:
            raise CommandError("The password was refused: " + " ".join(error.messages)) from error
        with transaction.atomic():
            person = services.create_person(actor=SYSTEM, first_name=first_name, last_name=last_name, email=email)
            services.create_user(
                email, password, actor=SYSTEM, person=person, is_admin=True, first_name=first_name, last_name=last_name
            )
        self.stdout.write(f"Administrator {first_name} {last_name} <{email}> created; sign in at /logga-in/.")

    def _password(self, variable: str | None) -> str:
        if variable:
            password = os.environ.get(variable, "")
            if not password:
                raise CommandError(f"The environment variable {variable} is empty or not set.")
            return password
        password = getpass.getpass("Password: ")
        if password != getpass.getpass("Password again: "):
            raise CommandError("The two passwords differ; nothing was created.")
        return password
