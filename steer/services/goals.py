"""Goal documents, shared goals (nested), each party's own goals and goal conflicts (S2, S3)."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _

from actors.models import Organization
from collaborations.models import Collaboration
from collaborations.parts.services import (
    inherit_visibility,
    keep_visibility_unless,
    require_party,
    require_same_collaboration,
)
from core.services import create_object, delete_object, field_error, require, update_object
from steer.models import Goal, GoalConflict, GoalDocument, OwnGoal
from steer.services.common import MANAGE, OWN_GOALS


@transaction.atomic
def create_goal_document(collaboration: Collaboration, *, actor: Any, **data: Any) -> GoalDocument:
    require(actor, MANAGE, collaboration)
    return create_object(
        GoalDocument,
        "steer.goal_document.created",
        inherit_visibility(data, collaboration),
        actor=actor,
        collaboration=collaboration,
    )


@transaction.atomic
def update_goal_document(document: GoalDocument, *, actor: Any, **data: Any) -> GoalDocument:
    require(actor, MANAGE, document)
    return update_object(document, "steer.goal_document.updated", data, actor=actor)


@transaction.atomic
def delete_goal_document(document: GoalDocument, *, actor: Any, reason: str = "") -> None:
    require(actor, MANAGE, document)
    if document.goals.exists():
        raise field_error("goals", _("Måldokumentet har mål. Ta bort eller flytta målen först."), code="has_goals")
    delete_object(document, "steer.goal_document.deleted", actor=actor, reason=reason)


def _check_outcome(goal: Goal, data: dict[str, Any]) -> None:
    """A goal is marked achieved (with the year) or superseded by another goal of the collaboration, not
    both; a successor that is itself superseded, in a ring back to this goal, is refused."""
    achieved = data.get("achieved_year", goal.achieved_year)
    successor: Goal | None = data.get("superseded_by", goal.superseded_by if goal.superseded_by_id else None)
    evidence = data.get("achieved_evidence", goal.achieved_evidence)
    if achieved is not None and successor is not None:
        raise field_error(
            "superseded_by",
            _("Ett mål är antingen uppnått eller ersatt av ett annat mål, inte båda."),
            code="achieved_and_superseded",
        )
    if evidence and achieved is None:
        raise field_error("achieved_year", _("Ange året då målet nåddes, eller ta bort beläggen."), code="required")
    if successor is None:
        return
    require_same_collaboration(goal.collaboration_id, [successor], "superseded_by")
    step: Goal | None = successor
    seen: set[int] = set()
    while step is not None and step.pk not in seen:
        if goal.pk is not None and step.pk == goal.pk:
            raise field_error("superseded_by", _("Ett mål kan inte ersättas av sig självt."), code="cycle")
        seen.add(step.pk)
        step = step.superseded_by


def _check_goal(goal: Goal, document: GoalDocument, parent: Goal | None) -> None:
    require_same_collaboration(goal.collaboration_id, [document], "document")
    require_same_collaboration(goal.collaboration_id, [parent], "parent")
    ancestor = parent
    while ancestor is not None:
        if goal.pk is not None and ancestor.pk == goal.pk:
            raise field_error("parent", _("Ett mål kan inte ligga under sig självt."), code="cycle")
        ancestor = ancestor.parent
    if parent is not None and parent.document_id != document.pk:
        raise field_error(
            "parent",
            _("Det övergripande målet ”%(parent)s” står i ett annat måldokument.") % {"parent": parent},
            code="other_document",
        )


@transaction.atomic
def create_goal(document: GoalDocument, *, actor: Any, parent: Goal | None = None, **data: Any) -> Goal:
    require(actor, MANAGE, document)
    probe = Goal(collaboration_id=document.collaboration_id, document=document)
    _check_goal(probe, document, parent)
    _check_outcome(probe, data)
    require_same_collaboration(document.collaboration_id, data.get("resources", []), "resources")
    return create_object(
        Goal,
        "steer.goal.created",
        inherit_visibility(data, parent or document),
        actor=actor,
        collaboration_id=document.collaboration_id,
        document=document,
        parent=parent,
    )


@transaction.atomic
def update_goal(goal: Goal, *, actor: Any, **data: Any) -> Goal:
    require(actor, MANAGE, goal)
    _check_goal(goal, data.get("document", goal.document), data.get("parent", goal.parent))
    _check_outcome(goal, data)
    require_same_collaboration(goal.collaboration_id, data.get("resources", []), "resources")
    return update_object(goal, "steer.goal.updated", data, actor=actor)


@transaction.atomic
def delete_goal(goal: Goal, *, actor: Any, reason: str = "") -> None:
    require(actor, MANAGE, goal)
    delete_object(goal, "steer.goal.deleted", actor=actor, reason=reason)


def _check_own_goal(collaboration_id: int, data: dict[str, Any], required: bool) -> None:
    if "shared_goals" in data or required:
        goals = list(data.get("shared_goals") or [])
        if not goals:
            raise field_error(
                "shared_goals", _("Ange minst ett gemensamt mål som det egna målet bidrar till."), code="required"
            )
        require_same_collaboration(collaboration_id, goals, "shared_goals")


@transaction.atomic
def create_own_goal(collaboration: Collaboration, organization: Organization, *, actor: Any, **data: Any) -> OwnGoal:
    """A party's own goal, contributing to shared goals of the same collaboration."""
    require(actor, OWN_GOALS, OwnGoal(collaboration=collaboration, organization=organization))
    require_party(collaboration, organization, "organization")
    _check_own_goal(collaboration.pk, data, required=True)
    data = keep_visibility_unless(MANAGE, actor, collaboration, data)
    return create_object(
        OwnGoal,
        "steer.own_goal.created",
        inherit_visibility(data, collaboration),
        actor=actor,
        collaboration=collaboration,
        organization=organization,
    )


