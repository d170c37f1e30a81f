"""The joint situation analysis (S1): versions, actors (missing actors become invitations) and
each party's own benefit."""

from __future__ import annotations

from typing import Any, cast

from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from actors.models import Organization
from collaborations import services as collaboration_services
from collaborations.models import Collaboration
from collaborations.parts.services import inherit_visibility, keep_visibility_unless, require_party
from collaborations.parts.sources import SOURCE_FIELDS
from core.services import create_object, delete_object, field_error, require, update_object
from steer.choices import InvitationStatus
from steer.models import AnalysisActor, OwnBenefit, SituationAnalysis
from steer.services.common import MANAGE, OWN_GOALS

ANALYSIS_FIELDS = (
    "problem",
    "causes",
    "trends",
    "done_local",
    "done_regional",
    "done_national",
    "done_international",
    "research",
    "others_succeeded",
    "collective_benefit",
)


@transaction.atomic
def save_situation_analysis(collaboration: Collaboration, *, actor: Any, **data: Any) -> SituationAnalysis:
    """Save the analysis as a new version; what is not given is carried over from the current one."""
    require(actor, MANAGE, collaboration)
    current = SituationAnalysis.objects.filter(collaboration=collaboration).order_by("-number").first()
    if current is not None:
        carried = {name: getattr(current, name) for name in ANALYSIS_FIELDS + SOURCE_FIELDS}
        carried["visibility"] = current.visibility
        data = {**carried, **data}
        if "shared_with" not in data and current.visibility == "named":
            data["shared_with"] = list(current.shared_with.all())
    else:
        data = inherit_visibility(data, collaboration)
    number = (collaboration.situation_analyses.aggregate(n=Max("number"))["n"] or 0) + 1
    return create_object(
        SituationAnalysis,
        "steer.situation_analysis.versioned",
        data,
        actor=actor,
        collaboration=collaboration,
        number=number,
    )


def _check_actor(collaboration: Collaboration, data: dict[str, Any], exclude_pk: int | None) -> None:
    organization = data.get("organization")
    if organization is not None:
        others = AnalysisActor.objects.filter(collaboration=collaboration, organization=organization)
        if others.exclude(pk=exclude_pk).exists():
            raise field_error(
                "organization", _("%(org)s finns redan bland aktörerna.") % {"org": organization}, code="duplicate"
            )


@transaction.atomic
def add_analysis_actor(collaboration: Collaboration, *, actor: Any, **data: Any) -> AnalysisActor:
    require(actor, MANAGE, collaboration)
    _check_actor(collaboration, data, None)
    return create_object(
        AnalysisActor,
        "steer.analysis_actor.created",
        inherit_visibility(data, collaboration),
        actor=actor,
        collaboration=collaboration,
    )


@transaction.atomic
def update_analysis_actor(obj: AnalysisActor, *, actor: Any, **data: Any) -> AnalysisActor:
    require(actor, MANAGE, obj)
    _check_actor(obj.collaboration, data, obj.pk)
    return update_object(obj, "steer.analysis_actor.updated", data, actor=actor)


@transaction.atomic
def remove_analysis_actor(obj: AnalysisActor, *, actor: Any, reason: str = "") -> None:
    require(actor, MANAGE, obj)
    delete_object(obj, "steer.analysis_actor.deleted", actor=actor, reason=reason)


@transaction.atomic
def invite_missing_actor(
    obj: AnalysisActor, *, actor: Any, organization: Organization | None = None, message: str = ""
) -> AnalysisActor:
    """Turn a missing actor into an invitation to take part; the organization must be in the register."""
    require(actor, MANAGE, obj)
    if not obj.is_missing:
        raise field_error("is_missing", _("%(actor)s deltar redan; bara saknade aktörer bjuds in.") % {"actor": obj})
    organization = organization or obj.organization
    if organization is None:
        raise field_error(
            "organization",
            _("Välj organisationen i registret (eller lägg först till den) innan den kan bjudas in."),
            code="required",
        )
    if obj.collaboration.participations.filter(organization=organization).exists():
        raise field_error(
            "organization", _("%(org)s deltar redan i samverkan.") % {"org": organization}, code="already_party"
        )
    data = {
        "organization": organization,
        "invitation_status": InvitationStatus.INVITED,
        "invited_on": timezone.localdate(),
        "invitation_message": message,
    }
    _check_actor(obj.collaboration, data, obj.pk)
    return update_object(obj, "steer.analysis_actor.invited", data, actor=actor)


@transaction.atomic
def answer_invitation(obj: AnalysisActor, *, actor: Any, accepted: bool, role: str = "party") -> AnalysisActor:
    """Record the invited organization's answer; a yes makes it a participant in the collaboration."""
    require(actor, MANAGE, obj)
    if obj.invitation_status != InvitationStatus.INVITED:
        raise field_error("invitation_status", _("%(actor)s har ingen obesvarad inbjudan.") % {"actor": obj})
    if accepted:
        invited = cast(Organization, obj.organization)  # an invitation names its organization (invite_actor)
        collaboration_services.add_participation(
            obj.collaboration, invited, actor=actor, role=role, visibility=obj.collaboration.visibility
        )
        data = {"invitation_status": InvitationStatus.ACCEPTED, "is_missing": False}
    else:
        data = {"invitation_status": InvitationStatus.DECLINED}
    return update_object(obj, "steer.analysis_actor.answered", data, actor=actor)


@transaction.atomic
def set_own_benefit(collaboration: Collaboration, organization: Organization, *, actor: Any, **data: Any) -> OwnBenefit:
    """A party's statement of what it gains (one per party; replaces the earlier statement)."""
    existing: OwnBenefit | None = OwnBenefit.objects.filter(
        collaboration=collaboration, organization=organization
    ).first()
    probe = existing or OwnBenefit(collaboration=collaboration, organization=organization)
    require(actor, OWN_GOALS, probe)
    require_party(collaboration, organization, "organization")
    data = keep_visibility_unless(MANAGE, actor, collaboration, data)
    if not (data.get("text") or (existing and existing.text)):
        raise field_error("text", _("Skriv vad parten vinner på samverkan."), code="required")
    if existing is not None:
        return update_object(existing, "steer.own_benefit.updated", data, actor=actor)
    return create_object(
        OwnBenefit,
        "steer.own_benefit.created",
        inherit_visibility(data, collaboration),
        actor=actor,
        collaboration=collaboration,
        organization=organization,
    )


@transaction.atomic
def remove_own_benefit(obj: OwnBenefit, *, actor: Any, reason: str = "") -> None:
    require(actor, OWN_GOALS, obj)
    delete_object(obj, "steer.own_benefit.deleted", actor=actor, reason=reason)
