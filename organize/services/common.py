"""Helpers shared by the services of the formal basis: who is a party, who represents it, and how
visibility is inherited and passed on."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext as _

from actors.models import Organization, Person
from collaborations.models import Collaboration
from core.permissions import Visibility
from core.services import SYSTEM, field_error, update_object

MANAGE = "organize.manage"


def _participating_ids(collaboration: Collaboration) -> set[int]:
    return set(collaboration.participations.values_list("organization_id", flat=True))


def _visibility_for_managers(actor: Any, obj: Any, data: dict[str, Any]) -> dict[str, Any]:
    """A party's representative records facts about its own organization; who may see them is the
    coordinators' decision, so their visibility is left as it is (or inherited)."""
    if actor is not SYSTEM and not actor.has_perm(MANAGE, obj):
        data = {k: v for k, v in data.items() if k not in ("visibility", "shared_with")}
    return data


def _require_representative(person: Person | None, organization: Organization | None, field: str) -> None:
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


def _require_party(collaboration: Collaboration, organization: Organization | None, field: str) -> None:
    """The organization takes part in the collaboration (or none is given)."""
    if organization is not None and organization.pk not in _participating_ids(collaboration):
        raise field_error(
            field,
            _("%(org)s deltar inte i %(collab)s; lägg först till organisationen som part.")
            % {"org": organization, "collab": collaboration},
            code="not_participant",
        )


def _inherit_visibility(data: dict[str, Any], parent: Any) -> dict[str, Any]:
    """A new object is as visible as what it belongs to, unless told otherwise."""
    data = dict(data)
    if "visibility" not in data:
        data["visibility"] = parent.visibility
        if parent.visibility == Visibility.NAMED and "shared_with" not in data:
            data["shared_with"] = list(parent.shared_with.all())
    return data


def _cascade_visibility(parent: Any, children, *, actor: Any, action: str) -> None:
    """When a parent's visibility changes, its parts follow (each change recorded)."""
    shared = list(parent.shared_with.all())
    for child in children:
        update_object(child, action, {"visibility": parent.visibility, "shared_with": shared}, actor=actor)
