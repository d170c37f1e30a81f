"""Reads of accounts and invitations: who may see which (administrators all; a collaboration's
coordinators the invitations of the people of its parties)."""

from __future__ import annotations

from typing import Any

from django.db.models import Prefetch, QuerySet

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
