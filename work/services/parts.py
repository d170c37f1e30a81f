"""The competences an activity needs and who provides them (a gap when no party does), and the target
groups it involves and how (W4). The activity's owner and the plan's keepers write them."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _

from collaborations.parts.services import require_party
from core.services import create_object, delete_object, field_error, require, update_object
from work.choices import Involvement, TargetGroupKind
from work.models import Activity, ActivityCompetence, ActivityTargetGroup
from work.services.common import REPORT_ACTIVITY

COMPETENCE_FIELDS = ("competence", "provider", "note")
TARGET_GROUP_FIELDS = ("kind", "description", "involvement", "evidence")


def _only(data: dict[str, Any], allowed: tuple[str, ...]) -> None:
    unknown = sorted(set(data) - set(allowed))
    if unknown:
        raise field_error(unknown[0], _("Fältet kan inte sättas här."), code="unknown")


def _check_competence(activity: Activity, data: dict[str, Any], required: bool) -> None:
    _only(data, COMPETENCE_FIELDS)
    if (required or "competence" in data) and not str(data.get("competence") or "").strip():
        raise field_error("competence", _("Skriv vilken kompetens som behövs."), code="required")
    require_party(activity.collaboration, data.get("provider"), "provider")


@transaction.atomic
def add_competence(activity: Activity, *, actor: Any, **data: Any) -> ActivityCompetence:
    """A competence the activity needs; without a provider it shows as a gap."""
    require(actor, REPORT_ACTIVITY, activity)
    _check_competence(activity, data, required=True)
    return create_object(
        ActivityCompetence,
        "work.activity.competence_added",
        data,
        actor=actor,
        collaboration_id=activity.collaboration_id,
        activity=activity,
    )


@transaction.atomic
def update_competence(competence: ActivityCompetence, /, *, actor: Any, **data: Any) -> ActivityCompetence:
    require(actor, REPORT_ACTIVITY, competence.activity)
    _check_competence(competence.activity, data, required=False)
    return update_object(competence, "work.activity.competence_updated", data, actor=actor)


@transaction.atomic
def remove_competence(competence: ActivityCompetence, *, actor: Any, reason: str = "") -> None:
    require(actor, REPORT_ACTIVITY, competence.activity)
    delete_object(competence, "work.activity.competence_removed", actor=actor, reason=reason)


def _check_target_group(data: dict[str, Any], required: bool) -> None:
    _only(data, TARGET_GROUP_FIELDS)
    if (required or "kind" in data) and data.get("kind") not in TargetGroupKind.values:
        raise field_error("kind", _("Välj vilken målgrupp det är."), code="required")
    if (required or "involvement" in data) and data.get("involvement") not in Involvement.values:
        raise field_error(
            "involvement", _("Välj hur gruppen involveras: informeras, tillfrågas eller medskapar."), "required"
        )
    if data.get("kind") == TargetGroupKind.OTHER and not str(data.get("description") or "").strip():
        raise field_error("description", _("Skriv vilken grupp det är."), code="required")


@transaction.atomic
def add_target_group(activity: Activity, *, actor: Any, **data: Any) -> ActivityTargetGroup:
    """A group the activity involves (pupils, patients, companies …) and how: informed, consulted, co-creating."""
    require(actor, REPORT_ACTIVITY, activity)
    _check_target_group(data, required=True)
    return create_object(
        ActivityTargetGroup,
        "work.activity.target_group_added",
        data,
        actor=actor,
        collaboration_id=activity.collaboration_id,
        activity=activity,
    )


@transaction.atomic
def update_target_group(group: ActivityTargetGroup, *, actor: Any, **data: Any) -> ActivityTargetGroup:
    require(actor, REPORT_ACTIVITY, group.activity)
    _check_target_group(data, required=False)
    return update_object(group, "work.activity.target_group_updated", data, actor=actor)


@transaction.atomic
def remove_target_group(group: ActivityTargetGroup, *, actor: Any, reason: str = "") -> None:
    require(actor, REPORT_ACTIVITY, group.activity)
    delete_object(group, "work.activity.target_group_removed", actor=actor, reason=reason)
