"""Everything without an owner (W2), gathered from every app: no informal structures with unclear
responsibility. The page "Utan ägare" (organize) lists what the providers registered here find: each app
registers, in its `AppConfig.ready`, a function `provider(collaboration, user, on) -> list[Ownerless]`
that reads through the gateway as the user. An owner *has left* when the owning organization no longer
takes part in the collaboration on the day, or the owning person no longer represents it.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from django.db.models import Q
from django.utils.translation import gettext as _

from actors.models import Representation
from collaborations.models import Collaboration, Participation
from collaborations.parts.time import active_on
from core.permissions import SYSTEM


@dataclass
class Ownerless:
    kind: str
    obj: Any
    reason: str


Provider = Callable[[Collaboration, Any, datetime.date], list[Ownerless]]
_PROVIDERS: list[Provider] = []


def register(provider: Provider) -> None:
    if provider not in _PROVIDERS:
        _PROVIDERS.append(provider)


def ownerless(collaboration: Collaboration, user: Any, on: datetime.date) -> list[Ownerless]:
    """What no one owns, or whose owner has left, in the collaboration, as far as the user may see it."""
    items: list[Ownerless] = []
    for provider in _PROVIDERS:
        items.extend(provider(collaboration, user, on))
    return items


def parties_on(collaboration: Collaboration, on: datetime.date) -> set[int]:
    """The organizations taking part on the day (for the rule, all of them, as the platform sees them: an owner
    whose participation a reader may not see has not left for that)."""
    participations = Participation.objects.visible_to(SYSTEM).filter(active_on(on), collaboration=collaboration)
    return set(participations.values_list("organization_id", flat=True))


def representing(pairs: Iterable[tuple[int | None, int | None]], on: datetime.date) -> set[tuple[int, int]]:
    """Of the (person, organization) pairs, those where the person represents the organization on the day."""
    pairs = {(p, o) for p, o in pairs if p is not None and o is not None}
    if not pairs:
        return set()
    q = Q()
    for person_id, organization_id in pairs:
        q |= Q(person_id=person_id, organization_id=organization_id)
    held = Representation.objects.filter(q).filter(active_on(on)).values_list("person_id", "organization_id")
    return set(held)


def owner_left(organization: Any, person: Any, parties: set[int], represented: set[tuple[int, int]]) -> str | None:
    """Why the owner has left (None: the owner is still there)."""
    if organization is not None and organization.pk not in parties:
        return _("%(org)s deltar inte längre i samverkan.") % {"org": organization}
    if person is not None and organization is not None and (person.pk, organization.pk) not in represented:
        return _("%(person)s företräder inte längre %(org)s.") % {"person": person, "org": organization}
    return None


def owners_left(kind: str, objects: list[Any], collaboration: Collaboration, on: datetime.date) -> list[Ownerless]:
    """Of `objects` (each with `owner_organization` and `owner_person` loaded), those whose owner has left."""
    if not objects:
        return []
    parties = parties_on(collaboration, on)
    represented = representing(((o.owner_person_id, o.owner_organization_id) for o in objects), on)
    items = []
    for obj in objects:
        reason = owner_left(obj.owner_organization, obj.owner_person, parties, represented)
        if reason:
            items.append(Ownerless(kind, obj, reason))
    return items
