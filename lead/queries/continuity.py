"""Reads of the continuity view (L6, X5): what the collaboration's roles, bodies, meetings and project
funding say about how much it hangs on few people, as far as the user may see them (the gateway). The
rules are in `lead.engine.continuity`."""

from __future__ import annotations

import datetime
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from actors.models import Person
from collaborations.models import Collaboration, CollaborationRole
from core.permissions import CollaborationRoleKind, scope_for
from lead.choices import OPEN_ASSIGNMENT, AttendanceStatus, MeetingStatus
from lead.engine import continuity as rules
from lead.models import AfterProjectPlan, Assignment, Attendance, Decision, Meeting
from organize.choices import MemberPosition
from organize.models import Body, ExternalFunding, FollowUpDuty, Membership

PRESENT = (AttendanceStatus.PRESENT, AttendanceStatus.SUBSTITUTE)


def _active(day: datetime.date) -> Q:
    return (Q(start_date__isnull=True) | Q(start_date__lte=day)) & (Q(end_date__isnull=True) | Q(end_date__gte=day))


@dataclass
class ContinuityWarning:
    kind: str  # "concentration", "few_parties", "rhythm", "attendance", "no_deputy", "after_project"
    message: str
    anchor: str = ""


@dataclass
class BodyRow:
    body: Body
    parties: int
    few_parties: bool
    rhythm: rules.RhythmCheck
    meetings: list[rules.MeetingContinuity]
    average: float | None
    changing: bool | None
    chair_without_vice: bool


@dataclass
class FundingRow:
    funding: ExternalFunding
    plan: AfterProjectPlan | None
    status: str  # rules.funding_needs_plan
    decision: Decision | None = None  # the plan's decision, if the user may see it


@dataclass
class Continuity:
    share: Decimal
    roles_total: int
    concentrations: list[tuple[Person, rules.Concentration]]
    bodies: list[BodyRow]
    coordinators: int
    fundings: list[FundingRow]
    warnings: list[ContinuityWarning] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)


def _role_holders(collaboration: Collaboration, user: Any, day: datetime.date) -> Counter[int]:
    """Who holds the collaboration's roles: its roles, the seats in its bodies, the open assignments and
    the follow-up duties naming a person (a responsibility of the matrix names a party, no person)."""
    held: Counter[int] = Counter()
    held.update(
        CollaborationRole.objects.visible_to(user)
        .filter(_active(day), collaboration=collaboration)
        .values_list("person_id", flat=True)
    )
    held.update(
        Membership.objects.visible_to(user)
        .filter(_active(day), collaboration=collaboration)
        .exclude(body__closed_on__lt=day)
        .values_list("person_id", flat=True)
    )
    held.update(
        Assignment.objects.visible_to(user)
        .filter(collaboration=collaboration, status__in=OPEN_ASSIGNMENT)
        .values_list("owner_person_id", flat=True)
    )
    held.update(
        FollowUpDuty.objects.visible_to(user)
        .filter(collaboration=collaboration, responsible_person__isnull=False)
        .values_list("responsible_person_id", flat=True)
    )
    return held


def _body_rows(collaboration: Collaboration, user: Any, day: datetime.date) -> list[BodyRow]:
    bodies = list(
        Body.objects.visible_to(user)
        .filter(collaboration=collaboration)
        .filter(Q(closed_on__isnull=True) | Q(closed_on__gte=day))
        .select_related("collaboration")
        .order_by("name")
    )
    seats: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for body_id, organization_id, position in (
        Membership.objects.visible_to(user)
        .filter(_active(day), body__in=bodies)
        .values_list("body_id", "organization_id", "position")
    ):
        seats[body_id].append((organization_id, position))
    held = list(
        Meeting.objects.visible_to(user)
        .filter(collaboration=collaboration, status=MeetingStatus.HELD, date__lte=day)
        .order_by("body_id", "-date", "-pk")
        .values_list("pk", "body_id", "date")
    )
    last_meetings: dict[int, list[tuple[int, datetime.date]]] = defaultdict(list)
    for pk, body_id, date in held:
        if len(last_meetings[body_id]) < rules.LAST_MEETINGS:
            last_meetings[body_id].append((pk, date))
    present: dict[int, set[int]] = defaultdict(set)
    wanted = [pk for rows in last_meetings.values() for pk, _day in rows]
    for meeting_id, person_id in (
        Attendance.objects.visible_to(user)
        .filter(meeting_id__in=wanted, status__in=PRESENT)
        .values_list("meeting_id", "person_id")
    ):
        present[meeting_id].add(person_id)
    rows = []
    for body in bodies:
        body_seats = seats.get(body.pk, [])
        parties = len({org for org, _position in body_seats})
        recent = list(reversed(last_meetings.get(body.pk, [])))  # oldest first
        with_attendance = [(d, frozenset(present[pk])) for pk, d in recent if present.get(pk)]
        continuity = rules.attendance_continuity(with_attendance)
        positions = {position for _org, position in body_seats}
        rows.append(
            BodyRow(
                body=body,
                parties=parties,
                few_parties=rules.too_few_parties(org for org, _position in body_seats),
                rhythm=rules.rhythm_check(
                    body.meetings_per_year, recent[-1][1] if recent else None, body.established_on, day
                ),
                meetings=continuity,
                average=rules.average_continuity(continuity),
                changing=rules.attendance_keeps_changing(continuity),
                chair_without_vice=MemberPosition.CHAIR in positions and MemberPosition.VICE_CHAIR not in positions,
            )
        )
    return rows


