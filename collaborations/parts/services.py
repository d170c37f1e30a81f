"""Checks and rules every collaboration part's services share: who takes part, who represents whom,
that what a write names belongs to the same collaboration, and how visibility is inherited and passed on.

These raise `ValidationError`s that name the field (`core.services.field_error`), so a form shows
them next to the field and the API under the field's name.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.utils.translation import gettext as _

from actors.models import Organization, Person
from collaborations.models import Collaboration
from core.permissions import Visibility
from core.services import SYSTEM, field_error, update_object


def participating_ids(collaboration: Collaboration) -> set[int]:
    """The organizations taking part in the collaboration (for the services: all of them, not only the
    ones some user may see)."""
    return set(collaboration.participations.values_list("organization_id", flat=True))


def require_party(collaboration: Collaboration, organization: Organization | None, field: str) -> None:
    """The organization takes part in the collaboration (or none is given)."""
    if organization is not None and organization.pk not in participating_ids(collaboration):
        raise field_error(
            field,
            _("%(org)s deltar inte i %(collab)s; lägg först till organisationen som part.")
            % {"org": organization, "collab": collaboration},
            code="not_participant",
        )


def require_representative(person: Person | None, organization: Organization | None, field: str) -> None:
    """The person represents the organization (a seat or a duty is held for one's own organization)."""
    if person is None or organization is None:
        return
    if not person.representations.filter(organization=organization).exists():
        raise field_error(
            field,
            _("%(person)s företräder inte %(org)s; lägg först till att personen företräder organisationen.")
            % {"person": person, "org": organization},
            code="not_representative",
        )


def require_same_collaboration(collaboration_id: int, objects: Iterable[Any], field: str) -> None:
    """Every object named in `field` belongs to the collaboration being written to."""
    for obj in objects:
        if obj is not None and obj.collaboration_id != collaboration_id:
            raise field_error(
                field,
                _("”%(obj)s” hör till en annan samverkan (%(other)s) och kan inte kopplas hit.")
                % {"obj": obj, "other": obj.collaboration},
                code="other_collaboration",
            )


def keep_visibility_unless(permission: str, actor: Any, obj: Any, data: dict[str, Any]) -> dict[str, Any]:
    """Who may see what is the coordinators' decision: a change by someone without `permission` on
    `obj` (a party's representative recording facts about its own organization) leaves visibility as
    it is, or inherited."""
    if actor is not SYSTEM and not actor.has_perm(permission, obj):
        data = {k: v for k, v in data.items() if k not in ("visibility", "shared_with")}
    return data


def inherit_visibility(data: dict[str, Any], parent: Any) -> dict[str, Any]:
    """A new part is as visible as what it belongs to, unless told otherwise."""
    data = dict(data)
    if "visibility" not in data:
        data["visibility"] = parent.visibility
        if parent.visibility == Visibility.NAMED and "shared_with" not in data:
            data["shared_with"] = list(parent.shared_with.all())
    return data


def cascade_visibility(parent: Any, children: Iterable[Any], *, actor: Any, action: str) -> None:
    """When a parent's visibility changes, its parts follow (each change recorded)."""
    shared = list(parent.shared_with.all())
    for child in children:
        update_object(child, action, {"visibility": parent.visibility, "shared_with": shared}, actor=actor)
