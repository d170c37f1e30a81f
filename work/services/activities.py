"""Activities (W1–W4). Nothing without an owner or a goal is saved: an activity has a responsible
organization (a party) and a responsible person who represents it (W2), and serves at least one goal, a
shared goal or a party's own (W1). Its status changes with a progress note, so every change says what
happened. An innovation is scaled up only after its pilot is evaluated (`work.engine.pilot`)."""

from __future__ import annotations

import datetime
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from collaborations.parts.services import (
    inherit_visibility,
    keep_visibility_unless,
    require_party,
    require_representative,
    require_same_collaboration,
)
from core.services import create_object, delete_object, field_error, require, update_object
from steer.models import Goal, OwnGoal
from work.choices import ActivityStatus, KnowledgeBasis
from work.engine.pilot import scale_up_refusal
from work.models import ActionPlan, Activity, ProgressNote
from work.services.common import KEEP_PLAN, MANAGE, REPORT_ACTIVITY
from work.services.resources import relink_resources

# What the plan's keepers set on an activity (the status moves with a progress note; the evaluation and
# the scale-up have their own services).
ACTIVITY_FIELDS = (
    "title",
    "description",
    "owner_organization",
    "owner_person",
    "start_date",
    "end_date",
    "goals",
    "own_goals",
    "knowledge_basis",
    "evidence_reference",
    "pilot_scope",
    "pilot_size",
    "evaluation_plan",
    "evaluation_due",
    "visibility",
    "shared_with",
    "source_note",
    "source_url",
    "source_page",
    "is_assumption",
)


def _current(activity: Activity, data: dict[str, Any], name: str) -> Any:
    if name in data:
        return data[name]
    if activity.pk is None:
        return None
    return getattr(activity, name)


def _check_owner(activity: Activity, data: dict[str, Any]) -> None:
    organization = _current(activity, data, "owner_organization")
    person = _current(activity, data, "owner_person")
    if organization is None:
        raise field_error(
            "owner_organization",
            _("Ange vilken organisation som ansvarar för aktiviteten: inget arbete utan en ansvarig part."),
            code="required",
        )
    if person is None:
        raise field_error(
            "owner_person",
            _("Ange vem som ansvarar för aktiviteten: en person som företräder den ansvariga organisationen."),
            code="required",
        )
    require_party(activity.collaboration, organization, "owner_organization")
    require_representative(person, organization, "owner_person")


def _hidden_kept(activity: Activity, data: dict[str, Any], actor: Any) -> None:
    """Goals the actor may not see stay on the activity: a form or a file lists only what its user sees."""
    if activity.pk is None:
        return
    for name, model in (("goals", Goal), ("own_goals", OwnGoal)):
        if name in data:
            current = model.objects.filter(activities=activity)
            hidden = current.exclude(pk__in=model.objects.visible_to(actor).values("pk"))
            data[name] = [*data[name], *(g for g in hidden if g not in data[name])]


def _check_goals(activity: Activity, data: dict[str, Any], actor: Any) -> None:
    """At least one goal, of this collaboration; a party's own goal is the owner's or the plan's party's."""
    if activity.pk is not None and not ({"goals", "own_goals", "owner_organization"} & set(data)):
        return
    saved = activity.pk is not None
    goals = list(data["goals"]) if "goals" in data else list(Goal.objects.filter(activities=activity) if saved else [])
    own = (
        list(data["own_goals"])
        if "own_goals" in data
        else (list(OwnGoal.objects.filter(activities=activity)) if saved else [])
    )
    if not goals and not own:
        raise field_error(
            "goals",
            _("Ange minst ett mål som aktiviteten tjänar: ett gemensamt mål eller partens eget mål."),
            code="required",
        )
    require_same_collaboration(activity.collaboration_id, goals, "goals")
    require_same_collaboration(activity.collaboration_id, own, "own_goals")
    owner = _current(activity, data, "owner_organization")
    allowed = {activity.plan.organization_id, getattr(owner, "pk", None)} - {None}
    for goal in own:
        if goal.organization_id not in allowed:
            visible = OwnGoal.objects.visible_to(actor).filter(pk=goal.pk).exists()
            message = (
                _("”%(goal)s” är ett eget mål för %(org)s; välj den ansvariga partens egna mål.")
                % {"goal": goal, "org": goal.organization}
                if visible
                else _("Ett av aktivitetens egna mål hör till en annan part än den ansvariga; välj partens egna mål.")
            )
            raise field_error("own_goals", message, code="other_party")


