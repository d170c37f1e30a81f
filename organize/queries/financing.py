"""Financing: cost models with their shares and groups, the engine's computation of a model, external
funding, and the resources the parties set aside, year by year."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.db.models import QuerySet

from actors.choices import Gender
from actors.models import AreaPopulation, Organization
from collaborations.models import Collaboration
from core.permissions import VisiblePrefetch
from organize import engine
from organize.choices import FinancingMethod
from organize.models import ExternalFunding, FinancingModel, FinancingShare, PayerGroup, ResourceCommitment


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
