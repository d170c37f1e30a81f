"""Action plans (S5): a party's own plan (its representatives or the coordinators write it) or the joint
plan (the coordinators); saved in versions, each version keeping the activities as they were, and the
party's decision on a version recorded as for agreements (body, date, reference; each may be unknown)."""

from __future__ import annotations

import datetime
from typing import Any

from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from collaborations.models import Collaboration
from collaborations.parts.services import inherit_visibility, keep_visibility_unless, require_party
from core.permissions import scope_for
from core.services import SYSTEM, create_object, delete_object, field_error, require, update_object
from work.engine.rows import activity_row
from work.models import PLAN_ORDER, ActionPlan, ActionPlanVersion, Activity
from work.services.common import KEEP_PLAN, MANAGE, START_PLAN

PLAN_FIELDS = (
    "organization",
    "title",
    "start_year",
    "end_year",
    "description",
    "visibility",
    "shared_with",
    "source_note",
    "source_url",
    "source_page",
    "is_assumption",
)
DECISION_FIELDS = ("decision_body", "decision_body_name", "decision_date", "decision_reference")


def _check_plan(collaboration: Collaboration, data: dict[str, Any], actor: Any) -> None:
    unknown = sorted(set(data) - set(PLAN_FIELDS))
    if unknown:
        raise field_error(unknown[0], _("Fältet finns inte på en handlingsplan."), code="unknown")
    if "title" in data and not str(data["title"] or "").strip():
        raise field_error("title", _("Ge handlingsplanen en rubrik."), code="required")
    organization = data.get("organization")
    require_party(collaboration, organization, "organization")
    may_manage = actor is SYSTEM or actor.has_perm(MANAGE, collaboration)
    if "organization" in data and not may_manage:
        if organization is None:
            raise field_error(
                "organization", _("Den gemensamma handlingsplanen skrivs av samverkans samordnare."), "joint_plan"
            )
        if organization.pk not in scope_for(actor).organization_ids:
            raise field_error(
                "organization",
                _("Du företräder inte %(org)s; varje part skriver sin egen handlingsplan.") % {"org": organization},
                code="not_own_party",
            )


@transaction.atomic
def create_action_plan(collaboration: Collaboration, *, actor: Any, **data: Any) -> ActionPlan:
    """Start an action plan: a party's own (`organization`) or, without one, the collaboration's joint plan."""
    require(actor, START_PLAN, collaboration)
    data.setdefault("organization", None)
    data = keep_visibility_unless(MANAGE, actor, collaboration, data)  # who sees what: the coordinators'
    _check_plan(collaboration, data, actor)
    if not str(data.get("title") or "").strip():
        raise field_error("title", _("Ge handlingsplanen en rubrik."), code="required")
    if data.get("start_year") is None:
        raise field_error("start_year", _("Ange från vilket år planen gäller."), code="required")
    return create_object(
        ActionPlan,
        "work.plan.created",
        inherit_visibility(data, collaboration),
        actor=actor,
        collaboration=collaboration,
    )


@transaction.atomic
def update_action_plan(plan: ActionPlan, *, actor: Any, **data: Any) -> ActionPlan:
    require(actor, KEEP_PLAN, plan)
    data.pop("collaboration", None)
    data = keep_visibility_unless(MANAGE, actor, plan, data)
    _check_plan(plan.collaboration, data, actor)
    return update_object(plan, "work.plan.updated", data, actor=actor)


@transaction.atomic
def delete_action_plan(plan: ActionPlan, *, actor: Any, reason: str = "") -> None:
    """Remove a plan that has no activities (an activity is removed, or moved, first)."""
    require(actor, KEEP_PLAN, plan)
    if Activity.objects.filter(plan=plan).exists():
        raise field_error("plan", _("Handlingsplanen har aktiviteter; ta bort dem först."), code="has_activities")
    delete_object(plan, "work.plan.deleted", actor=actor, reason=reason)


def plan_rows(plan: ActionPlan) -> list[dict[str, Any]]:
    """The plan's activities as the rows of a version (and of the Excel template), in the plan's order."""
    activities = (
        Activity.objects.filter(plan=plan)
        .select_related("owner_organization", "owner_person")
        .prefetch_related("goals", "own_goals")  # the services see every activity of the plan they write
        .order_by(*PLAN_ORDER)
    )
    return [activity_row(activity) for activity in activities]


@transaction.atomic
def save_plan_version(
    plan: ActionPlan, *, actor: Any, note: str = "", imported_from: str = "", saved_on: datetime.date | None = None
) -> ActionPlanVersion:
    """Keep the plan as it is now as its next version."""
    require(actor, KEEP_PLAN, plan)
    number = (ActionPlanVersion.objects.filter(plan=plan).aggregate(n=Max("number"))["n"] or 0) + 1
    return create_object(
        ActionPlanVersion,
        "work.plan.version_saved",
        {"note": note, "imported_from": imported_from[:200], "saved_on": saved_on or timezone.localdate()},
        actor=actor,
        collaboration_id=plan.collaboration_id,
        plan=plan,
        number=number,
        rows=plan_rows(plan),
    )


@transaction.atomic
def record_plan_decision(version: ActionPlanVersion, *, actor: Any, **data: Any) -> ActionPlanVersion:
    """Record the party's decision on a version: which of its bodies decided, when, with which reference."""
    require(actor, KEEP_PLAN, version.plan)
    unknown = sorted(set(data) - set(DECISION_FIELDS))
    if unknown:
        raise field_error(unknown[0], _("Fältet hör inte till beslutet om planen."), code="unknown")
    day = data.get("decision_date")
    if day is not None and day > timezone.localdate():
        raise field_error("decision_date", _("Ett beslut kan inte vara fattat i framtiden."), code="in_the_future")
    if day is not None and day < version.saved_on:
        raise field_error(
            "decision_date",
            _("Version %(n)s sparades %(saved)s; beslutet om den kan inte vara fattat före det.")
            % {"n": version.number, "saved": version.saved_on.isoformat()},
            code="before_version",
        )
    return update_object(version, "work.plan.decided", data, actor=actor)
