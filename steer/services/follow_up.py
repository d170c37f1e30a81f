"""Follow-up rounds and their assessments, qualitative evidence, the analysis dialogue and
environmental scans (S6–S10)."""

from __future__ import annotations

import datetime
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from actors.models import Organization
from collaborations.models import Collaboration
from collaborations.parts.services import inherit_visibility, require_party, require_same_collaboration
from core.services import create_object, delete_object, field_error, require, update_object
from steer.choices import RoundStatus
from steer.models import AnalysisEntry, Assessment, EnvironmentalScan, Evidence, FollowUpRound, Goal, Indicator
from steer.services.common import FOLLOW_UP, MANAGE


@transaction.atomic
def create_round(
    collaboration: Collaboration, *, actor: Any, coordinating_organization: Organization, **data: Any
) -> FollowUpRound:
    """A round of joint follow-up, coordinated by one party (S6)."""
    require(actor, MANAGE, collaboration)
    require_party(collaboration, coordinating_organization, "coordinating_organization")
    if data.get("status") == RoundStatus.CLOSED:
        raise field_error("status", _("En ny omgång kan inte vara avslutad; avsluta den när uppföljningen är gjord."))
    return create_object(
        FollowUpRound,
        "steer.round.created",
        inherit_visibility({**data, "coordinating_organization": coordinating_organization}, collaboration),
        actor=actor,
        collaboration=collaboration,
    )


@transaction.atomic
def update_round(round_: FollowUpRound, *, actor: Any, **data: Any) -> FollowUpRound:
    require(actor, MANAGE, round_)
    if round_.status == RoundStatus.CLOSED and data.get("status", RoundStatus.CLOSED) == RoundStatus.CLOSED:
        data.pop("status", None)
    if data.get("status") == RoundStatus.CLOSED:
        raise field_error("status", _("En omgång avslutas med knappen Avsluta, som sparar läget för indikatorerna."))
    require_party(round_.collaboration, data.get("coordinating_organization"), "coordinating_organization")
    return update_object(round_, "steer.round.updated", data, actor=actor)


@transaction.atomic
def close_round(
    round_: FollowUpRound,
    *,
    actor: Any,
    summary: str | None = None,
    closed_on: datetime.date | None = None,
    confirm_before_start: bool = False,
) -> FollowUpRound:
    """Close the round (today, or on `closed_on` when a round is recorded afterwards): the computed
    status, trend and latest year of every indicator are kept in the round's assessments, so the next
    round can show what changed. A round whose period has not begun on the closing day is closed only
    when that is confirmed (`confirm_before_start`): the state kept is then the one before the period."""
    from steer.queries import indicator_statuses

    require(actor, MANAGE, round_)
    if round_.status == RoundStatus.CLOSED:
        raise field_error("status", _("Omgången är redan avslutad."), code="closed")
    day = closed_on or timezone.localdate()
    if day < round_.start_date and not confirm_before_start:
        raise field_error(
            "confirm_before_start",
            _(
                "Omgångens period har inte börjat: den startar %(start)s. Bekräfta att du vill avsluta den ändå; "
                "läget för indikatorerna sparas då som det är %(day)s."
            )
            % {"start": round_.start_date.isoformat(), "day": day.isoformat()},
            code="not_begun",
        )
    indicators = list(Indicator.objects.filter(collaboration_id=round_.collaboration_id))
    statuses = indicator_statuses(indicators)
    existing = {a.indicator_id: a for a in round_.assessments.filter(indicator__isnull=False)}
    for indicator in indicators:
        result = statuses[indicator.pk]
        computed = {
            "computed_status": result.status,
            "computed_trend": result.trend,
            "latest_year": result.latest_year,
        }
        if indicator.pk in existing:
            update_object(existing[indicator.pk], "steer.assessment.updated", computed, actor=actor)
        else:
            create_object(
                Assessment,
                "steer.assessment.created",
                inherit_visibility({**computed, "status": result.status}, indicator),
                actor=actor,
                collaboration_id=round_.collaboration_id,
                round=round_,
                indicator=indicator,
            )
    data: dict[str, Any] = {"status": RoundStatus.CLOSED, "closed_on": day}
    if summary is not None:
        data["summary"] = summary
    return update_object(round_, "steer.round.closed", data, actor=actor)


@transaction.atomic
def delete_round(round_: FollowUpRound, *, actor: Any, reason: str = "") -> None:
    require(actor, MANAGE, round_)
    delete_object(round_, "steer.round.deleted", actor=actor, reason=reason)


