"""What the models of `lead` share: the names of related models and the one rule of secrecy."""

from __future__ import annotations

from django.db.models import Exists, OuterRef, Q

from core.permissions import Scope

COLLABORATION = "collaborations.Collaboration"
ORGANIZATION = "actors.Organization"
PERSON = "actors.Person"
BODY = "organize.Body"
SECRET = "secret"  # organize.choices.Confidentiality.SECRET, the body's secrecy


def secret_meeting_q(scope: Scope, meeting: str = "") -> Q:
    """Secrecy binds persons (L5): everything of a meeting of a body under secrecy is seen only by the
    persons who sat in that body on the meeting's date, and by the meeting's named guests. Nobody else
    sees it, coordinators and administrators included, on any channel (the gateway applies this).

    `meeting` is the path from the model to its meeting ("" on the meeting itself, "meeting",
    "item__meeting" …)."""
    from lead.models.meetings import Attendance
    from organize.models import Membership

    prefix = f"{meeting}__" if meeting else ""
    open_bodies = ~Q(**{f"{prefix}body__confidentiality": SECRET})
    if scope.person_id is None:
        return open_bodies
    day = OuterRef(f"{prefix}date")
    seated = Membership.objects.filter(
        Q(start_date__isnull=True) | Q(start_date__lte=day),
        Q(end_date__isnull=True) | Q(end_date__gte=day),
        body_id=OuterRef(f"{prefix}body"),
        person_id=scope.person_id,
    )
    guest = Attendance.objects.filter(meeting_id=OuterRef(meeting or "pk"), person_id=scope.person_id, is_guest=True)
    return open_bodies | Q(Exists(seated)) | Q(Exists(guest))


def secret_body_q(scope: Scope, body: str = "body", owner: str | None = None) -> Q:
    """What belongs to a body under secrecy but to no one meeting (an assignment of the body): seen only
    by the persons who sit in the body today, and by its owner (`owner`, the path to the person)."""
    from organize.models import sitting_in

    open_bodies = ~Q(**{f"{body}__confidentiality": SECRET})
    if scope.person_id is None:
        return open_bodies
    q = open_bodies | Q(**{f"{body}_id__in": sitting_in(scope.person_id)})
    if owner:
        q |= Q(**{f"{owner}_id": scope.person_id})
    return q
