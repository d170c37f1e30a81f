"""Read-side queries of the formal basis, all through the permission gateway, each with a bounded
number of SQL queries whatever the number of parties, versions, bodies or members."""

from __future__ import annotations

import calendar
import datetime
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from actors.choices import Gender
from actors.models import AreaPopulation, Organization
from collaborations.choices import ParticipationRole
from collaborations.models import Collaboration, Participation
from collaborations.parts.time import active_on
from core.permissions import VisiblePrefetch
from organize import engine, validity
from organize.choices import (
    FREQUENCY_MONTHS,
    AdoptionStatus,
    ChairMode,
    FinancingMethod,
    MemberPosition,
    ResponsibilityKind,
)
from organize.models import (
    Adoption,
    Agreement,
    AgreementVersion,
    Body,
    BodyDocument,
    ChairRule,
    ExternalFunding,
    FinancingModel,
    FinancingShare,
    FollowUpDuty,
    Membership,
    PayerGroup,
    ResourceCommitment,
    Responsibility,
)

# Parties that sign an agreement that names none: the coordinating party and the parties (partners,
# funders and observers take part without being bound by it). An agreement that names its parties is
# adopted by those only.
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
            "parties",
        )
    )


@dataclass
class AdoptionRow:
    """One party on the adoption board. `required`: it must adopt the version shown; `note` says
    why a party that is listed is not (not named, joined after the version's date, has left)."""

    participation: Participation
    adoption: Adoption | None
    required: bool
    note: str = ""
    bound: bool = True  # a party to the agreement (named, or every signatory when it names none)

    @property
    def status(self) -> str:
        return self.adoption.status if self.adoption else ""

    @property
    def missing(self) -> bool:
        return self.required and (self.adoption is None or self.adoption.status != AdoptionStatus.ADOPTED)


@dataclass
class AdoptionBoard:
    """Per party: has it adopted the version that is current on the board's date? Is the version in
    force? And what is wrong with the agreement on that date."""

    agreement: Agreement
    current: AgreementVersion | None
    on: datetime.date
    version_date: datetime.date | None = None
    named_parties: bool = False
    rows: list[AdoptionRow] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    in_force: validity.InForce | None = None

    @property
    def adopted_count(self) -> int:
        return sum(1 for r in self.rows if r.required and not r.missing)

    @property
    def required_count(self) -> int:
        return sum(1 for r in self.rows if r.required)


def current_version(versions: list[AgreementVersion], on: datetime.date) -> AgreementVersion | None:
    """The latest version that existed on `on` (drafted on or before it, or on an unknown day)."""
    for version in versions:  # ordered by -number
        if version.drafted_on is None or version.drafted_on <= on:
            return version
    return None


def version_date(version: AgreementVersion) -> datetime.date | None:
    """The day whose parties must adopt the version: the day it was drafted, else the day it begins."""
    return version.drafted_on or version.valid_from


def required_ids(agreement: Agreement, parties: list[Participation]) -> set[int]:
    """The organizations the agreement binds: the ones it names, or every party in a signatory role;
    the commissioned organization of a commission agreement in either case."""
    named = {o.pk for o in agreement.parties.all()}
    ids = named or {p.organization_id for p in parties if p.role in SIGNATORY_ROLES}
    if agreement.commissioned_organization_id is not None:
        ids.add(agreement.commissioned_organization_id)
    return ids


def _row(
    p: Participation,
    adoption: Adoption | None,
    bound: bool,
    vd: datetime.date | None,
    on: datetime.date,
    collaboration_start: datetime.date | None,
) -> AdoptionRow | None:
    joined = validity.joining_date(p.start_date, collaboration_start)
    joined_later = joined is not None and vd is not None and joined > vd
    left = p.end_date is not None and p.end_date < on
    # a party still to come on the board's date (the collaboration, or its participation, starts later)
    # is listed, so that the decision it takes before it joins can be recorded
    coming = p.start_date is not None and p.start_date > on
    if not bound:
        if adoption is None and not p.is_active(on):
            return None
        return AdoptionRow(p, adoption, False, _("Inte avtalspart"), bound=False)
    if joined_later:
        if coming:
            return AdoptionRow(
                p, adoption, False, _("Blir part %(day)s, efter versionens datum") % {"day": p.start_date}
            )
        if adoption is None and not p.is_active(on):
            return None
        return AdoptionRow(p, adoption, False, _("Blev part %(day)s, efter versionens datum") % {"day": p.start_date})
    if left:
        if adoption is None and p.end_date is not None and vd is not None and p.end_date < vd:
            return None  # had left before the version existed
        return AdoptionRow(p, adoption, False, _("Lämnade samverkan %(day)s") % {"day": p.end_date})
    if coming:
        return AdoptionRow(p, adoption, True, _("Blir part %(day)s") % {"day": p.start_date})
    return AdoptionRow(p, adoption, True)


