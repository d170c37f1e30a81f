"""The responsibility matrix and the follow-up duties (O3, O4)."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _

from actors.models import Organization
from collaborations.models import Collaboration
from collaborations.parts.services import inherit_visibility, require_party, require_representative
from core.services import create_object, delete_object, field_error, require, update_object
from organize.models import (
    FollowUpDuty,
    Responsibility,
)
from organize.services.common import MANAGE


@transaction.atomic
def add_responsibility(
    collaboration: Collaboration, organization: Organization | None, *, actor: Any, **data: Any
) -> Responsibility:
    """A responsibility of a party, or one whose responsible party is missing (`organization` None)."""
    require(actor, MANAGE, collaboration)
    require_party(collaboration, organization, "organization")
    return create_object(
        Responsibility,
        "organize.responsibility.created",
        inherit_visibility(data, collaboration),
        actor=actor,
        collaboration=collaboration,
        organization=organization,
    )


@transaction.atomic
def update_responsibility(responsibility: Responsibility, *, actor: Any, **data: Any) -> Responsibility:
    require(actor, MANAGE, responsibility)
    require_party(responsibility.collaboration, data.get("organization"), "organization")
    return update_object(responsibility, "organize.responsibility.updated", data, actor=actor)


@transaction.atomic
def remove_responsibility(responsibility: Responsibility, *, actor: Any, reason: str = "") -> None:
    require(actor, MANAGE, responsibility)
    delete_object(responsibility, "organize.responsibility.deleted", actor=actor, reason=reason)


def _check_follow_up(collaboration: Collaboration, data: dict[str, Any]) -> None:
    require_party(collaboration, data.get("responsible_organization"), "responsible_organization")
    person = data.get("responsible_person")
    if person is not None and data.get("responsible_organization") is None:
        raise field_error(
            "responsible_organization", _("Ange vilken part den ansvariga personen företräder."), code="required"
        )
    require_representative(person, data.get("responsible_organization"), "responsible_person")
    body = data.get("report_to")
    if body is not None and body.collaboration_id != collaboration.pk:
        raise field_error("report_to", _("Organet hör till en annan samverkan."), code="other_collaboration")


@transaction.atomic
def add_follow_up_duty(collaboration: Collaboration, *, actor: Any, **data: Any) -> FollowUpDuty:
    require(actor, MANAGE, collaboration)
    _check_follow_up(collaboration, data)
    return create_object(
        FollowUpDuty,
        "organize.follow_up_duty.created",
        inherit_visibility(data, collaboration),
        actor=actor,
        collaboration=collaboration,
    )


@transaction.atomic
def update_follow_up_duty(duty: FollowUpDuty, *, actor: Any, **data: Any) -> FollowUpDuty:
    require(actor, MANAGE, duty)
    merged = {
        "responsible_organization": duty.responsible_organization,
        "responsible_person": duty.responsible_person,
        "report_to": duty.report_to,
        **data,
    }
    _check_follow_up(duty.collaboration, merged)
    return update_object(duty, "organize.follow_up_duty.updated", data, actor=actor)


@transaction.atomic
def remove_follow_up_duty(duty: FollowUpDuty, *, actor: Any, reason: str = "") -> None:
    require(actor, MANAGE, duty)
    delete_object(duty, "organize.follow_up_duty.deleted", actor=actor, reason=reason)
