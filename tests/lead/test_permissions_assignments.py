"""The permission matrix of assignments (L3), on every channel. An assignment of a body under secrecy is
seen only by the persons sitting in the body and by its owner: not by the owner's colleagues, nor the
coordinator nor the administrator."""

import datetime

from core.services import SYSTEM
from lead import services
from tests.factories.actors import PersonFactory
from tests.factories.organize import BodyFactory, MembershipFactory
from tests.permission_matrix import ScopedCase, expected_visible, generate_matrix


def _vis(world, visibility):
    shared = [world.orgs["participant"]] if visibility == "named" else []
    return {"visibility": visibility, "shared_with": shared}


def _base(obj):
    return f"/samverkan/{obj.collaboration.slug}/ledning/"


def _assignment(world, visibility):
    """An assignment of an open body, owned by someone of the other party (not a user of the matrix)."""
    from actors import services as actor_services

    body = BodyFactory(collaboration=world.collaboration, name="Styrgruppen", visibility="public")
    owner = PersonFactory(first_name="Ägare", last_name="Annansson")
    actor_services.add_representation(owner, world.orgs["other"], actor=SYSTEM)
    return services.give_assignment(
        body,
        actor=SYSTEM,
        given_on=datetime.date(2026, 1, 20),
        title="UppdragsMarkor",
        owner_person=owner,
        owner_organization=world.orgs["other"],
        **_vis(world, visibility),
    )


def _secret_assignment(world, visibility):
    """An assignment of a forum under secrecy in which the participant sits; its owner is the user of the
    other party (who does not sit in it)."""
    body = BodyFactory(
        collaboration=world.collaboration, name="Forum under sekretess", confidentiality="secret", visibility="public"
    )
    MembershipFactory(body=body, organization=world.orgs["participant"], person=world.users["participant"].person)
    return services.give_assignment(
        body,
        actor=SYSTEM,
        given_on=datetime.date(2026, 1, 20),
        title="HemligtUppdragsMarkor",
        owner_person=world.users["other_org"].person,
        owner_organization=world.orgs["other"],
        **_vis(world, visibility),
    )


def _seated_or_owner(user, collab_visibility, object_visibility):
    return user in ("participant", "other_org") and expected_visible(user, collab_visibility, object_visibility)


CASES = [
    ScopedCase(
        name="assignment",
        has_parent=True,
        make=_assignment,
        marker=lambda a: "UppdragsMarkor",
        html_detail=lambda a: a.get_absolute_url(),
        api_detail=lambda a: f"/api/assignments/{a.pk}/",
        html_list=lambda a: f"{_base(a)}uppdrag/",
        api_list=lambda a: "/api/assignments/",
        html_history=lambda a: f"{_base(a)}historik/uppdrag/{a.pk}/",
    ),
    ScopedCase(
        name="secret_body_assignment",
        make=_secret_assignment,
        marker=lambda a: "HemligtUppdragsMarkor",
        html_detail=lambda a: a.get_absolute_url(),
        api_detail=lambda a: f"/api/assignments/{a.pk}/",
        html_list=lambda a: f"{_base(a)}uppdrag/",
        api_list=lambda a: "/api/assignments/",
        html_history=lambda a: f"{_base(a)}historik/uppdrag/{a.pk}/",
        expected=_seated_or_owner,
    ),
]

for _case in CASES:
    globals()[f"test_{_case.name}_visible_only_to_entitled_users"] = generate_matrix(_case)
