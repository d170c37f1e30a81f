"""Read-side queries of collaborations, including the resolver of a user's permission scope."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from django.db.models import Prefetch, Q, QuerySet
from django.utils import timezone

from actors.choices import Sector
from actors.models import Invitation, Person, Representation
from collaborations.models import Collaboration, CollaborationRole, Participation
from collaborations.parts.queries import visible_parties
from collaborations.parts.time import active_on
from core import generations
from core.permissions import Scope, VisiblePrefetch, scope_for

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise


def resolve_scope(user: Any) -> Scope:
    """What the user is: their organizations, the collaborations they take part in, their roles.

    Kept in the cache until anything changes anywhere, or the day turns (`core.generations`): one query
    then; three queries whatever the data size when it must be worked out. Representations and
    participations that have ended no longer count.
    """
    if user.is_superuser:
        return Scope(user_id=user.pk, person_id=user.person_id, is_admin=True)
    key = f"samverkan:scope:{user.pk}:{user.person_id}:{generations.everything()}:{timezone.localdate()}"
    scope: Scope = generations.remember(key, lambda: _work_out_scope(user))
    return scope


def _work_out_scope(user: Any) -> Scope:
    active = active_on(timezone.localdate())
    org_ids: frozenset[int] = frozenset()
    roles: dict[int, set[str]] = {}
    if user.person_id:
        org_ids = frozenset(
            Representation.objects.filter(active, person_id=user.person_id)
            .order_by()
            .values_list("organization_id", flat=True)
        )
        for cid, kind in (
            CollaborationRole.objects.filter(active, person_id=user.person_id)  # gateway: the scope it is built from
            .order_by()
            .values_list("collaboration_id", "kind")
        ):
            roles.setdefault(cid, set()).add(kind)
    participating = (
        set(
            Participation.objects.filter(active, organization_id__in=org_ids)  # gateway: the scope it is built from
            .order_by()
            .values_list("collaboration_id", flat=True)
        )
        if org_ids
        else set()
    )
    return Scope(
        user_id=user.pk,
        person_id=user.person_id,
        is_admin=False,
        organization_ids=org_ids,
        participant_collaboration_ids=frozenset(participating | set(roles)),
        roles={cid: frozenset(kinds) for cid, kinds in roles.items()},
    )


def collaborations_for_list(user: Any) -> QuerySet[Collaboration]:
    """Collaborations with the parties of today (a party that has left is not counted)."""
    return Collaboration.objects.visible_to(user).prefetch_related(
        "themes", "areas", _visible_participations(user, timezone.localdate())
    )


def _visible_participations(user: Any, on: datetime.date | None = None) -> Prefetch[Any]:
    """Parties the user may see, as `collaboration.visible_participations` (never `.participations`):
    those of the day `on`, or all of them, past and coming included, when `on` is None."""
    return VisiblePrefetch(
        "participations",
        user,
        queryset=Participation.objects.filter(active_on(on) if on is not None else Q())
        .select_related("organization")
        .prefetch_related("shared_with")
        .order_by("role", "organization__name"),
        to_attr="visible_participations",
    )


def collaboration_detail(user: Any, on: datetime.date | None = None) -> QuerySet[Collaboration]:
    """A collaboration with its parties and roles: all of them, or those of the day `on`."""
    return Collaboration.objects.visible_to(user).prefetch_related(
        "themes",
        "drivers",
        "shared_with",
        "areas",
        "agenda_targets__goal",
        _visible_participations(user, on),
        VisiblePrefetch(
            "roles",
            user,
            queryset=CollaborationRole.objects.filter(active_on(on) if on is not None else Q()).select_related(
                "person", "organization"
            ),
            to_attr="visible_roles",
        ),
    )


def split_in_time(items: Iterable[Any], on: datetime.date) -> tuple[list[Any], list[Any], list[Any]]:
    """Items with a period (`is_active(on)`, `start_date`): those of the day, those that have ended
    before it, and those that begin after it."""
    current: list[Any] = []
    former: list[Any] = []
    coming: list[Any] = []
    for item in items:
        if item.is_active(on):
            current.append(item)
        elif item.start_date is not None and item.start_date > on:
            coming.append(item)
        else:
            former.append(item)
    return current, former, coming


def current_or_coming_parties(collaboration: Collaboration, user: Any) -> list[int]:
    """The organizations that are parties of the collaboration today or from a coming date, among the
    participations the user sees (through the gateway)."""
    today = timezone.localdate()
    participations = collaboration.participations.visible_to(user).filter(
        Q(end_date__isnull=True) | Q(end_date__gte=today)
    )
    return list(participations.values_list("organization_id", flat=True))


def my_collaborations(user: Any) -> QuerySet[Collaboration]:
    """The collaborations the user takes part in (front page after login)."""
    scope = scope_for(user)
    return collaborations_for_list(user).filter(pk__in=scope.participant_collaboration_ids)


def sector_counts(participations: Iterable[Participation]) -> list[tuple[StrOrPromise, int]]:
    """How many of the parties come from each sector (the territory view, X3)."""
    counts: dict[str, int] = {}
    for p in participations:
        counts[p.organization.sector] = counts.get(p.organization.sector, 0) + 1
    return [(Sector(code).label, n) for code, n in sorted(counts.items(), key=lambda kv: Sector.values.index(kv[0]))]


def party_people_and_accounts(collaboration: Collaboration, user: Any) -> list[tuple[Any, list[Any]]]:
    """The collaboration's parties of today, each with the people who represent it today (by name), each
    with `account` (their login, or None) and `open_invitation` (neither used nor revoked, or None): what
    its coordinators see on the page Konton. Four queries whatever the number of parties and people."""
    today = timezone.localdate()
    parties = list(visible_parties(collaboration, user, today))
    representations = (
        Representation.objects.filter(active_on(today), organization__in=parties)
        .select_related("person", "person__user")
        .order_by("person__last_name", "person__first_name")
    )
    by_org: dict[int, list[Person]] = {}
    people: dict[int, Person] = {}
    for r in representations:
        person = people.setdefault(r.person_id, r.person)
        by_org.setdefault(r.organization_id, []).append(person)
    open_invitations = {
        i.person_id: i
        for i in Invitation.objects.filter(person_id__in=people, accepted_at__isnull=True, revoked_at__isnull=True)
    }
    for person in people.values():  # what the page shows beside each person
        setattr(person, "account", getattr(person, "user", None))  # noqa: B010
        setattr(person, "open_invitation", open_invitations.get(person.pk))  # noqa: B010
    return [(org, by_org.get(org.pk, [])) for org in parties]