def _check_text(activity: Activity, data: dict[str, Any]) -> None:
    if (activity.pk is None or "title" in data) and not str(data.get("title") or "").strip():
        raise field_error("title", _("Skriv vad aktiviteten är."), code="required")
    basis = _current(activity, data, "knowledge_basis")
    reference = _current(activity, data, "evidence_reference") or ""
    if basis == KnowledgeBasis.EVIDENCE and not str(reference).strip():
        raise field_error(
            "evidence_reference",
            _("En evidensbaserad aktivitet anger evidensen: studien, kunskapsstödet eller utvärderingen."),
            code="required",
        )
    start, end = _current(activity, data, "start_date"), _current(activity, data, "end_date")
    if start is not None and end is not None and end < start:
        raise field_error(
            "end_date",
            _("Aktiviteten startar %(start)s och kan inte sluta före det.") % {"start": start.isoformat()},
            code="before_start",
        )
    if activity.scaled_up_on is not None and "knowledge_basis" in data and basis != KnowledgeBasis.INNOVATION:
        raise field_error(
            "knowledge_basis",
            _("Aktiviteten är uppskalad efter en pilot och förblir en innovation."),
            code="scaled_up",
        )


def _check(activity: Activity, data: dict[str, Any], actor: Any) -> None:
    unknown = sorted(set(data) - set(ACTIVITY_FIELDS) - {"status"})
    if unknown:
        raise field_error(unknown[0], _("Fältet kan inte sättas här."), code="read_only")
    _check_text(activity, data)
    _check_owner(activity, data)
    _check_goals(activity, data, actor)


@transaction.atomic
def create_activity(plan: ActionPlan, *, actor: Any, **data: Any) -> Activity:
    """Add an activity to a plan (its status is planned unless said: a plan read in may say more)."""
    require(actor, KEEP_PLAN, plan)
    for name in ("plan", "collaboration", "evaluated_on", "evaluation_result", "scaled_up_on"):
        data.pop(name, None)
    data = keep_visibility_unless(MANAGE, actor, plan.collaboration, data)  # who sees what: the coordinators'
    probe = Activity(collaboration=plan.collaboration, plan=plan)
    _check(probe, data, actor)
    status = data.pop("status", None) or ActivityStatus.PLANNED
    if status not in ActivityStatus.values:
        raise field_error("status", _("Okänd status: %(status)s.") % {"status": status}, code="invalid")
    return create_object(
        Activity,
        "work.activity.created",
        inherit_visibility(data, plan),
        actor=actor,
        collaboration_id=plan.collaboration_id,
        plan=plan,
        status=status,
    )


@transaction.atomic
def update_activity(activity: Activity, *, actor: Any, **data: Any) -> Activity:
    """Change what the activity is, who owns it, when it runs, the goals it serves and what it rests on."""
    require(actor, KEEP_PLAN, activity)
    data.pop("collaboration", None)
    if "status" in data:
        raise field_error("status", _("Status ändras med en lägesrapport, som säger vad som hänt."), "status_by_note")
    # What a page or the API read of the goals is what its user sees: the services work on all of them.
    getattr(activity, "_prefetched_objects_cache", {}).clear()
    data = keep_visibility_unless(MANAGE, actor, activity, data)
    _hidden_kept(activity, data, actor)
    _check(activity, data, actor)
    activity = update_object(activity, "work.activity.updated", data, actor=actor)
    if "owner_organization" in data:
        relink_resources(activity, actor=actor)
    return activity


@transaction.atomic
def delete_activity(activity: Activity, *, actor: Any, reason: str = "") -> None:
    require(actor, KEEP_PLAN, activity)
    delete_object(activity, "work.activity.deleted", actor=actor, reason=reason)


# Progress notes --------------------------------------------------------------------------------------


def _person_of(actor: Any) -> Any:
    return getattr(actor, "person", None) if getattr(actor, "is_authenticated", False) else None