def adoption_board(
    agreement: Agreement, parties: list[Participation], on: datetime.date | None = None
) -> AdoptionBoard:
    """The board of the version current on `on` (today), with the parties of the version's date that
    are still parties on `on`. Built from prefetched data (`agreements_for`) and the visible
    parties: no queries of its own."""
    on = on or timezone.localdate()
    versions = agreement.visible_versions  # type: ignore[attr-defined]  # set by agreements_for's Prefetch
    current = current_version(versions, on)
    named = bool(agreement.parties.all())
    board = AdoptionBoard(agreement, current, on, named_parties=named)
    if current is None:
        board.warnings.append(
            _("Avtalet har ingen version ännu.") if not versions else _("Avtalet hade ingen version den dagen.")
        )
        return board
    board.version_date = vd = version_date(current)
    by_org = {a.organization_id: a for a in current.visible_adoptions}  # type: ignore[attr-defined]  # Prefetch
    bound = required_ids(agreement, parties)
    for p in parties:
        start = agreement.collaboration.start_date
        row = _row(p, by_org.get(p.organization_id), p.organization_id in bound, vd, on, start)
        if row is not None:
            board.rows.append(row)
    for row in board.rows:
        if row.missing:
            board.warnings.append(_missing(row, current.number))
    required = [r for r in board.rows if r.required]
    all_adopted = bool(required) and not any(r.missing for r in required)
    board.in_force = validity.in_force(
        on,
        valid_from=current.valid_from,
        on_last_adoption=current.in_force_on_adoption,
        valid_until=current.valid_until,
        until_further_notice=current.until_further_notice,
        adoption_dates=[r.adoption.decision_date for r in required if r.adoption] if all_adopted else None,
    )
    if not board.in_force.is_in_force:
        board.warnings.append(board.in_force.text)
    if current.is_past_review(on):
        board.warnings.append(_("Avtalet skulle ha omprövats senast %(date)s.") % {"date": current.review_date})
    return board


def _missing(row: AdoptionRow, number: int) -> str:
    names = {"org": row.participation.organization.name, "n": number}
    if row.adoption is not None and row.adoption.status == AdoptionStatus.UNKNOWN:
        return _("Det är okänt om %(org)s har antagit aktuell version (version %(n)d).") % names
    if row.adoption is not None and row.adoption.status == AdoptionStatus.DECLINED:
        return _("%(org)s har avböjt aktuell version (version %(n)d).") % names
    return _("%(org)s är avtalspart men har inte antagit aktuell version (version %(n)d).") % names


# Responsibilities and follow-up ----------------------------------------------------------------


@dataclass
class MatrixRow:
    participation: Participation | None  # None: the responsible party is missing
    cells: dict[str, list[Responsibility]]

    def cell_list(self, kinds: list[str]) -> list[list[Responsibility]]:
        return [self.cells.get(k, []) for k in kinds]


def responsibility_matrix(collaboration: Collaboration, user: Any, parties: list[Participation]) -> list[MatrixRow]:
    """One row per visible party, one column per kind of responsibility; a last row (with no
    participation) holds the responsibilities whose responsible party is missing."""
    rows = {p.organization_id: MatrixRow(p, {}) for p in parties}
    missing = MatrixRow(None, {})
    for r in Responsibility.objects.visible_to(user).filter(collaboration=collaboration).select_related("organization"):
        row = missing if r.organization_id is None else rows.get(r.organization_id)
        if row is not None:
            row.cells.setdefault(r.kind, []).append(r)
    return [*rows.values(), *([missing] if missing.cells else [])]


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
    if duty.first_due is None:  # unknown: no date is made up
        return []
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


