"""Reads of accounts and invitations: who may see which (administrators all; a collaboration's
coordinators the invitations of the people of its parties)."""

from __future__ import annotations

import hashlib
from typing import Any

from django.db.models import Prefetch, QuerySet

from actors.choices import InvitationStatus
from actors.models import Invitation, Person, Representation, User
from actors.rules import coordinated_people_q
from core.permissions import scope_for


def invitations_for(user: Any) -> QuerySet[Invitation]:
    """The invitations the user may see and manage; none for anyone else."""
    invitations = Invitation.objects.select_related("person", "invited_by", "user")
    scope = scope_for(user)
    if scope.is_admin:
        return invitations
    if not scope.coordinated_collaboration_ids:
        return invitations.none()
    people = Person.objects.filter(coordinated_people_q(user)).values("pk")
    return invitations.filter(person__in=people)


def users_for(user: Any) -> QuerySet[User]:
    """Every account, with its person and the organizations the person represents: administrators only."""
    if not scope_for(user).is_admin:
        return User.objects.none()
    return (
        User.objects.select_related("person")
        .prefetch_related(
            Prefetch(
                "person__representations",
                queryset=Representation.objects.select_related("organization").order_by("organization__name"),
            )
        )
        .order_by("last_name", "first_name", "email")
    )


def invitation_digest(token: str) -> str:
    """What is stored of an invitation link's secret: its SHA-256 (the link itself is never stored)."""
    return hashlib.sha256(token.encode()).hexdigest()


class InvitationRefused(Exception):
    """An invitation link that cannot be used: `reason` is one of InvitationStatus (or "unknown")."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def open_invitation(token: str) -> Invitation:
    """The invitation a link leads to, while it can be used; InvitationRefused says why not."""
    invitation = Invitation.objects.select_related("person").filter(token_digest=invitation_digest(token or "")).first()
    if invitation is None:
        raise InvitationRefused("unknown")
    if invitation.status != InvitationStatus.PENDING:
        raise InvitationRefused(invitation.status)
    return invitation


def account_for(invitation: Invitation) -> User:
    """The account an invitation gives (not saved): what the password validators compare with."""
    person = invitation.person
    return User(email=invitation.email, first_name=person.first_name, last_name=person.last_name, person=person)
