"""What the steering services share: the permissions, and the checks that an object named in a
write belongs to the same collaboration."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.utils.translation import gettext as _

from core.services import SYSTEM, field_error
from organize.services.common import _inherit_visibility as inherit_visibility
from organize.services.common import _require_party as require_party

MANAGE = "steer.manage"
FOLLOW_UP = "steer.follow_up"
OWN_GOALS = "steer.own_goals"
ENTER_VALUES = "steer.enter_values"

__all__ = [
    "ENTER_VALUES",
    "FOLLOW_UP",
    "MANAGE",
    "OWN_GOALS",
    "inherit_visibility",
    "keep_visibility_unless_manager",
    "require_party",
    "require_same_collaboration",
]


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


def keep_visibility_unless_manager(actor: Any, obj: Any, data: dict[str, Any]) -> dict[str, Any]:
    """Who may see what is the coordinators' decision: others' changes leave visibility as it is."""
    if actor is not SYSTEM and not actor.has_perm(MANAGE, obj):
        data = {k: v for k, v in data.items() if k not in ("visibility", "shared_with")}
    return data