def with_current_members(bodies: QuerySet[Body], user: Any, on: datetime.date | None = None) -> QuerySet[Body]:
    """Bodies with `current_members`: the members on the day (today by default) that the user may see."""
    members = VisiblePrefetch(
        "memberships",
        user,
        queryset=Membership.objects.filter(active_on(on or timezone.localdate()))
        .select_related("person", "organization", "collaboration")
        .prefetch_related("shared_with")
        .order_by("position", "organization__name", "person__last_name"),
        to_attr="current_members",
    )
    return bodies.select_related("collaboration", "convener", "chair_organization").prefetch_related(members)


def with_chair_rules(bodies: QuerySet[Body], user: Any) -> QuerySet[Body]:
    """Bodies with the versions of their chair rule (one query)."""
    return bodies.prefetch_related(
        VisiblePrefetch("chair_rules", user, queryset=ChairRule.objects.order_by("valid_from"))
    )


def bodies_for(collaboration: Collaboration, user: Any, on: datetime.date | None = None) -> QuerySet[Body]:
    """The collaboration's bodies the user may see, with their members on the day (today by default)."""
    return with_current_members(Body.objects.visible_to(user).filter(collaboration=collaboration), user, on)


def bodies_on(bodies: list[Body], on: datetime.date) -> list[Body]:
    """The bodies that existed on the day: established then or earlier (or when unknown), not yet closed."""
    return [body for body in bodies if body.exists_on(on)]


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


def rule_on(rules: list[ChairRule], on: datetime.date) -> ChairRule | None:
    """The version of the rule in force on the day: the last one that took effect on or before it."""
    in_force = [rule for rule in rules if rule.valid_from <= on]
    return max(in_force, key=lambda rule: rule.valid_from) if in_force else None