@transaction.atomic
def assess(
    round_: FollowUpRound,
    *,
    actor: Any,
    goal: Goal | None = None,
    indicator: Indicator | None = None,
    **data: Any,
) -> Assessment:
    """The round's judgement of one goal or one indicator (replaces an earlier one in the round)."""
    require(actor, FOLLOW_UP, round_)
    if (goal is None) == (indicator is None):
        raise field_error("goal", _("En bedömning gäller antingen ett mål eller en indikator."), code="one_of")
    require_same_collaboration(round_.collaboration_id, [goal], "goal")
    require_same_collaboration(round_.collaboration_id, [indicator], "indicator")
    existing: Assessment | None = round_.assessments.filter(goal=goal, indicator=indicator).first()
    if existing is not None:
        return update_object(existing, "steer.assessment.updated", data, actor=actor)
    return create_object(
        Assessment,
        "steer.assessment.created",
        inherit_visibility(data, round_),
        actor=actor,
        collaboration_id=round_.collaboration_id,
        round=round_,
        goal=goal,
        indicator=indicator,
    )


@transaction.atomic
def remove_assessment(assessment: Assessment, *, actor: Any, reason: str = "") -> None:
    require(actor, FOLLOW_UP, assessment)
    delete_object(assessment, "steer.assessment.deleted", actor=actor, reason=reason)


def _check_links(collaboration: Collaboration, data: dict[str, Any]) -> None:
    require_same_collaboration(collaboration.pk, [data.get("round")], "round")
    require_same_collaboration(collaboration.pk, data.get("goals", []), "goals")
    require_same_collaboration(collaboration.pk, data.get("indicators", []), "indicators")


@transaction.atomic
def add_evidence(collaboration: Collaboration, *, actor: Any, **data: Any) -> Evidence:
    """Qualitative evidence: a focus group, interview, visit, inspection or survey (S7)."""
    require(actor, FOLLOW_UP, collaboration)
    _check_links(collaboration, data)
    return create_object(
        Evidence,
        "steer.evidence.created",
        inherit_visibility(data, collaboration),
        actor=actor,
        collaboration=collaboration,
    )


@transaction.atomic
def update_evidence(evidence: Evidence, *, actor: Any, **data: Any) -> Evidence:
    require(actor, FOLLOW_UP, evidence)
    _check_links(evidence.collaboration, data)
    return update_object(evidence, "steer.evidence.updated", data, actor=actor)


@transaction.atomic
def remove_evidence(evidence: Evidence, *, actor: Any, reason: str = "") -> None:
    require(actor, FOLLOW_UP, evidence)
    delete_object(evidence, "steer.evidence.deleted", actor=actor, reason=reason)


def _check_entry(round_: FollowUpRound, data: dict[str, Any]) -> None:
    require_same_collaboration(round_.collaboration_id, [data.get("goal")], "goal")
    require_same_collaboration(round_.collaboration_id, [data.get("indicator")], "indicator")
    if data.get("decision_status") == "decided" and not (data.get("decision") and data.get("decided_on")):
        raise field_error("decision", _("Ett fattat beslut behöver beslutstext och beslutsdatum."), code="required")


@transaction.atomic
def add_analysis_entry(round_: FollowUpRound, *, actor: Any, **data: Any) -> AnalysisEntry:
    """A point of the analysis dialogue: a deviation, its causes, improvements and decisions (S8)."""
    require(actor, FOLLOW_UP, round_)
    _check_entry(round_, data)
    return create_object(
        AnalysisEntry,
        "steer.analysis_entry.created",
        inherit_visibility(data, round_),
        actor=actor,
        collaboration_id=round_.collaboration_id,
        round=round_,
    )


@transaction.atomic
def update_analysis_entry(entry: AnalysisEntry, *, actor: Any, **data: Any) -> AnalysisEntry:
    require(actor, FOLLOW_UP, entry)
    merged = {name: getattr(entry, name) for name in ("decision", "decision_status", "decided_on")} | data
    _check_entry(entry.round, merged)
    return update_object(entry, "steer.analysis_entry.updated", data, actor=actor)


@transaction.atomic
def remove_analysis_entry(entry: AnalysisEntry, *, actor: Any, reason: str = "") -> None:
    require(actor, FOLLOW_UP, entry)
    delete_object(entry, "steer.analysis_entry.deleted", actor=actor, reason=reason)


@transaction.atomic
def add_scan(collaboration: Collaboration, *, actor: Any, **data: Any) -> EnvironmentalScan:
    """An entry of the environmental scan at one level, linked to goals (S9)."""
    require(actor, FOLLOW_UP, collaboration)
    _check_links(collaboration, data)
    return create_object(
        EnvironmentalScan,
        "steer.scan.created",
        inherit_visibility(data, collaboration),
        actor=actor,
        collaboration=collaboration,
    )


@transaction.atomic
def update_scan(scan: EnvironmentalScan, *, actor: Any, **data: Any) -> EnvironmentalScan:
    require(actor, FOLLOW_UP, scan)
    _check_links(scan.collaboration, data)
    return update_object(scan, "steer.scan.updated", data, actor=actor)


@transaction.atomic
def remove_scan(scan: EnvironmentalScan, *, actor: Any, reason: str = "") -> None:
    require(actor, FOLLOW_UP, scan)
    delete_object(scan, "steer.scan.deleted", actor=actor, reason=reason)
