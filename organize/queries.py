"""Read-side queries of the formal basis, all through the permission gateway, each with a bounded
number of SQL queries whatever the number of parties, versions, bodies or members."""

from __future__ import annotations

import calendar
import datetime
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from actors.choices import Gender
from actors.models import AreaPopulation, Organization
from collaborations.choices import ParticipationRole
from collaborations.models import Collaboration, Participation
from core.permissions import VisiblePrefetch
from organize import engine
from organize.choices import FREQUENCY_MONTHS, AdoptionStatus, ChairMode, FinancingMethod, ResponsibilityKind
from organize.models import (
    Adoption,
    Agreement,
    AgreementVersion,
    Body,
    BodyDocument,
    ExternalFunding,
    FinancingModel,
    FinancingShare,
    FollowUpDuty,
    Membership,
    PayerGroup,
    ResourceCommitment,
    Responsibility,
)

# Parties that sign the agreement: the coordinator and the parties (partners, funders and
# observers take part without being bound by it).
SIGNATORY_ROLES = (ParticipationRole.COORDINATOR, ParticipationRole.PARTY)


# Agreements --------------------------------------------------------------------------------------


def agreements_for(collaboration: Collaboration, user: Any) -> QuerySet[Agreement]:
    return (
        Agreement.objects.visible_to(user)
        .filter(collaboration=collaboration)
        .select_related("collaboration", "commissioned_organization")
        .prefetch_related(
            VisiblePrefetch(
                "versions",
                user,
                queryset=AgreementVersion.objects.prefetch_related(
                    VisiblePrefetch(
                        "adoptions",
                        user,
                        queryset=Adoption.objects.select_related("organization"),
                        to_attr="visible_adoptions",
                    )
                ),
                to_attr="visible_versions",
            ),
            "shared_with",
        )
    )


@dataclass
class AdoptionRow:
    participation: Participation
    adoption: Adoption | None
    required: bool

    @property
    def status(self) -> str:
        return self.adoption.status if self.adoption else ""

    @property
    def missing(self) -> bool:
        return self.required and (self.adoption is None or self.adoption.status != AdoptionStatus.ADOPTED)


@dataclass
class AdoptionBoard:
    """Per party: has it adopted the current version? And what is wrong with the agreement today."""

    agreement: Agreement
    current: AgreementVersion | None
    rows: list[AdoptionRow] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def adopted_count(self) -> int:
        return sum(1 for r in self.rows if r.required and not r.missing)

    @property
    def required_count(self) -> int:
        return sum(1 for r in self.rows if r.required)


def adoption_board(
    agreement: Agreement, parties: list[Participation], on: datetime.date | None = None
) -> AdoptionBoard:
    """Built from prefetched data (`agreements_for`) and the visible parties: no queries of its own."""
    on = on or timezone.localdate()
    versions = agreement.visible_versions  # type: ignore[attr-defined]  # set by agreements_for's Prefetch
    current = versions[0] if versions else None  # ordered by -number
    board = AdoptionBoard(agreement, current)
    if current is None:
        board.warnings.append(_("Avtalet har ingen version ännu."))
        return board
    by_org = {a.organization_id: a for a in current.visible_adoptions}
    for p in parties:
        if not p.is_active(on):
            continue
        required = p.role in SIGNATORY_ROLES or agreement.commissioned_organization_id == p.organization_id
        board.rows.append(AdoptionRow(p, by_org.get(p.organization_id), required))
    for row in board.rows:
        if row.missing:
            board.warnings.append(
                _("%(org)s deltar i samverkan men har inte antagit gällande version (version %(n)d).")
                % {"org": row.participation.organization.name, "n": current.number}
            )
    if current.valid_from is not None and current.valid_from > on:
        board.warnings.append(_("Gällande version börjar gälla först %(date)s.") % {"date": current.valid_from})
    if current.is_past_validity(on):
        board.warnings.append(
            _("Avtalet gällde till %(date)s och har passerat sin giltighetstid.") % {"date": current.valid_until}
        )
    if current.is_past_review(on):
        board.warnings.append(_("Avtalet skulle ha omprövats senast %(date)s.") % {"date": current.review_date})
    return board


# Responsibilities and follow-up ----------------------------------------------------------------


@dataclass
class MatrixRow:
    participation: Participation
    cells: dict[str, list[Responsibility]]

    def cell_list(self, kinds: list[str]) -> list[list[Responsibility]]:
        return [self.cells.get(k, []) for k in kinds]


