"""The plan for what follows when a project's external funding ends (X5): continue in ordinary
operations, a follow-on project, or end; with the decision of the collaboration that settled it."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _

from collaborations.parts.services import inherit_visibility, require_same_collaboration
from core.services import create_object, delete_object, field_error, require, update_object
from lead.choices import AfterProjectPlanKind
from lead.models import AfterProjectPlan
from lead.services.common import MANAGE
from organize.models import ExternalFunding


def _check_plan(funding: ExternalFunding, data: dict[str, Any]) -> None:
    if "kind" in data and data["kind"] not in AfterProjectPlanKind.values:
        raise field_error(
            "kind",
            _("Ange vad som följer: ordinarie verksamhet, ett fortsättningsprojekt eller att arbetet avslutas."),
            code="required",
        )
    decision = data.get("decision")
    require_same_collaboration(funding.collaboration_id, [decision], "decision")
    if decision is not None and data.get("decided_on") is None:
        data["decided_on"] = decision.meeting.date


@transaction.atomic
def set_after_project_plan(funding: ExternalFunding, *, actor: Any, **data: Any) -> AfterProjectPlan:
    """Write (or change) the plan for the time after the funding: `kind`, `description`, the `decision`
    (of the same collaboration) and its day (`decided_on`, the decision's meeting day unless given)."""
    require(actor, MANAGE, funding)
    data.pop("funding", None)
    data.pop("collaboration", None)
    _check_plan(funding, data)
    plan = AfterProjectPlan.objects.filter(funding=funding).first()
    if plan is None:
        if "kind" not in data:
            data["kind"] = ""
            _check_plan(funding, data)
        return create_object(
            AfterProjectPlan,
            "lead.after_project_plan.created",
            inherit_visibility(data, funding),
            actor=actor,
            collaboration_id=funding.collaboration_id,
            funding=funding,
        )
    updated: AfterProjectPlan = update_object(plan, "lead.after_project_plan.updated", data, actor=actor)
    return updated


@transaction.atomic
def remove_after_project_plan(plan: AfterProjectPlan, *, actor: Any, reason: str = "") -> None:
    require(actor, MANAGE, plan)
    delete_object(plan, "lead.after_project_plan.removed", actor=actor, reason=reason)
