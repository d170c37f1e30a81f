"""The computation: a total shared by the three steps of the rule (stated amounts, percentages, the key;
see `organize.engine`), within each group again, the checks of the input, and the common cases by name."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal
from fractions import Fraction
from typing import cast

from django.utils.translation import gettext as _

from organize.choices import PERCENT_PLACES
from organize.engine.common import (
    BY_KEY,
    EQUAL,
    FIXED_SHARES,
    HUNDRED,
    KEYS,
    ORE,
    PER_CAPITA,
    PERCENTAGE,
    STATED,
    WEIGHTED,
    CostSharingError,
    _require_money,
    format_money,
    format_percent,
)
from organize.engine.data import Computation, Group, Key, Line, Party, _Unit
from organize.engine.rounding import apportion, rounding_rule
from organize.engine.rule_text import _balance, _key_basis, _rule


def _units(parties: Sequence[Party], groups: Sequence[Group]) -> list[_Unit]:
    units = [_Unit(p.key, p.name, p.percent, p.population, p.amount, p.payer) for p in parties]
    for g in groups:
        pops = [m.population for m in g.members]
        population = None if not pops or any(p is None for p in pops) else sum(cast(list[int], pops))
        units.append(_Unit(g.key, g.name, g.percent, population, g.amount, g.payer, g))
    return units


def _weights(units: Sequence[_Unit], key: Key) -> list[Fraction]:
    if key.method == EQUAL:
        return [Fraction(1)] * len(units)
    populations = [Fraction(cast(int, u.population)) for u in units]
    if key.method == PER_CAPITA:
        return populations
    people = sum(populations, Fraction(0))
    by_population = Fraction(cast(Decimal, key.population_weight)) / 100
    equal_part = (1 - by_population) / len(units)
    if people == 0:
        return [equal_part] * len(units)
    return [by_population * p / people + equal_part for p in populations]


def compute(total: Decimal | None, parties: Sequence[Party], key: Key, groups: Sequence[Group] = ()) -> Computation:
    """Share `total` (None: not known) among the parties and groups by the three steps of the rule."""
    if key.method not in KEYS:
        raise CostSharingError("method", _("Okänd fördelningsmodell."))
    units = _units(parties, groups)
    _check(total, units, key)
    stated = [u for u in units if u.amount is not None]
    with_percent = [u for u in units if u.amount is None and u.percent is not None]
    by_key = [u for u in units if u.amount is None and u.percent is None]
    if key.method in (PER_CAPITA, WEIGHTED) and by_key:
        _require_populations(by_key, key.population_year)

    stated_sum = sum((cast(Decimal, u.amount) for u in stated), Decimal("0"))
    percent_sum = sum((cast(Decimal, u.percent) for u in with_percent), Decimal("0"))
    weights = _weights(by_key, key) if by_key else []
    lines: dict[int, Line] = {}
    for u in stated:
        amount = cast(Decimal, u.amount)
        share = Fraction(amount) / Fraction(total) if total else None
        lines[id(u)] = Line(
            u.key,
            u.name,
            _("%(amount)s kr (angivet belopp)") % {"amount": format_money(amount)},
            Fraction(amount),
            amount,
            False,
            STATED,
            share,
            u.payer,
        )
    difference: Decimal | None = None
    rest_after_percent: Decimal | None = None
    if total is not None:
        after_stated = total - stated_sum
        base = max(after_stated, Decimal("0"))
        cents = int(base / ORE)
        exact = [Fraction(cents) * Fraction(cast(Decimal, u.percent)) / 100 for u in with_percent]
        if by_key and percent_sum <= HUNDRED:
            # the percentages and the rest are split together, so the rest is whole öre
            rest_exact = Fraction(cents) * Fraction(HUNDRED - percent_sum) / 100
            amounts, extra = apportion([*exact, rest_exact], [*(u.name for u in with_percent), "\uffff"], cents)
            rest_cents = amounts.pop()
        else:
            amounts, extra = apportion(exact, [u.name for u in with_percent])
            rest_cents = max(cents - sum(amounts), 0) if by_key else 0
        for i, u in enumerate(with_percent):
            amount = Decimal(amounts[i]) * ORE
            lines[id(u)] = Line(
                u.key,
                u.name,
                format_percent(cast(Decimal, u.percent)),
                exact[i] / 100,
                amount,
                i in extra,
                PERCENTAGE,
                Fraction(amount) / Fraction(total) if total else None,
                u.payer,
            )
        rest_after_percent = Decimal(rest_cents) * ORE
        if by_key:
            key_cents = [Fraction(rest_cents) * w / sum(weights, Fraction(0)) for w in weights]
            key_amounts, key_extra = apportion(key_cents, [u.name for u in by_key], rest_cents)
            for i, u in enumerate(by_key):
                amount = Decimal(key_amounts[i]) * ORE
                lines[id(u)] = Line(
                    u.key,
                    u.name,
                    _key_basis(u, key),
                    key_cents[i] / 100,
                    amount,
                    i in key_extra,
                    BY_KEY,
                    Fraction(amount) / Fraction(total) if total else None,
                    u.payer,
                )
        paid = sum((line.amount for line in lines.values() if line.amount is not None), Decimal("0"))
        difference = paid - total
    else:
        for u in with_percent:
            share = Fraction(cast(Decimal, u.percent)) / 100 if not stated else None
            lines[id(u)] = Line(
                u.key, u.name, format_percent(cast(Decimal, u.percent)), None, None, False, PERCENTAGE, share, u.payer
            )
        rest_share = 1 - Fraction(percent_sum) / 100
        for i, u in enumerate(by_key):
            share = rest_share * weights[i] / sum(weights, Fraction(0)) if not stated and rest_share >= 0 else None
            lines[id(u)] = Line(u.key, u.name, _key_basis(u, key), None, None, False, BY_KEY, share, u.payer)

    ordered = []
    for u in units:
        line = lines[id(u)]
        if u.group is not None:
            line = replace(line, group=compute(line.amount, u.group.members, u.group.rule))
        ordered.append(line)
    amount_of = {id(u): lines[id(u)].amount for u in units}
    rule = _rule(key, stated, with_percent, by_key, percent_sum, amount_of, ordered, rest_after_percent)
    balance = _balance(total, stated_sum, with_percent, by_key, percent_sum, difference)
    notes = [
        _("%(share)s betalas av %(payer)s.") % {"share": line.name, "payer": line.payer}
        for line in ordered
        if line.payer and line.payer != line.name
    ]
    return Computation(total, ordered, rule, rounding_rule(), balance, difference, notes)


# Checks -----------------------------------------------------------------------------------------


def _check(total: Decimal | None, units: list[_Unit], key: Key) -> None:
    if not units:
        raise CostSharingError("shares", _("Lägg till minst en part som betalar."))
    if total is not None:
        _require_money(total, "total")
    for u in units:
        if u.amount is not None:
            try:
                _require_money(u.amount, "shares")
            except CostSharingError as exc:
                raise CostSharingError("shares", f"{u.name}: {exc.message}") from exc
        if u.percent is not None:
            if not Decimal("0") <= u.percent <= HUNDRED:
                raise CostSharingError(
                    "shares", _("%(name)s: andelen ska ligga mellan 0 och 100 %%.") % {"name": u.name}
                )
            if u.percent != u.percent.quantize(Decimal(1).scaleb(-PERCENT_PLACES)):
                raise CostSharingError(
                    "shares",
                    _("%(name)s: andelen kan ha högst %(n)d decimaler.") % {"name": u.name, "n": PERCENT_PLACES},
                )
        if u.group is not None and not u.group.members:
            raise CostSharingError("groups", _("Gruppen %(name)s har inga medlemmar.") % {"name": u.name})
    if key.method == FIXED_SHARES:
        missing = [u.name for u in units if u.amount is None and u.percent is None]
        if missing:
            raise CostSharingError("shares", _("Andel saknas för %(names)s.") % {"names": ", ".join(missing)})
    if key.method == WEIGHTED and (
        key.population_weight is None or not Decimal("0") <= key.population_weight <= HUNDRED
    ):
        raise CostSharingError(
            "population_weight", _("Ange hur stor del (0–100 %) som delas efter folkmängd; resten delas lika.")
        )


def _require_populations(units: Sequence[_Unit | Party], year: int | None) -> None:
    if year is None:
        raise CostSharingError("population_year", _("Ange vilket års folkmängd som ska användas."))
    missing: list[str] = []
    for u in units:
        group = getattr(u, "group", None)
        if group is not None:
            missing += [m.name for m in group.members if m.population is None]
        elif u.population is None:
            missing.append(u.name)
    if missing:
        raise CostSharingError(
            "population_year",
            _("Folkmängd för %(year)d saknas för %(names)s.") % {"year": year, "names": ", ".join(missing)},
        )


# The common cases, by name ----------------------------------------------------------------------


def equal(total: Decimal | None, parties: Sequence[Party]) -> Computation:
    return compute(total, parties, Key(EQUAL))


def fixed_shares(total: Decimal | None, parties: Sequence[Party]) -> Computation:
    return compute(total, parties, Key(FIXED_SHARES))


def per_capita(total: Decimal | None, parties: Sequence[Party], year: int | None) -> Computation:
    return compute(total, parties, Key(PER_CAPITA, year))


def weighted(
    total: Decimal | None, parties: Sequence[Party], year: int | None, population_weight: Decimal | None
) -> Computation:
    return compute(total, parties, Key(WEIGHTED, year, population_weight))


def anchor_then_population(
    total: Decimal | None, anchor: Party, percent: Decimal | None, others: Sequence[Party], year: int | None
) -> Computation:
    """One party pays `percent` of the total; the others share the rest by population."""
    if percent is None or not Decimal("0") <= percent <= HUNDRED:
        raise CostSharingError("anchor_percent", _("Ange den fasta partens andel, mellan 0 och 100 %."))
    if not others:
        raise CostSharingError("shares", _("Lägg till minst en part som betalar."))
    return compute(total, [replace(anchor, percent=percent), *others], Key(PER_CAPITA, year))