def responsibility_matrix(collaboration: Collaboration, user: Any, parties: list[Participation]) -> list[MatrixRow]:
    """One row per visible party, one column per kind of responsibility."""
    rows = {p.organization_id: MatrixRow(p, {}) for p in parties}
    for r in Responsibility.objects.visible_to(user).filter(collaboration=collaboration).select_related("organization"):
        if r.organization_id in rows:
            rows[r.organization_id].cells.setdefault(r.kind, []).append(r)
    return list(rows.values())


RESPONSIBILITY_COLUMNS = list(ResponsibilityKind)


def follow_up_duties(collaboration: Collaboration, user: Any) -> QuerySet[FollowUpDuty]:
    return (
        FollowUpDuty.objects.visible_to(user)
        .filter(collaboration=collaboration)
        .select_related("responsible_organization", "responsible_person", "report_to__collaboration", "collaboration")
    )


def add_months(day: datetime.date, months: int) -> datetime.date:
    """The same day `months` later; the 31st becomes the last day of a shorter month."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return day.replace(year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1]))


def schedule(duty: FollowUpDuty, on: datetime.date | None = None, count: int = 3) -> list[datetime.date]:
    """The next `count` dates on which the duty falls due, from `on` (today) onward, and not after
    the collaboration has ended."""
    on = on or timezone.localdate()
    until = duty.collaboration.end_date or datetime.date.max
    step = FREQUENCY_MONTHS[duty.frequency]
    if step == 0:
        return [duty.first_due] if on <= duty.first_due <= until else []
    dates: list[datetime.date] = []
    n = max(0, months_between(duty.first_due, on) // step - 1)
    try:
        while len(dates) < count:
            due = add_months(duty.first_due, step * n)
            if due > until:
                break
            if due >= on:
                dates.append(due)
            n += 1
    except (ValueError, OverflowError):  # past the last representable date
        pass
    return dates


def months_between(start: datetime.date, end: datetime.date) -> int:
    """Whole calendar months from `start` to `end` counted by month number (may be negative)."""
    return (end.year - start.year) * 12 + end.month - start.month


# Bodies -----------------------------------------------------------------------------------------


def with_current_members(bodies: QuerySet[Body], user: Any) -> QuerySet[Body]:
    """Bodies with `current_members`: today's members that the user may see."""
    today = timezone.localdate()
    current = (Q(start_date__isnull=True) | Q(start_date__lte=today)) & (
        Q(end_date__isnull=True) | Q(end_date__gte=today)
    )
    members = VisiblePrefetch(
        "memberships",
        user,
        queryset=Membership.objects.filter(current)
        .select_related("person", "organization", "collaboration")
        .prefetch_related("shared_with")
        .order_by("position", "organization__name", "person__last_name"),
        to_attr="current_members",
    )
    return bodies.select_related("collaboration", "convener", "chair_organization").prefetch_related(members)


def bodies_for(collaboration: Collaboration, user: Any) -> QuerySet[Body]:
    return with_current_members(Body.objects.visible_to(user).filter(collaboration=collaboration), user)


@dataclass
class BodyNode:
    body: Body
    children: list[BodyNode] = field(default_factory=list)
    depth: int = 0


def body_tree(bodies: list[Body]) -> list[BodyNode]:
    """The bodies as a forest; a body whose parent the user cannot see is shown at the top."""
    nodes = {b.pk: BodyNode(b) for b in bodies}
    roots: list[BodyNode] = []
    for b in bodies:
        parent = nodes.get(b.parent_id) if b.parent_id is not None else None
        (parent.children if parent else roots).append(nodes[b.pk])

    def set_depth(node: BodyNode, depth: int) -> None:
        node.depth = depth
        for child in node.children:
            set_depth(child, depth + 1)

    for root in roots:
        set_depth(root, 0)
    return roots


def flatten(nodes: list[BodyNode]) -> list[BodyNode]:
    out: list[BodyNode] = []
    for node in nodes:
        out.append(node)
        out.extend(flatten(node.children))
    return out