def _funding_rows(collaboration: Collaboration, user: Any, day: datetime.date) -> list[FundingRow]:
    fundings = list(
        ExternalFunding.objects.visible_to(user)
        .filter(collaboration=collaboration)
        .select_related("collaboration", "funder")
        .order_by("end_date", "pk")
    )
    plans = {
        p.funding_id: p
        for p in AfterProjectPlan.objects.visible_to(user)
        .filter(collaboration=collaboration)
        .select_related("collaboration")
    }
    decisions = Decision.objects.visible_to(user).in_bulk(
        [p.decision_id for p in plans.values() if p.decision_id is not None]
    )
    rows = []
    for f in fundings:
        plan = plans.get(f.pk)
        decision = decisions.get(plan.decision_id) if plan is not None and plan.decision_id else None
        rows.append(FundingRow(f, plan, rules.funding_needs_plan(f.end_date, plan is not None, day), decision))
    return rows


def continuity(
    collaboration: Collaboration, user: Any, *, share: Decimal = rules.DEFAULT_SHARE, on: datetime.date | None = None
) -> Continuity:
    """The continuity view of the collaboration as the user may see it, with its warnings and what is
    unknown."""
    day = on or timezone.localdate()
    held = _role_holders(collaboration, user, day)
    concentrated = rules.concentrated_roles(held, share)
    people = Person.objects.in_bulk([c.person_id for c in concentrated])
    bodies = _body_rows(collaboration, user, day)
    coordinators = (
        CollaborationRole.objects.visible_to(user)
        .filter(_active(day), collaboration=collaboration, kind=CollaborationRoleKind.COORDINATOR)
        .values("person_id")
        .distinct()
        .count()
    )
    fundings = _funding_rows(collaboration, user, day)
    result = Continuity(
        share=share,
        roles_total=sum(held.values()),
        concentrations=[(people[c.person_id], c) for c in concentrated if c.person_id in people],
        bodies=bodies,
        coordinators=coordinators,
        fundings=fundings,
    )
    _warn(result)
    return result


def _percent(value: float) -> str:
    return f"{round(value * 100)} %"


def _warn(c: Continuity) -> None:
    w, unknown = c.warnings, c.unknown
    for person, found in c.concentrations:
        w.append(
            ContinuityWarning(
                "concentration",
                _("%(person)s har %(held)s av samverkans %(total)s roller (%(share)s), mer än %(limit)s %%.")
                % {
                    "person": person,
                    "held": found.held,
                    "total": found.total,
                    "share": _percent(found.share),
                    "limit": c.share,
                },
                "roller",
            )
        )
    for row in c.bodies:
        anchor = f"organ-{row.body.pk}"
        if row.few_parties:
            w.append(
                ContinuityWarning(
                    "few_parties",
                    _("%(body)s har ledamöter från %(count)s part(er); färre än två.")
                    % {"body": row.body, "count": row.parties},
                    anchor,
                )
            )
        if row.rhythm.status == "unknown":
            unknown.append(
                _("%(body)s: ingen mötesrytm angiven, så det går inte att säga om organet möts som det ska.")
                % {"body": row.body}
            )
        elif row.rhythm.status == "late":
            if row.rhythm.last_held is None:
                message = _("%(body)s ska mötas minst var %(days)s:e dag men har inget genomfört möte registrerat.")
            else:
                message = _("%(body)s ska mötas minst var %(days)s:e dag; senaste genomförda möte var %(last)s.")
            w.append(
                ContinuityWarning(
                    "rhythm",
                    message
                    % {
                        "body": row.body,
                        "days": row.rhythm.interval.days if row.rhythm.interval else "",
                        "last": row.rhythm.last_held.isoformat() if row.rhythm.last_held else "",
                    },
                    anchor,
                )
            )
        if row.changing is None:
            unknown.append(
                _("%(body)s: närvaron är inte registrerad vid minst två genomförda möten; kontinuiteten är okänd.")
                % {"body": row.body}
            )
        elif row.changing:
            w.append(
                ContinuityWarning(
                    "attendance",
                    _("%(body)s: i genomsnitt var bara %(share)s av de närvarande med på mötet före.")
                    % {"body": row.body, "share": _percent(row.average or 0)},
                    anchor,
                )
            )
        if row.chair_without_vice:
            w.append(
                ContinuityWarning(
                    "no_deputy", _("%(body)s har en ordförande men ingen vice ordförande.") % {"body": row.body}, anchor
                )
            )
    if c.coordinators == 1:
        w.append(
            ContinuityWarning(
                "no_deputy", _("Samverkan har bara en samordnare; ingen kan ta över om hen slutar."), "roller"
            )
        )
    elif c.coordinators == 0:
        w.append(ContinuityWarning("no_deputy", _("Samverkan har ingen samordnare som du kan se."), "roller"))
    for funding_row in c.fundings:
        if funding_row.status == "flag":
            w.append(
                ContinuityWarning(
                    "after_project",
                    _("%(funding)s slutar %(end)s och det finns ingen plan för vad som händer sedan.")
                    % {
                        "funding": funding_row.funding,
                        "end": funding_row.funding.end_date.isoformat() if funding_row.funding.end_date else "",
                    },
                    f"finansiering-{funding_row.funding.pk}",
                )
            )
        elif funding_row.status == "unknown":
            unknown.append(
                _("%(funding)s: slutdatum okänt, så det går inte att säga om en plan för tiden efter behövs snart.")
                % {"funding": funding_row.funding}
            )


