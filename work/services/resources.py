"""The money and staff time an activity takes per year. A number is entered once: an activity's resources
are drawn from what its responsible party set aside for the collaboration that year (organize's
`ResourceCommitment`), so the activities of a party share out its commitment and together cannot take
more than it; a year the party has set nothing aside for stands on its own and is shown as such."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.db import transaction
from django.db.models import Sum
from django.utils.translation import gettext as _

from core.numbers import plain_number
from core.services import create_object, delete_object, field_error, require, update_object
from organize.models import ResourceCommitment
from work.models import Activity, ActivityResource
from work.services.common import REPORT_ACTIVITY

AMOUNTS = ("money_committed", "money_actual", "fte_committed", "fte_actual")
RESOURCE_FIELDS = (*AMOUNTS, "note")


def commitment_for(activity: Activity, year: int) -> ResourceCommitment | None:
    return ResourceCommitment.objects.filter(
        collaboration_id=activity.collaboration_id, organization_id=activity.owner_organization_id, year=year
    ).first()


def _check_within(
    resource: ActivityResource, commitment: ResourceCommitment | None, data: dict[str, Any], actor: Any
) -> None:
    """Together the activities take no more of a commitment than it holds (committed money and staff time).
    The refusal names the amounts only to an actor who may see the commitment and every activity drawing on it."""
    if commitment is None:
        return
    others = ActivityResource.objects.filter(commitment=commitment).exclude(pk=resource.pk)
    sees_all = ResourceCommitment.objects.visible_to(actor).filter(pk=commitment.pk).exists() and not (
        others.exclude(activity__in=Activity.objects.visible_to(actor).values("pk")).exists()
    )
    for name in ("money_committed", "fte_committed"):
        value, held = data.get(name, getattr(resource, name)), getattr(commitment, name)
        if value is None or held is None:
            continue
        taken = others.aggregate(total=Sum(name))["total"] or Decimal(0)
        if taken + value <= held:
            continue
        if not sees_all:
            message = _(
                "Det överstiger vad %(org)s har avsatt för %(year)s tillsammans med partens andra aktiviteter."
            ) % {"org": commitment.organization, "year": commitment.year}
        else:
            message = _(
                "%(org)s har avsatt %(held)s för %(year)s; andra aktiviteter använder redan %(taken)s av det. "
                "Öka partens avsatta resurser under Organisera, eller minska här."
            ) % {
                "org": commitment.organization,
                "held": plain_number(held),
                "year": commitment.year,
                "taken": plain_number(taken),
            }
        raise field_error(name, message, code="over_commitment")


@transaction.atomic
def set_activity_resource(activity: Activity, *, actor: Any, year: int, **data: Any) -> ActivityResource:
    """Set the activity's money and staff time for `year` (committed and actual; each may be unknown)."""
    require(actor, REPORT_ACTIVITY, activity)
    unknown = sorted(set(data) - set(RESOURCE_FIELDS))
    if unknown:
        raise field_error(unknown[0], _("Fältet hör inte till en aktivitets resurser."), code="unknown")
    if not data or all(data.get(name) is None for name in AMOUNTS):
        raise field_error("money_committed", _("Ange pengar eller årsarbetskrafter för året."), code="required")
    commitment = commitment_for(activity, year)
    resource = ActivityResource.objects.filter(activity=activity, year=year).first()
    if resource is None:
        resource = ActivityResource(collaboration_id=activity.collaboration_id, activity=activity, year=year)
        _check_within(resource, commitment, data, actor)
        return create_object(
            ActivityResource,
            "work.activity.resources_set",
            {**data, "commitment": commitment},
            actor=actor,
            collaboration_id=activity.collaboration_id,
            activity=activity,
            year=year,
        )
    _check_within(resource, commitment, data, actor)
    updated: ActivityResource = update_object(
        resource, "work.activity.resources_set", {**data, "commitment": commitment}, actor=actor
    )
    return updated


@transaction.atomic
def remove_activity_resource(resource: ActivityResource, *, actor: Any, reason: str = "") -> None:
    require(actor, REPORT_ACTIVITY, resource.activity)
    delete_object(resource, "work.activity.resources_removed", actor=actor, reason=reason)


def relink_resources(activity: Activity, *, actor: Any) -> None:
    """After a change of owner: each year's resources are drawn from the new owner's commitment (recorded)."""
    for resource in ActivityResource.objects.filter(activity=activity):
        commitment = commitment_for(activity, resource.year)
        if resource.commitment_id != getattr(commitment, "pk", None):
            update_object(resource, "work.activity.resources_set", {"commitment": commitment}, actor=actor)
