"""Load the demo: the eight collaborations of SKR's publication with their parties, and demo logins.

Idempotent: what exists already is left as it is. Refuses to run unless DEBUG is on or --force
is given, so that demo logins never reach a production database by accident.
"""

import importlib
import importlib.util

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from actors import services as actor_services
from actors.models import Area, Organization, Person, User
from collaborations import services
from collaborations.demo import DEMO_PASSWORD, DEMO_USERS, EXAMPLES, ORGS
from collaborations.models import Collaboration, Participation
from core.generations import forget_cached_pages
from core.services import SYSTEM


class Command(BaseCommand):
    help = "Load the eight example collaborations and the demo logins."

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help="Allow with DEBUG off (not for production).")

    @transaction.atomic
    def handle(self, *args, **options):
        if not (settings.DEBUG or options["force"] or getattr(settings, "SAMVERKAN_DEMO", False)):
            raise CommandError("seed_demo creates demo logins; run it with DEBUG=true or --force.")
        if not Area.objects.exists():
            raise CommandError("Load the territory first: manage.py load_territory")
        areas = {a.scb_code: a for a in Area.objects.all()}
        orgs = self._organizations(areas)
        people = self._people(orgs)
        created = 0
        for number, ex in enumerate(EXAMPLES, start=1):
            if Collaboration.objects.filter(slug=ex.slug).exists():
                continue
            coordinator_user = next((u for u in DEMO_USERS if (ex.slug, "coordinator") in u.roles), None)
            coordinator = people[coordinator_user.email] if coordinator_user else None
            collaboration = services.create_collaboration(
                actor=SYSTEM,
                coordinating_organization=orgs[ex.coordinator],
                coordinator=coordinator,
                slug=ex.slug,
                name=ex.name,
                summary=ex.summary,
                problem=ex.problem,
                why_joint=ex.why_joint,
                drivers=ex.drivers,
                themes=ex.themes,
                agenda_targets=ex.targets,
                areas=[areas[c] for c in ex.areas],
                stage=ex.stage,
                status=ex.status,
                start_date=ex.start,
                end_date=ex.end,
                visibility=ex.visibility,
                source_note=ex.source_note,
                source_page=f"Exempel {number}",  # the publication's examples are numbered 1–8 in this order
            )
            if ex.visibility == "named":
                shared = [orgs[ex.coordinator], *[orgs[name] for name, _ in ex.parties]]
                services.update_collaboration(collaboration, actor=SYSTEM, shared_with=shared)
            for name, role in ex.parties:
                services.add_participation(
                    collaboration,
                    orgs[name],
                    actor=SYSTEM,
                    role=role,
                    # When each party joined is not in the publication: unknown, not the collaboration's start.
                    end_date=ex.ended.get(name),
                    visibility=ex.visibility,
                    **({"shared_with": [orgs[ex.coordinator], orgs[name]]} if ex.visibility == "named" else {}),
                )
            created += 1
        for demo_user in DEMO_USERS:
            for slug, kind in demo_user.roles:
                collaboration = Collaboration.objects.get(slug=slug)
                person = people[demo_user.email]
                if kind == "coordinator" or collaboration.roles.filter(person=person, kind=kind).exists():
                    continue
                organization = orgs[demo_user.organization]
                if not Participation.objects.filter(collaboration=collaboration, organization=organization).exists():
                    organization = None
                services.assign_role(collaboration, person, kind, actor=SYSTEM, organization=organization)
        self._pending_invitation(orgs, people)
        self.stdout.write(f"Demo: {created} collaborations created, {len(orgs)} organizations, {len(people)} people.")
        for app in apps.get_app_configs():  # each later part of the model extends the demo for its part
            if app.name != "collaborations" and importlib.util.find_spec(f"{app.name}.demo") is not None:
                loaded = importlib.import_module(f"{app.name}.demo").load(orgs, people)
                self.stdout.write(f"Demo ({app.name}): {loaded} loaded.")
        forget_cached_pages()  # the statistics of the demo are written in bulk, without a recorded change

    def _organizations(self, areas):
        orgs = {}
        for org in ORGS.values():
            existing = Organization.objects.filter(name=org.name).first()
            if existing is None:
                existing = actor_services.create_organization(
                    actor=SYSTEM,
                    name=org.name,
                    short_name=org.short_name,
                    sector=org.sector,
                    kind=org.kind,
                    area=areas.get(org.area),
                    description=org.note,
                    source_note="SKR 2020, Åtta exempel på samverkan",
                )
            orgs[org.name] = existing
        return orgs

    def _pending_invitation(self, orgs, people):
        """An invented person of a party of Business Region Örebro, invited by its coordinator and not yet
        answered (the page Konton and Användare show it). Not sent: no one has the link."""
        email = "utvecklare@orebro.example"
        if Person.objects.filter(email=email).exists():
            return
        person = actor_services.create_person(
            actor=SYSTEM,
            first_name="Hanna",
            last_name="Sjöberg",
            title="Näringslivsutvecklare",
            email=email,
            is_invented=True,
        )
        actor_services.add_representation(person, orgs["Örebro kommun"], actor=SYSTEM, position=person.title)
        inviter = people["samordnare@regionorebrolan.example"].user
        actor_services.invite_person(person, actor=inviter, send=False)

    def _people(self, orgs):
        people = {}
        for demo_user in DEMO_USERS:
            user = User.objects.filter(email=demo_user.email).select_related("person").first()
            if user is None:
                person = actor_services.create_person(
                    actor=SYSTEM,
                    first_name=demo_user.first_name,
                    last_name=demo_user.last_name,
                    title=demo_user.title,
                    email=demo_user.email,
                    is_invented=True,
                )
                actor_services.add_representation(
                    person, orgs[demo_user.organization], actor=SYSTEM, position=demo_user.title
                )
                user = actor_services.create_user(
                    demo_user.email,
                    DEMO_PASSWORD,
                    actor=SYSTEM,
                    person=person,
                    is_admin=demo_user.is_admin,
                    first_name=demo_user.first_name,
                    last_name=demo_user.last_name,
                )
            people[demo_user.email] = user.person
        return people
