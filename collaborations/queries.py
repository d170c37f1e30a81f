"""Read-side queries of collaborations, including the resolver of a user's permission scope."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from django.db.models import Prefetch, Q, QuerySet
from django.utils import timezone

from actors.choices import Sector
from actors.models import Representation
from collaborations.choices import ParticipationRole
from collaborations.models import Collaboration, CollaborationRole, Participation
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
    today = timezone.localdate()
    active = (Q(start_date__isnull=True) | Q(start_date__lte=today)) & (
        Q(end_date__isnull=True) | Q(end_date__gte=today)
    )
    org_ids: frozenset[int] = frozenset()
    roles: dict[int, set[str]] = {}
    if user.person_id:
        org_ids = frozenset(
            Representation.objects.filter(active, person_id=user.person_id)
            .order_by()
            .values_list("organization_id", flat=True)
        )
        for cid, kind in (
            CollaborationRole.objects.filter(person_id=user.person_id)  # gateway: the scope it is built from
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
    return Collaboration.objects.visible_to(user).prefetch_related("themes", "areas", _visible_participations(user))


def _visible_participations(user: Any) -> Prefetch[Any]:
    """Parties the user may see, as `collaboration.visible_participations` (never `.participations`)."""
    return VisiblePrefetch(
        "participations",
        user,
        queryset=Participation.objects.select_related("organization")
        .prefetch_related("shared_with")
        .order_by("role", "organization__name"),
        to_attr="visible_participations",
    )


def collaboration_detail(user: Any) -> QuerySet[Collaboration]:
    return Collaboration.objects.visible_to(user).prefetch_related(
        "themes",
        "drivers",
        "shared_with",
        "areas",
        "agenda_targets__goal",
        _visible_participations(user),
        VisiblePrefetch(
            "roles",
            user,
            queryset=CollaborationRole.objects.select_related("person", "organization"),
            to_attr="visible_roles",
        ),
    )


def my_collaborations(user: Any) -> QuerySet[Collaboration]:
    """The collaborations the user takes part in (front page after login)."""
    scope = scope_for(user)
    return collaborations_for_list(user).filter(pk__in=scope.participant_collaboration_ids)


def parties_by_role(participations: Iterable[Participation]) -> list[tuple[StrOrPromise, list[Participation]]]:
    """Participations grouped by role, in the order of the roles (coordinator first)."""
    groups: dict[str, list[Participation]] = {role: [] for role in ParticipationRole.values}
    for p in participations:
        groups[p.role].append(p)
    return [(ParticipationRole(role).label, items) for role, items in groups.items() if items]


def sector_counts(participations: Iterable[Participation]) -> list[tuple[StrOrPromise, int]]:
    """How many of the parties come from each sector (the territory view, X3)."""
    counts: dict[str, int] = {}
    for p in participations:
        counts[p.organization.sector] = counts.get(p.organization.sector, 0) + 1
    return [(Sector(code).label, n) for code, n in sorted(counts.items(), key=lambda kv: Sector.values.index(kv[0]))]