# Handovers ----------------------------------------------------------------------------------------

CHANGES = {
    "ended_and_opened": gettext_lazy("avslutades dagen före; efterträdaren har en ny från dagen"),
    "ended": gettext_lazy("avslutades dagen före; efterträdaren hade redan en"),
    "reassigned": gettext_lazy("gäller nu efterträdaren"),
    "removed": gettext_lazy("togs bort; efterträdaren fanns redan där"),
}


def handovers_for(user: Any) -> Any:
    """The handovers the user may read: an administrator all; others those they made, those they left
    or took over, and those in a collaboration they coordinate."""
    from lead.models import Handover

    scope = scope_for(user)
    handovers = Handover.objects.select_related("from_person", "to_person").order_by("-created_at", "-pk")
    if scope.is_admin:
        return handovers
    if not scope.is_authenticated:
        return handovers.none()
    mine = Q(created_by_id=scope.user_id) | Q(collaborations__in=scope.coordinated_collaboration_ids)
    if scope.person_id is not None:
        mine |= Q(from_person_id=scope.person_id) | Q(to_person_id=scope.person_id)
    return handovers.filter(pk__in=Handover.objects.filter(mine).values("pk"))


def handover_collaborations(handover: Any, user: Any) -> list[Any]:
    """The chosen collaborations, as far as the user may see them (the others are counted, not named)."""
    return list(Collaboration.objects.visible_to(user).filter(pk__in=handover.collaborations.values("pk")))


@dataclass
class ReceiptRow:
    kind: str  # the model's name
    shown: str  # the object's title, or "dolt objekt" / "borttaget"
    url: str
    field: str
    change: str
    successor: str
    successor_url: str


def receipt(handover: Any, user: Any) -> list[ReceiptRow]:
    """Each object the handover moved, read back through the gateway: one query per kind of object."""
    from django.apps import apps

    wanted: dict[str, set[int]] = defaultdict(set)
    for entry in handover.moved:
        wanted[entry["model"]].add(entry["id"])
        if entry.get("successor_id"):
            wanted[entry["model"]].add(entry["successor_id"])
    seen: dict[tuple[str, int], Any] = {}
    existing: set[tuple[str, int]] = set()
    for label, ids in wanted.items():
        model = apps.get_model(label)
        manager = model._default_manager
        related = [
            f.name
            for f in model._meta.concrete_fields
            if f.is_relation and f.name in ("collaboration", "body", "person", "organization", "meeting")
        ]
        for obj in manager.visible_to(user).filter(pk__in=ids).select_related(*related):
            seen[(label, obj.pk)] = obj
        existing |= {(label, pk) for pk in manager.filter(pk__in=ids).values_list("pk", flat=True)}
    hidden, removed = _("dolt objekt"), _("borttaget")

    def show(label: str, pk: int | None) -> tuple[str, str]:
        if pk is None:
            return "", ""
        obj = seen.get((label, pk))
        if obj is not None:
            from lead.queries.communication import address_of

            return str(obj), address_of(obj)
        return (hidden if (label, pk) in existing else removed), ""

    rows = []
    for entry in handover.moved:
        model = apps.get_model(entry["model"])
        shown, url = show(entry["model"], entry["id"])
        successor, successor_url = show(entry["model"], entry.get("successor_id"))
        field_name = str(model._meta.get_field(entry["field"]).verbose_name)
        rows.append(
            ReceiptRow(
                kind=str(model._meta.verbose_name),
                shown=shown,
                url=url,
                field=field_name,
                change=str(CHANGES.get(entry["change"], entry["change"])),
                successor=successor,
                successor_url=successor_url,
            )
        )
    return rows
