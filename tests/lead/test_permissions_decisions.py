"""The permission matrix applied to decisions and reservations, on every channel; a decision of a secret
body's meeting is seen only by those who sat in the body that day."""

from core.services import SYSTEM
from lead.services import decisions as services
from tests.factories.lead import AgendaItemFactory, held_meeting
from tests.factories.organize import BodyFactory, MembershipFactory
from tests.permission_matrix import ScopedCase, expected_visible, generate_matrix


def _vis(world, visibility):
    shared = [world.orgs["participant"]] if visibility == "named" else []
    return {"visibility": visibility, "shared_with": shared}


def _item(world, **body):
    body = BodyFactory(collaboration=world.collaboration, name="Offentlig styrgrupp", visibility="public", **body)
    return body, AgendaItemFactory(meeting=held_meeting(body=body), title="Beslutspunkt")


def _make_decision(world, visibility):
    _body, item = _item(world, abbreviation="MARK")
    return services.take_decision(item, actor=SYSTEM, text="BeslutsMarkor text", **_vis(world, visibility))


def _make_secret_decision(world, visibility):
    """A decision of a meeting of a body under secrecy in which the participant sits, in person; the
    participant's colleague in the same organization does not, nor the coordinator nor the administrator."""
    body = BodyFactory(
        collaboration=world.collaboration, name="Forum under sekretess", confidentiality="secret", visibility="public"
    )
    MembershipFactory(body=body, organization=world.orgs["participant"], person=world.users["participant"].person)
    item = AgendaItemFactory(meeting=held_meeting(body=body), title="Sekretesspunkt")
    return services.take_decision(item, actor=SYSTEM, text="SekretessbeslutMarkor", **_vis(world, visibility))


def _make_reservation(world, visibility):
    """A reservation is a part of its decision (`ScopedPart`): the decision gets the visibility."""
    _body, item = _item(world)
    decision = services.take_decision(item, actor=SYSTEM, text="Beslut med reservation", **_vis(world, visibility))
    return services.add_reservation(decision, actor=SYSTEM, organization=world.orgs["other"], text="ReservMarkor")


def _only_the_seated(user, collab_visibility, object_visibility):
    return user == "participant" and expected_visible(user, collab_visibility, object_visibility)


def _register(obj):
    return f"/samverkan/{obj.collaboration.slug}/ledning/beslut/"


def _history(kind):
    return lambda obj: f"/samverkan/{obj.collaboration.slug}/ledning/historik/{kind}/{obj.pk}/"


CASES = [
    ScopedCase(
        name="decision",
        has_parent=True,
        make=_make_decision,
        marker=lambda d: "BeslutsMarkor text",
        html_detail=lambda d: d.get_absolute_url(),
        api_detail=lambda d: f"/api/decisions/{d.pk}/",
        html_list=_register,
        api_list=lambda d: "/api/decisions/",
        html_history=_history("beslut"),
        history_marker=lambda d: d.reference,
    ),
    ScopedCase(
        name="secret_body_decision",
        has_parent=True,
        make=_make_secret_decision,
        marker=lambda d: "SekretessbeslutMarkor",
        html_detail=lambda d: d.get_absolute_url(),
        api_detail=lambda d: f"/api/decisions/{d.pk}/",
        html_list=_register,
        api_list=lambda d: "/api/decisions/",
        html_history=_history("beslut"),
        history_marker=lambda d: d.reference,
        expected=_only_the_seated,
    ),
    ScopedCase(
        name="reservation",
        has_parent=True,
        make=_make_reservation,
        marker=lambda r: "ReservMarkor",
        api_detail=lambda r: f"/api/reservations/{r.pk}/",
        html_list=lambda r: r.decision.get_absolute_url(),
        api_list=lambda r: "/api/reservations/",
        html_history=_history("reservation"),
        history_marker=str,
    ),
]

for _case in CASES:
    globals()[f"test_{_case.name}"] = generate_matrix(_case)