def whose_turn(body: Body, on: datetime.date | None = None) -> tuple[int | None, int | None]:
    """The organization id that chairs a rotating body on `on`, and the index in the rotation order.

    The turn passes every `rotation_months` months from `rotation_start`, in the stated order, and
    starts over after the last party. It stops when the collaboration ends.
    """
    if body.chair_mode != ChairMode.ROTATING or not body.rotation_order or not body.rotation_months:
        return None, None
    on = on or rotation_date(body)
    start = body.rotation_start
    if start is None or on < start:
        return None, None
    period = body.rotation_months
    turns = max(0, months_between(start, on) // period)
    while turns > 0 and add_months(start, turns * period) > on:  # the handover day has not come yet
        turns -= 1
    index = turns % len(body.rotation_order)
    return body.rotation_order[index], index


def rotation_date(body: Body) -> datetime.date:
    """Today, or the day the collaboration ended if it has."""
    today = timezone.localdate()
    ended = body.collaboration.end_date
    return ended if ended is not None and ended < today else today


def rotation(body: Body, on: datetime.date | None = None) -> list[dict[str, Any]]:
    """The rotation order with names and whose turn it is (one query)."""
    names = dict(Organization.objects.filter(pk__in=body.rotation_order).values_list("pk", "name"))
    current, _index = whose_turn(body, on)
    return [{"organization_id": pk, "name": names.get(pk, "?"), "current": pk == current} for pk in body.rotation_order]


def body_documents(body: Body, user: Any) -> QuerySet[BodyDocument]:
    return BodyDocument.objects.visible_to(user).filter(body=body).select_related("collaboration")


# Financing --------------------------------------------------------------------------------------


def populations(area_ids: set[int], year: int | None) -> dict[int, int]:
    if year is None or not area_ids:
        return {}
    return dict(
        AreaPopulation.objects.filter(area_id__in=area_ids, year=year, gender=Gender.TOTAL).values_list(
            "area_id", "value"
        )
    )


@dataclass(frozen=True)
class ShareSpec:
    """One party's share as a coordinator enters it from an agreement."""

    organization: Organization
    percent: Decimal | None = None  # of what the stated amounts leave (in a group: of the group's amount)
    amount: Decimal | None = None  # a stated amount in kronor
    paid_by: Organization | None = None  # when another party pays the share
    group: str = ""  # the name of the group (in the same call's `groups`) the party pays with
    source: dict[str, Any] | None = None  # source_note, source_url, source_page, is_assumption (None: keep)


@dataclass(frozen=True)
class GroupSpec:
    """Parties that pay as one and share the group's amount by their own key."""

    name: str
    method: str
    population_weight: Decimal | None = None
    percent: Decimal | None = None
    amount: Decimal | None = None
    pk: int | None = None  # an existing group of the model (to rename it)


ShareInput = ShareSpec | tuple[Organization, Decimal | None]


def as_share(item: ShareInput) -> ShareSpec:
    """A share as given: a `ShareSpec`, or the short form (organization, percent)."""
    if isinstance(item, ShareSpec):
        return item
    organization, percent = item
    return ShareSpec(organization, percent)


def saved_shares(model: FinancingModel) -> tuple[list[ShareSpec], list[GroupSpec]]:
    """The model's shares and groups as the services take them (from the prefetched relations)."""
    groups = list(model.groups.all())
    names = {g.pk: g.name for g in groups}
    shares = [
        ShareSpec(s.organization, s.percent, s.amount, s.paid_by, names.get(s.group_id, "") if s.group_id else "")
        for s in model.shares.all()
    ]
    return shares, [GroupSpec(g.name, g.method, g.population_weight, g.percent, g.amount, g.pk) for g in groups]


def financing_computation(
    model: FinancingModel, shares: list[ShareSpec] | None = None, groups: list[GroupSpec] | None = None
) -> engine.Computation:
    """Run the cost-sharing engine for a financing model (with its saved shares and groups, or these)."""
    if shares is None or groups is None:
        saved, saved_groups = saved_shares(model)
        shares = saved if shares is None else shares
        groups = saved_groups if groups is None else groups
    year = model.population_year
    by_population = (FinancingMethod.PER_CAPITA, FinancingMethod.WEIGHTED)
    needs_people = model.method in by_population or any(g.method in by_population for g in groups)
    people = (
        populations({s.organization.area_id for s in shares if s.organization.area_id}, year) if needs_people else {}
    )

    def party(s: ShareSpec) -> engine.Party:
        org = s.organization
        return engine.Party(
            org.pk,
            org.name,
            percent=s.percent,
            population=people.get(org.area_id) if org.area_id is not None else None,
            amount=s.amount,
            payer=s.paid_by.name if s.paid_by is not None and s.paid_by.pk != org.pk else "",
        )

    top = [party(s) for s in shares if not s.group]
    units = [
        engine.Group(
            -(i + 1),
            g.name,
            [party(s) for s in shares if s.group == g.name],
            engine.Key(g.method, year, g.population_weight),
            percent=g.percent,
            amount=g.amount,
        )
        for i, g in enumerate(groups)
    ]
    return engine.compute(model.total, top, engine.Key(model.method, year, model.population_weight), units)


def financing_models_for(collaboration: Collaboration, user: Any) -> QuerySet[FinancingModel]:
    return (
        FinancingModel.objects.visible_to(user)
        .filter(collaboration=collaboration)
        .select_related("collaboration")
        .prefetch_related(
            VisiblePrefetch(
                "shares",
                user,
                queryset=FinancingShare.objects.select_related("organization", "paid_by"),
            ),
        )
    )


def financing_models_with_groups(collaboration: Collaboration, user: Any) -> QuerySet[FinancingModel]:
    """The models with their shares and the groups that pay as one (for the computation)."""
    return financing_models_for(collaboration, user).prefetch_related(
        VisiblePrefetch("groups", user, queryset=PayerGroup.objects.all())
    )


def external_funding_for(collaboration: Collaboration, user: Any) -> QuerySet[ExternalFunding]:
    return (
        ExternalFunding.objects.visible_to(user)
        .filter(collaboration=collaboration)
        .select_related("funder", "collaboration")
    )


@dataclass
class ResourceYear:
    year: int
    commitments: list[ResourceCommitment]

    def _sum(self, name: str) -> Decimal | None:
        values = [getattr(c, name) for c in self.commitments if getattr(c, name) is not None]
        return sum(values, Decimal("0")) if values else None

    def _unknown(self, name: str) -> int:
        return sum(1 for c in self.commitments if getattr(c, name) is None)

    @property
    def money_committed(self) -> Decimal | None:
        return self._sum("money_committed")

    @property
    def money_committed_unknown(self) -> int:
        """How many parties' committed money is not stated ("ej angivet": not in the sum)."""
        return self._unknown("money_committed")

    @property
    def fte_committed_unknown(self) -> int:
        return self._unknown("fte_committed")

    @property
    def money_actual(self) -> Decimal | None:
        return self._sum("money_actual")

    @property
    def fte_committed(self) -> Decimal | None:
        return self._sum("fte_committed")

    @property
    def fte_actual(self) -> Decimal | None:
        return self._sum("fte_actual")


def resources_by_year(collaboration: Collaboration, user: Any) -> list[ResourceYear]:
    years: dict[int, list[ResourceCommitment]] = {}
    qs = ResourceCommitment.objects.visible_to(user).filter(collaboration=collaboration).select_related("organization")
    for c in qs:
        years.setdefault(c.year, []).append(c)
    return [ResourceYear(y, cs) for y, cs in sorted(years.items(), reverse=True)]


# Everything without an owner (W2) ---------------------------------------------------------------


@dataclass
class Ownerless:
    kind: str
    obj: Any
    reason: str


def ownerless(collaboration: Collaboration, user: Any) -> list[Ownerless]:
    """Everything in the collaboration that no party owns: no informal structures (W2)."""
    items: list[Ownerless] = []
    for duty in follow_up_duties(collaboration, user).filter(responsible_organization__isnull=True):
        items.append(Ownerless(_("Uppföljningsansvar"), duty, _("Ingen ansvarig part.")))
    bodies = Body.objects.visible_to(user).filter(collaboration=collaboration, convener__isnull=True)
    for body in bodies.select_related("collaboration"):
        items.append(Ownerless(_("Organ"), body, _("Ingen sammankallande part.")))
    commissions = Agreement.objects.visible_to(user).filter(
        collaboration=collaboration, kind="commission", commissioned_organization__isnull=True
    )
    for agreement in commissions.select_related("collaboration"):
        items.append(Ownerless(_("Uppdragsavtal"), agreement, _("Ingen uppdragstagare.")))
    parties = Participation.objects.visible_to(user).filter(collaboration=collaboration, role__in=SIGNATORY_ROLES)
    with_duty = Responsibility.objects.visible_to(user).filter(collaboration=collaboration).values("organization_id")
    for p in parties.exclude(organization_id__in=with_duty).select_related("organization", "collaboration"):
        items.append(Ownerless(_("Part"), p, _("Inget ansvar beskrivet i ansvarsmatrisen.")))
    return items
