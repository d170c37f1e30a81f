"""The permission matrix for meetings and agenda items, on every channel; a secret forum's meeting and
its items are seen only by the persons who sat in it on the day (coordinators and admins included)."""

import datetime

from django.core.files.uploadedfile import SimpleUploadedFile

from core.services import SYSTEM
from lead.services import attendance as attendance_services
from tests.factories.lead import AgendaItemFactory, MeetingFactory
from tests.factories.organize import BodyFactory, MembershipFactory
from tests.permission_matrix import ScopedCase, expected_visible, generate_matrix

SECRET_DAY = datetime.date(2026, 2, 17)


def _vis(world, visibility):
    shared = [world.orgs["participant"]] if visibility == "named" else []
    return {"visibility": visibility, "shared_with": shared}


def _base(obj):
    return f"/samverkan/{obj.collaboration.slug}/ledning/"


def _history(kind):
    return lambda obj: f"{_base(obj)}historik/{kind}/{obj.pk}/"


def _public_body(world):
    return BodyFactory(collaboration=world.collaboration, name="Offentligt organ", visibility="public")


def _public_meeting(world):
    return MeetingFactory(body=_public_body(world), visibility="public")


def _secret_forum(world):
    """A body under secrecy in which the participant sits, in person; the participant's colleague in the
    same organization does not, nor the coordinator nor the administrator."""
    body = BodyFactory(
        collaboration=world.collaboration, name="Forum under sekretess", confidentiality="secret", visibility="public"
    )
    MembershipFactory(body=body, organization=world.orgs["participant"], person=world.users["participant"].person)
    return body


def _secret_meeting(world, visibility):
    return MeetingFactory(body=_secret_forum(world), date=SECRET_DAY, **_vis(world, visibility))


def _secret_item(world, visibility):
    meeting = MeetingFactory(body=_secret_forum(world), date=SECRET_DAY, visibility="public")
    return AgendaItemFactory(meeting=meeting, title="SekretessPunktMarkor", **_vis(world, visibility))


def _agenda_document(world, visibility):
    """A document of an item: exactly as visible as the item."""
    item = AgendaItemFactory(meeting=_public_meeting(world), title="Punkt med handling", **_vis(world, visibility))
    upload = SimpleUploadedFile("underlag.pdf", b"%PDF-1.4 underlag")
    return attendance_services.add_agenda_document(item, actor=SYSTEM, title="HandlingMarkor", attachment=upload)


def _only_the_seated(user, collab_visibility, object_visibility):
    return user == "participant" and expected_visible(user, collab_visibility, object_visibility)


CASES = [
    ScopedCase(
        name="meeting",
        has_parent=True,
        make=lambda w, v: MeetingFactory(body=_public_body(w), place="MotesMarkor", **_vis(w, v)),
        marker=lambda m: "MotesMarkor",
        html_detail=lambda m: m.get_absolute_url(),
        api_detail=lambda m: f"/api/meetings/{m.pk}/",
        html_list=lambda m: f"{_base(m)}moten/",
        api_list=lambda m: "/api/meetings/",
        html_history=_history("mote"),
        history_marker=str,
    ),
    ScopedCase(
        name="secret_meeting",
        has_parent=True,
        make=_secret_meeting,
        marker=lambda m: SECRET_DAY.isoformat(),
        html_detail=lambda m: m.get_absolute_url(),
        api_detail=lambda m: f"/api/meetings/{m.pk}/",
        html_list=lambda m: f"{_base(m)}moten/",
        api_list=lambda m: "/api/meetings/",
        html_history=_history("mote"),
        expected=_only_the_seated,
    ),
    ScopedCase(
        name="agenda_item",
        has_parent=True,
        make=lambda w, v: AgendaItemFactory(meeting=_public_meeting(w), title="PunktMarkor", **_vis(w, v)),
        marker=lambda i: "PunktMarkor",
        api_detail=lambda i: f"/api/agenda-items/{i.pk}/",
        html_list=lambda i: i.meeting.get_absolute_url(),
        api_list=lambda i: "/api/agenda-items/",
        html_history=_history("punkt"),
    ),
    ScopedCase(
        name="agenda_document",
        has_parent=True,
        make=_agenda_document,
        marker=lambda d: "HandlingMarkor",
        api_detail=lambda d: f"/api/agenda-documents/{d.pk}/",
        html_list=lambda d: d.item.meeting.get_absolute_url(),
        api_list=lambda d: "/api/agenda-documents/",
        html_history=_history("handling"),
    ),
    ScopedCase(
        name="secret_agenda_item",
        has_parent=True,
        make=_secret_item,
        marker=lambda i: "SekretessPunktMarkor",
        api_detail=lambda i: f"/api/agenda-items/{i.pk}/",
        api_list=lambda i: "/api/agenda-items/",
        html_history=_history("punkt"),
        expected=_only_the_seated,
    ),
]

for _case in CASES:
    globals()[f"test_{_case.name}_visible_only_to_entitled_users"] = generate_matrix(_case)
