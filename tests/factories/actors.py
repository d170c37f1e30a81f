"""Factories for actors. Organizations and people are created through the services."""

import factory

from actors import services
from actors.models import Area, Organization, Person
from core.services import SYSTEM


class OrganizationFactory(factory.Factory):
    class Meta:
        model = Organization

    name = factory.Sequence(lambda n: f"Organisation {n}")
    sector = "municipality"
    kind = "municipality"

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        return services.create_organization(actor=SYSTEM, **kwargs)


class PersonFactory(factory.Factory):
    class Meta:
        model = Person

    first_name = factory.Sequence(lambda n: f"Förnamn{n}")
    last_name = factory.Sequence(lambda n: f"Efternamn{n}")
    email = factory.Sequence(lambda n: f"person{n}@example.org")

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        return services.create_person(actor=SYSTEM, **kwargs)


def area(code: str) -> Area:
    return Area.objects.get(scb_code=code)


def user_for(organization: Organization | None = None, *, email: str | None = None, admin: bool = False, **person):
    """A login with a person who represents `organization`."""
    p = PersonFactory(**person)
    if organization is not None:
        services.add_representation(p, organization, actor=SYSTEM)
    return services.create_user(
        email or p.email,
        "pw-for-tests",
        actor=SYSTEM,
        person=p,
        is_admin=admin,
        first_name=p.first_name,
        last_name=p.last_name,
    )


def invitation_for(person: Person | None = None, *, actor=SYSTEM, email: str = ""):
    """An invitation for `person` (a new one by default), through the service (the e-mail is sent after the
    commit; a test that reads the link uses `sent_link`)."""
    return services.invite_person(person or PersonFactory(), email, actor=actor)


def sent_link(message) -> str:
    """The path of the link in an e-mail (invitation or password reset)."""
    import re

    url = re.search(r"https?://\S+", message.body).group(0)
    return re.sub(r"^https?://[^/]+", "", url)