@transaction.atomic
def add_progress_note(
    activity: Activity,
    *,
    actor: Any,
    text: str,
    status: str | None = None,
    written_on: datetime.date | None = None,
) -> ProgressNote:
    """Say how the activity goes; the status given is the activity's from then on (the latest note decides)."""
    require(actor, REPORT_ACTIVITY, activity)
    if not str(text or "").strip():
        raise field_error("text", _("Skriv hur det går: vad har gjorts, vad händer härnäst?"), code="required")
    status = status or activity.status
    if status not in ActivityStatus.values:
        raise field_error("status", _("Okänd status: %(status)s.") % {"status": status}, code="invalid")
    day = written_on or timezone.localdate()
    if day > timezone.localdate():
        raise field_error("written_on", _("En lägesrapport kan inte skrivas i förväg."), code="in_the_future")
    note = create_object(
        ProgressNote,
        "work.activity.progress_noted",
        {"text": text, "status": status, "written_on": day, "author": _person_of(actor)},
        actor=actor,
        collaboration_id=activity.collaboration_id,
        activity=activity,
    )
    _follow_latest_note(activity, actor)
    return note


def _follow_latest_note(activity: Activity, actor: Any) -> None:
    """The latest note decides the activity's status (none left: the status stays as it is)."""
    latest = ProgressNote.objects.filter(activity=activity).order_by("-written_on", "-pk").first()
    if latest is not None and latest.status != activity.status:
        update_object(activity, "work.activity.status_changed", {"status": latest.status}, actor=actor)


@transaction.atomic
def remove_progress_note(note: ProgressNote, *, actor: Any, reason: str = "") -> None:
    """Remove a note written in error; the latest note left decides the status again."""
    activity = note.activity
    require(actor, REPORT_ACTIVITY, activity)
    delete_object(note, "work.activity.progress_note_removed", actor=actor, reason=reason)
    _follow_latest_note(activity, actor)


# The pilot and its evaluation (W3) --------------------------------------------------------------------


@transaction.atomic
def record_evaluation(
    activity: Activity, *, actor: Any, evaluated_on: datetime.date | None, evaluation_result: str
) -> Activity:
    """Record the evaluation of the pilot: the day it was done and what it showed."""
    require(actor, REPORT_ACTIVITY, activity)
    if activity.knowledge_basis != KnowledgeBasis.INNOVATION:
        raise field_error(
            "evaluated_on", _("Bara en innovation prövas som pilot och utvärderas här."), code="not_innovation"
        )
    if evaluated_on is None:
        raise field_error("evaluated_on", _("Ange när utvärderingen gjordes."), code="required")
    if evaluated_on > timezone.localdate():
        raise field_error("evaluated_on", _("En utvärdering kan inte vara gjord i framtiden."), code="in_the_future")
    if not str(evaluation_result or "").strip():
        raise field_error("evaluation_result", _("Skriv vad utvärderingen visade."), code="required")
    if activity.scaled_up_on is not None and evaluated_on > activity.scaled_up_on:
        raise field_error(
            "evaluated_on",
            _("Aktiviteten skalades upp %(day)s; utvärderingen gjordes före det.")
            % {"day": activity.scaled_up_on.isoformat()},
            code="after_scale_up",
        )
    data = {"evaluated_on": evaluated_on, "evaluation_result": evaluation_result}
    return update_object(activity, "work.activity.evaluated", data, actor=actor)


@transaction.atomic
def scale_up_activity(activity: Activity, *, actor: Any, on: datetime.date | None = None) -> Activity:
    """Mark the innovation as scaled up, which its pilot's recorded evaluation allows (the rule is shown)."""
    require(actor, REPORT_ACTIVITY, activity)
    day = on or timezone.localdate()
    if day > timezone.localdate():
        raise field_error("scaled_up_on", _("Ange en dag som har varit."), code="in_the_future")
    refusal = scale_up_refusal(activity.knowledge_basis, activity.evaluated_on, activity.evaluation_result, day)
    if refusal:
        raise field_error("scaled_up_on", refusal, code="not_evaluated")
    return update_object(activity, "work.activity.scaled_up", {"scaled_up_on": day}, actor=actor)
