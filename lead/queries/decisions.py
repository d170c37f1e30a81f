"""Reads of decisions (L2): the register of a collaboration, searched and filtered, each decision with
the flags of the mandate check (`lead.engine.mandate`), and the rows of its Excel export."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from django.db.models import Count, Exists, OuterRef, Q

from core.permissions import ScopedQuerySet, VisiblePrefetch
from lead.choices import AttendanceStatus
from lead.engine.mandate import BodyMandate, Flag, check_decision
from lead.engine.quorum import ATTENDING, Quorum, quorum_of
from lead.models import Decision, Reservation
from organize.models import Adoption, Body, Membership

_MEMBER = Q(meeting__attendances__is_guest=False)


def quorum_counts() -> dict[str, Count]:
    """The meeting's members called, with attendance recorded, and attending (guests do not count)."""
    return {
        "members_called": Count("meeting__attendances", filter=_MEMBER, distinct=True),
        "members_recorded": Count(
            "meeting__attendances",
            filter=_MEMBER & ~Q(meeting__attendances__status=AttendanceStatus.INVITED),
            distinct=True,
        ),
        "members_attending": Count(
            "meeting__attendances", filter=_MEMBER & Q(meeting__attendances__status__in=ATTENDING), distinct=True
        ),
    }


def decisions_for(collaboration: Any, user: Any) -> ScopedQuerySet:
    """The collaboration's decisions the user may see, with their body and meeting, and the meeting's
    attendance counted for the quorum."""
    decisions: ScopedQuerySet = (
        Decision.objects.visible_to(user)
        .filter(collaboration=collaboration)
        .select_related("collaboration", "body", "meeting")
        .annotate(**quorum_counts())
        .order_by("-year", "-number", "-pk")
    )
    return decisions


@dataclass(frozen=True)
class RegisterFilter:
    """What the register is searched and filtered by (all optional)."""

    q: str = ""
    body: int | None = None
    year: int | None = None
    area: str = ""
    party: int | None = None
    status: str = ""


def search_q(text: str) -> Q:
    """Every word of `text` in the decision's reference, area or text, in any case (å, ä, ö too): the
    words are casefolded like the column the services write (`Decision.search_text`)."""
    q = Q()
    for word in text.casefold().split():
        q &= Q(search_text__contains=word)
    return q


def filtered(decisions: ScopedQuerySet, register: RegisterFilter, user: Any) -> ScopedQuerySet:
    if register.q.strip():
        decisions = decisions.filter(search_q(register.q))
    if register.body:
        decisions = decisions.filter(body_id=register.body)
    if register.year:
        decisions = decisions.filter(year=register.year)
    if register.area:
        decisions = decisions.filter(area=register.area)
    if register.status:
        decisions = decisions.filter(status=register.status)
    if register.party:
        party = register.party
        reserved = Reservation.objects.visible_to(user).filter(organization_id=party).values("decision_id")
        adopted = Decision.adoptions.through.objects.filter(
            adoption__in=Adoption.objects.visible_to(user).filter(organization_id=party)
        ).values("decision_id")
        # the party sat in the deciding body on the day of the decision (a seat with an unknown start or
        # end counts as open on that side, as everywhere)
        day = OuterRef("meeting__date")
        seated = Membership.objects.visible_to(user).filter(
            Q(start_date__isnull=True) | Q(start_date__lte=day),
            Q(end_date__isnull=True) | Q(end_date__gte=day),
            organization_id=party,
            body_id=OuterRef("body_id"),
        )
        decisions = decisions.filter(Q(pk__in=reserved) | Q(pk__in=adopted) | Exists(seated))
    return decisions


def register_choices(collaboration: Any, user: Any) -> dict[str, list[Any]]:
    """What the register's filters offer: the bodies, years and areas of the decisions the user sees."""
    visible = Decision.objects.visible_to(user).filter(collaboration=collaboration)
    years = sorted(set(visible.values_list("year", flat=True)), reverse=True)
    areas = sorted({a for a in visible.values_list("area", flat=True) if a}, key=str.casefold)
    bodies = list(Body.objects.visible_to(user).filter(collaboration=collaboration).order_by("name"))
    return {"years": years, "areas": areas, "bodies": bodies}


def mandates(collaboration_id: int, user: Any) -> list[BodyMandate]:
    """The mandates of the collaboration's bodies the user may see (a hidden body is never named)."""
    bodies = Body.objects.visible_to(user).filter(collaboration_id=collaboration_id)
    return [
        BodyMandate(pk, name, tuple(areas or ()))
        for pk, name, areas in bodies.values_list("pk", "name", "decision_areas")
    ]