def turn_index(rule: ChairRule, on: datetime.date) -> int:
    """Whose turn it is under the rule on the day, as an index in its order.

    The turn passes every `period_months` months from the day the rule took effect, in the stated
    order, and starts over after the last party. A period that starts on the 31st hands over on the
    last day of a shorter month.
    """
    period = rule.period_months
    turns = max(0, months_between(rule.valid_from, on) // period)
    while turns > 0 and add_months(rule.valid_from, turns * period) > on:  # the handover day has not come yet
        turns -= 1
    return turns % len(rule.order)


@dataclass
class ChairOnDate:
    """Who chairs a body on a day and how that is known: `recorded` (a member recorded as chair on the
    day), `fixed` (the body's chair), or `computed` from the rule in force (`rule`). A computed chair
    whose organization does not take part in the collaboration on the day is flagged (`not_party`) and
    not given the chair: `organization_id` is then None."""

    how: str
    organization_id: int | None = None
    organization_name: str = ""
    rule: ChairRule | None = None
    rule_names: list[str] = field(default_factory=list)
    index: int | None = None
    not_party: Organization | None = None
    person: Any = None

    @property
    def is_computed(self) -> bool:
        return self.how == "computed"


def parties_on(collaboration: Collaboration, on: datetime.date) -> set[int]:
    """The organizations taking part in the collaboration on the day: all of them, as the services read
    them (`participating_ids`), since a rule gives the same chair to everyone who sees the body."""
    return set(collaboration.participations.filter(active_on(on)).values_list("organization_id", flat=True))


def organization_names(ids: set[int]) -> dict[int, str]:
    """Names of organizations by id (one query; none when there are no ids)."""
    return dict(Organization.objects.filter(pk__in=ids).values_list("pk", "name")) if ids else {}


@dataclass
class ChairFacts:
    """What computing the chair of many bodies needs, read once: the names of the organizations in their
    rules and the parties of each collaboration on the day."""

    names: dict[int, str]
    parties: dict[int, set[int]]


def chair_facts(bodies: list[Body], on: datetime.date) -> ChairFacts:
    """One query for the names, and one per collaboration with a rotating chair among the bodies (their
    rules prefetched, their collaboration joined)."""
    rotating = [body for body in bodies if body.chair_mode == ChairMode.ROTATING and body.chair_rules.all()]
    ids = {pk for body in rotating for rule in body.chair_rules.all() for pk in rule.order}
    collaborations = {body.collaboration_id: body.collaboration for body in rotating}
    parties = {pk: parties_on(collaboration, on) for pk, collaboration in collaborations.items()}
    return ChairFacts(organization_names(ids), parties)


def chair_on(
    body: Body, on: datetime.date, members: list[Membership] | None = None, facts: ChairFacts | None = None
) -> ChairOnDate | None:
    """Who chairs the body on the day (None when no one does or it is not known).

    A member recorded as chair on the day is the fact and overrides the rule. Otherwise a fixed chair is
    the body's chair organization, and a rotating chair is computed from the version of the rule in force
    on the day. `members` are the body's members on the day when already loaded (`current_members`),
    `facts` the names and parties when already read (`chair_facts`)."""
    if members is None:
        members = list(body.memberships.filter(active_on(on)).select_related("organization", "person"))
    recorded = next((m for m in members if m.position == MemberPosition.CHAIR), None)
    if recorded is not None:
        return ChairOnDate("recorded", recorded.organization_id, recorded.organization.name, person=recorded.person)
    if body.chair_mode == ChairMode.FIXED:
        org = body.chair_organization
        return ChairOnDate("fixed", org.pk, org.name) if org is not None else None
    if body.chair_mode != ChairMode.ROTATING:
        return None
    rule = rule_on(list(body.chair_rules.all()), on)
    if rule is None or not rule.order:
        return None
    facts = facts or chair_facts([body], on)
    names = facts.names
    index = turn_index(rule, on)
    turn = rule.order[index]
    result = ChairOnDate(
        "computed",
        turn,
        names.get(turn, "?"),
        rule=rule,
        rule_names=[names.get(pk, "?") for pk in rule.order],
        index=index,
    )
    if turn not in facts.parties.get(body.collaboration_id, set()):
        result.not_party = Organization(pk=turn, name=names.get(turn, "?"))
        result.organization_id, result.organization_name = None, ""
    return result


def whose_turn(body: Body, on: datetime.date | None = None) -> tuple[int | None, int | None]:
    """The organization id whose turn it is to chair a rotating body on `on` under the rule then in force
    (None when the rule gives it to an organization that does not take part then), and the index."""
    if body.chair_mode != ChairMode.ROTATING:
        return None, None
    on = on or rotation_date(body)
    rule = rule_on(list(body.chair_rules.all()), on)
    if rule is None or not rule.order:
        return None, None
    index = turn_index(rule, on)
    turn = rule.order[index]
    return (turn if turn in parties_on(body.collaboration, on) else None), index


def rotation_date(body: Body) -> datetime.date:
    """Today, or the day the collaboration ended if it has."""
    today = timezone.localdate()
    ended = body.collaboration.end_date
    return ended if ended is not None and ended < today else today


def body_documents(body: Body, user: Any, on: datetime.date | None = None) -> QuerySet[BodyDocument]:
    """The body's material the user may read today (under secrecy: only if the user sits in the body
    today), as it stood on the day `on` when given (what had been added by the end of that day)."""
    documents = BodyDocument.objects.visible_to(user).filter(body=body).select_related("collaboration")
    if on is not None:
        documents = documents.filter(created_at__date__lte=on)
    return documents


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
    unowned = Responsibility.objects.visible_to(user).filter(collaboration=collaboration, organization__isnull=True)
    for responsibility in unowned.select_related("collaboration"):
        items.append(Ownerless(_("Ansvar"), responsibility, _("Ansvarig part saknas.")))
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
    parties = Participation.objects.visible_to(user).filter(
        active_on(timezone.localdate()), collaboration=collaboration, role__in=SIGNATORY_ROLES
    )
    with_duty = Responsibility.objects.visible_to(user).filter(collaboration=collaboration).values("organization_id")
    for p in parties.exclude(organization_id__in=with_duty).select_related("organization", "collaboration"):
        items.append(Ownerless(_("Part"), p, _("Inget ansvar beskrivet i ansvarsmatrisen.")))
    return items