@transaction.atomic
def update_own_goal(own_goal: OwnGoal, *, actor: Any, **data: Any) -> OwnGoal:
    require(actor, OWN_GOALS, own_goal)
    data.pop("organization", None)  # whose goal it is is fixed
    _check_own_goal(own_goal.collaboration_id, data, required=False)
    data = keep_visibility_unless(MANAGE, actor, own_goal, data)
    return update_object(own_goal, "steer.own_goal.updated", data, actor=actor)


@transaction.atomic
def delete_own_goal(own_goal: OwnGoal, *, actor: Any, reason: str = "") -> None:
    require(actor, OWN_GOALS, own_goal)
    delete_object(own_goal, "steer.own_goal.deleted", actor=actor, reason=reason)


def _check_conflict(collaboration: Collaboration, data: dict[str, Any], required: bool) -> None:
    if "parties" in data or required:
        parties = list(data.get("parties") or [])
        if not parties:
            raise field_error("parties", _("Ange vilka parter som berörs av målkonflikten."), code="required")
        for party in parties:
            require_party(collaboration, party, "parties")
    require_same_collaboration(collaboration.pk, data.get("goals", []), "goals")


@transaction.atomic
def record_goal_conflict(collaboration: Collaboration, *, actor: Any, **data: Any) -> GoalConflict:
    require(actor, MANAGE, collaboration)
    _check_conflict(collaboration, data, required=True)
    return create_object(
        GoalConflict,
        "steer.goal_conflict.created",
        inherit_visibility(data, collaboration),
        actor=actor,
        collaboration=collaboration,
    )


@transaction.atomic
def update_goal_conflict(conflict: GoalConflict, *, actor: Any, **data: Any) -> GoalConflict:
    require(actor, MANAGE, conflict)
    _check_conflict(conflict.collaboration, data, required=False)
    return update_object(conflict, "steer.goal_conflict.updated", data, actor=actor)


@transaction.atomic
def delete_goal_conflict(conflict: GoalConflict, *, actor: Any, reason: str = "") -> None:
    require(actor, MANAGE, conflict)
    delete_object(conflict, "steer.goal_conflict.deleted", actor=actor, reason=reason)