def quorum_at(decision: Decision) -> Quorum:
    """The meeting's quorum from the counts `decisions_for` annotates (or, without them, from its rows)."""
    called = getattr(decision, "members_called", None)
    if called is None:
        statuses: Iterable[tuple[str, bool]] = decision.meeting.attendances.values_list("status", "is_guest")
    else:
        recorded, attending = decision.members_recorded, decision.members_attending  # type: ignore[attr-defined]
        statuses = (
            [(AttendanceStatus.PRESENT, False)] * attending
            + [(AttendanceStatus.ABSENT, False)] * (recorded - attending)
            + [(AttendanceStatus.INVITED, False)] * (called - recorded)
        )
    return quorum_of(decision.body.quorum, statuses)


def flags_of(decision: Decision, others: Sequence[BodyMandate]) -> list[Flag]:
    body = decision.body
    own = BodyMandate(body.pk, body.name, tuple(body.decision_areas or ()))
    return check_decision(decision.area, own, others, quorum_at(decision))


def with_flags(decisions: Iterable[Decision], user: Any) -> list[Decision]:
    """The decisions, each with `flags` (the mandate check) set; the mandates are read once per
    collaboration."""
    cache: dict[int, list[BodyMandate]] = {}
    listed = list(decisions)
    for decision in listed:
        if decision.collaboration_id not in cache:
            cache[decision.collaboration_id] = mandates(decision.collaboration_id, user)
        decision.flags = flags_of(decision, cache[decision.collaboration_id])  # type: ignore[attr-defined]
    return listed


def mandate_reader(user: Any) -> Callable[[Decision], list[Flag]]:
    """A function giving a decision's flags, reading each collaboration's mandates once (for the API)."""
    cache: dict[int, list[BodyMandate]] = {}

    def read(decision: Decision) -> list[Flag]:
        if decision.collaboration_id not in cache:
            cache[decision.collaboration_id] = mandates(decision.collaboration_id, user)
        return flags_of(decision, cache[decision.collaboration_id])

    return read


def with_visible_replacement(decisions: ScopedQuerySet, user: Any) -> ScopedQuerySet:
    """Each decision with `replacement_visible`: whether the user may see the decision replacing it."""
    annotated: ScopedQuerySet = decisions.annotate(
        replacement_visible=Exists(Decision.objects.visible_to(user).filter(pk=OuterRef("replaced_by_id")))
    )
    return annotated


def with_reservations(decisions: ScopedQuerySet, user: Any) -> ScopedQuerySet:
    return decisions.prefetch_related(
        VisiblePrefetch(
            "reservations",
            user,
            queryset=Reservation.objects.select_related("organization", "person"),
            to_attr="visible_reservations",
        )
    )


def visible_references(ids: Iterable[int | None], user: Any) -> dict[int, Decision]:
    """The decisions among `ids` the user may see, by id (a replacing decision may be hidden)."""
    wanted = {pk for pk in ids if pk}
    if not wanted:
        return {}
    return {d.pk: d for d in Decision.objects.visible_to(user).filter(pk__in=wanted).select_related("collaboration")}


EXPORT_HEADERS = (
    "Beslutsnummer",
    "Datum",
    "Organ",
    "Beslut",
    "Beslutsområde",
    "Status",
    "Ersatt av",
    "Reservationer",
    "Flaggor",
    "Varför beslutet står sig",
)


def export_rows(decisions: Sequence[Decision], user: Any) -> list[list[Any]]:
    """The register as rows for Excel: Swedish headers, the meeting's date as a date, unknown as empty."""
    replacing = visible_references((d.replaced_by_id for d in decisions), user)
    rows: list[list[Any]] = [list(EXPORT_HEADERS)]
    for decision in decisions:
        replaced_by = replacing.get(decision.replaced_by_id) if decision.replaced_by_id else None
        reservations = getattr(decision, "visible_reservations", [])
        flags = getattr(decision, "flags", [])
        rows.append(
            [
                decision.reference,
                decision.meeting.date,
                decision.body.name,
                decision.text,
                decision.area or None,
                decision.get_status_display(),
                replaced_by.reference if replaced_by else None,
                "; ".join(f"{r.organization.name}" + (f" ({r.text})" if r.text else "") for r in reservations) or None,
                "; ".join(f"{f.message} {f.rule}" for f in flags) or None,
                decision.mandate_note or None,
            ]
        )
    return rows
