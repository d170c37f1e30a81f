"""The cost-sharing engine (O5): each party's amount of a joint cost, exactly, to the öre.

Plain functions on plain data, so that the rule can be read, tested and shown beside the result.

The rule, stated once. A cost model shares a total among units: parties, and groups of parties that
pay as one ("the municipalities jointly"). It does so in three steps, each sharing what the step
before left:

1. **Stated amounts.** A unit with a stated amount (an agreement's "Region pays 1 200 000 kr") pays
   exactly that. What is left is the rest after the stated amounts (the whole total when none is stated).
2. **Percentages.** A unit with a percentage pays that percentage of what step 1 left. The
   percentages are taken as written, with up to ten decimals (12,3456789012 %): they are never
   rescaled to add up.
3. **The key.** Every other unit shares what step 2 left by the model's key: equal parts, the
   population on 31 December of a stated year, or a weighted key (part by population, the rest in equal
   parts; the exact weight of a unit is the sum of both parts). With the key "fixed shares" every unit
   without a stated amount has a percentage and step 3 has no one.

When the steps do not use up the total (percentages that add up to 99 %, no one left to share the rest)
the difference stays a **shortfall** in kronor, exact to the öre; when they use more than the total
(percentages above 100 %, stated amounts above the total) it is a **surplus**; the units of the later
steps then pay 0 kr. Nothing is rescaled to hide the difference: the page says how large it is.

A group's amount is shared among its members by the group's own key, in the same three steps.
Who pays a unit's amount may be another party than the one whose share it is ("the federation pays
Ronneby's share"): the amounts are the same, the summary per payer adds them up for whoever pays.

Rounding to the öre, within each step, by the largest-remainder method: every unit first gets its
exact amount rounded down to the öre; the öre left over go, one each, to the units with the largest
remainders (on equal remainders, to the unit whose name comes first in Swedish alphabetical order, so
that the order in which parties are listed changes nothing). The amounts of a step add up exactly to
what the step shares (to the nearest öre of it when the percentages do not add up to 100 %), no unit
pays one öre or more above or below its exact amount, and a larger weight never gives a smaller amount.

When the total is not known ("belopp okänt") the steps still give each unit's share in percent as far
as it follows from the percentages and the key, and the stated amounts are shown as stated.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import cast

from django.utils.translation import gettext as _

from core.numbers import fixed_number, plain_number
from organize.choices import PERCENT_PLACES

ORE = Decimal("0.01")
HUNDRED = Decimal(100)

# The keys (the same values as organize.choices.FinancingMethod).
FIXED_SHARES = "fixed_shares"
EQUAL = "equal"
PER_CAPITA = "per_capita"
WEIGHTED = "weighted"
KEYS = (FIXED_SHARES, EQUAL, PER_CAPITA, WEIGHTED)

# The steps, as a line names them.
STATED, PERCENTAGE, BY_KEY = "stated", "percentage", "key"


class CostSharingError(ValueError):
    """Input the engine cannot share; `field` names the input that is wrong."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field
        self.message = message


@dataclass(frozen=True)
class Key:
    """How a sum is shared among units that have neither a stated amount nor a percentage."""

    method: str = EQUAL
    population_year: int | None = None
    population_weight: Decimal | None = None  # WEIGHTED: the percent shared by population; the rest equally


@dataclass(frozen=True)
class Party:
    key: int
    name: str
    percent: Decimal | None = None  # of what is left after the stated amounts
    population: int | None = None
    amount: Decimal | None = None  # a stated amount in kronor, settled first
    payer: str = ""  # who pays the amount, when not the party itself


@dataclass(frozen=True)
class Group:
    """Parties that pay as one unit, sharing the group's amount among themselves by their own key."""

    key: int
    name: str
    members: Sequence[Party]
    rule: Key
    percent: Decimal | None = None
    amount: Decimal | None = None
    payer: str = ""


@dataclass(frozen=True)
class Line:
    key: int
    name: str
    basis: str  # what the amount rests on, in words ("25 %", "156 381 invånare", "1 del")
    exact: Fraction | None  # the unrounded amount (None: the total is not known)
    amount: Decimal | None  # rounded to the öre (None: the total is not known)
    got_extra_ore: bool  # received one of the öre left over by rounding down
    step: str = BY_KEY
    share: Fraction | None = None  # the unit's part of the total, when it follows from the model
    payer: str = ""
    group: Computation | None = None  # the split within a group, for a group's line

    @property
    def exact_display(self) -> Decimal | None:
        if self.exact is None:
            return None
        return Decimal(self.exact.numerator) / Decimal(self.exact.denominator)

    @property
    def share_percent(self) -> Decimal | None:
        if self.share is None:
            return None
        return (Decimal(self.share.numerator) * HUNDRED / Decimal(self.share.denominator)).quantize(Decimal("0.0001"))

    @property
    def share_text(self) -> str:
        """The unit's part of the total in percent, to four decimals ("" when it does not follow)."""
        percent = self.share_percent
        return format_percent(percent) if percent is not None else ""

    @property
    def is_group(self) -> bool:
        return self.group is not None

    @property
    def paid_by(self) -> str:
        return self.payer or self.name


@dataclass(frozen=True)
class Payment:
    payer: str
    amount: Decimal | None
    shares: list[str]  # whose shares the payer pays


@dataclass(frozen=True)
class Computation:
    total: Decimal | None
    lines: list[Line]
    rule: str  # how the amounts were worked out, in words
    rounding: str  # how the öre were settled, in words
    balance: str = ""  # what happens when the shares do not add up to the total ("" when they do)
    difference: Decimal | None = None  # sum of the amounts − total: < 0 a shortfall, > 0 a surplus
    notes: list[str] = field(default_factory=list)  # who pays another's share

    @property
    def sum(self) -> Decimal | None:
        if any(line.amount is None for line in self.lines):
            return None
        return sum((cast(Decimal, line.amount) for line in self.lines), Decimal("0"))

    @property
    def known(self) -> bool:
        return self.total is not None

    @property
    def shortfall(self) -> Decimal | None:
        return -self.difference if self.difference is not None and self.difference < 0 else None

    @property
    def surplus(self) -> Decimal | None:
        return self.difference if self.difference is not None and self.difference > 0 else None

    def all_lines(self) -> list[Line]:
        """The parties' lines, a group's members in place of the group."""
        out: list[Line] = []
        for line in self.lines:
            if line.group is not None:
                out.extend(replace(m, payer=m.payer or line.payer) for m in line.group.all_lines())
            else:
                out.append(line)
        return out

    def payments(self) -> list[Payment]:
        """What each payer pays, adding up the shares it pays for (a party pays its own unless told)."""
        by_payer: dict[str, list[Line]] = {}
        for line in self.all_lines():
            by_payer.setdefault(line.paid_by, []).append(line)
        out = []
        for payer, lines in by_payer.items():
            amounts = [line.amount for line in lines]
            amount = None if any(a is None for a in amounts) else sum(cast(list[Decimal], amounts), Decimal("0"))
            out.append(Payment(payer, amount, [line.name for line in lines]))
        return sorted(out, key=lambda p: _swedish(p.payer))

    @property
    def has_other_payers(self) -> bool:
        return any(line.payer and line.payer != line.name for line in self.all_lines())


# Rounding ---------------------------------------------------------------------------------------


_SWEDISH_ORDER = str.maketrans("åäöæø", "{|}|}")  # the characters after z, in Swedish order


def _swedish(name: str) -> str:
    """A sort key in Swedish alphabetical order for the letters that differ (å, ä, ö after z)."""
    return name.casefold().translate(_SWEDISH_ORDER)


def _round_half_up(x: Fraction) -> int:
    return int((Decimal(x.numerator) / Decimal(x.denominator)).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def apportion(
    exact_cents: Sequence[Fraction], names: Sequence[str], target: int | None = None
) -> tuple[list[int], set[int]]:
    """Round exact amounts in öre to whole öre by largest remainder, so that they add up to `target`
    (by default their exact sum, which must then be whole; otherwise the sum rounded to the nearest öre).

    Returns the amounts in öre and the indexes that got an extra öre. Ties go to the name that comes
    first in Swedish alphabetical order (then to the one listed first), so the order of the input does
    not change who gets which öre unless two names are the same.
    """
    floors = [math.floor(e) for e in exact_cents]
    total = sum(exact_cents, Fraction(0))
    if target is None:
        target = _round_half_up(total)
    left_over = target - sum(floors)
    order = sorted(range(len(floors)), key=lambda i: (-(exact_cents[i] - floors[i]), _swedish(names[i]), i))
    extra = set(order[: max(left_over, 0)])
    return [floors[i] + (1 if i in extra else 0) for i in range(len(floors))], extra


def split(
    total: Decimal, weights: Sequence[Fraction | Decimal | int], names: Sequence[str] | None = None
) -> tuple[list[Decimal], list[Fraction], set[int]]:
    """Split `total` (kronor, at most two decimals) in proportion to `weights` by largest remainder.

    Returns the amounts in kronor, the exact amounts, and the indexes that got an extra öre.
    """
    _require_money(total, "total")
    fractions = [Fraction(w) for w in weights]
    if any(w < 0 for w in fractions):
        raise CostSharingError("shares", _("En andel får inte vara negativ."))
    whole = sum(fractions, Fraction(0))
    if not fractions or whole == 0:
        raise CostSharingError("shares", _("Det finns inga andelar att fördela beloppet på."))
    cents = int(total / ORE)
    exact_cents = [Fraction(cents) * w / whole for w in fractions]
    amounts, extra = apportion(exact_cents, names or [""] * len(fractions), cents)
    return [Decimal(a) * ORE for a in amounts], [e / 100 for e in exact_cents], extra


# Formatting -------------------------------------------------------------------------------------


def _format_int(n: int) -> str:
    """Thousands apart, in the active language: 22 665 (a no-break space) or 22,665."""
    return plain_number(n, 0, grouped=True)


def format_money(amount: Decimal) -> str:
    """In the active language, with öre: 7 000 000,00 (no-break spaces) or 7,000,000.00."""
    return fixed_number(amount.quantize(ORE), 2)


def format_percent(p: Decimal) -> str:
    """Every decimal the share has, no trailing zeros, in the active language: 33,3333 % or 33.3333 %."""
    places = max(0, -int(p.normalize().as_tuple().exponent))
    return plain_number(p, places, grouped=True) + "\u00a0%"


def rounding_rule() -> str:
    return _(
        "Avrundning till hela ören med största-restmetoden: varje part får först sitt exakta belopp avrundat "
        "nedåt till öre; de ören som blir över går ett i taget till de parter som har störst rest (vid lika "
        "rest till den part vars namn kommer först i bokstavsordning, så att ordningen parterna står i inte "
        "spelar roll). Summan blir exakt det belopp som fördelas."
    )


# The computation --------------------------------------------------------------------------------


@dataclass
class _Unit:
    key: int
    name: str
    percent: Decimal | None
    population: int | None
    amount: Decimal | None
    payer: str
    group: Group | None = None


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


def _key_basis(unit: _Unit, key: Key) -> str:
    one = _("1 del")
    if key.method == EQUAL:
        return one
    people = _("%(n)s invånare") % {"n": _format_int(cast(int, unit.population))}
    return people if key.method == PER_CAPITA else f"{people} · {one}"


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


def _rule(
    key: Key,
    stated: list[_Unit],
    with_percent: list[_Unit],
    by_key: list[_Unit],
    percent_sum: Decimal,
    amount_of: dict[int, Decimal | None],
    lines: list[Line],
    rest: Decimal | None,
) -> str:
    parts: list[str] = []
    if stated:
        parts.append(_("Först betalar %(names)s sina angivna belopp.") % {"names": _names([u.name for u in stated])})
    of_what = _("det som återstår efter de angivna beloppen") if stated else _("beloppet")
    if key.method == FIXED_SHARES:
        if not stated:
            parts.append(_("Fasta andelar enligt avtalet (summa %(sum)s).") % {"sum": format_percent(percent_sum)})
        else:
            parts.append(
                _("Resten delas med fasta andelar av %(what)s (summa %(sum)s).")
                % {"what": of_what, "sum": format_percent(percent_sum)}
            )
    else:
        for u in with_percent:
            amount = amount_of[id(u)]
            parts.append(
                _("%(name)s betalar %(percent)s av %(what)s%(amount)s.")
                % {
                    "name": u.name,
                    "percent": format_percent(cast(Decimal, u.percent)),
                    "what": of_what,
                    "amount": f" ({format_money(amount)} kr)" if amount is not None else "",
                }
            )
        if by_key:
            parts.append(
                _key_rule(key, by_key, rest if (stated or with_percent) else None, bool(stated or with_percent))
            )
    for line in lines:
        if line.group is not None:
            parts.append(
                _("%(group)s betalar som en part; gruppens belopp delas mellan dess medlemmar: %(rule)s")
                % {"group": line.name, "rule": line.group.rule}
            )
    return " ".join(parts)


def _key_rule(key: Key, units: list[_Unit], rest: Decimal | None, after_others: bool) -> str:
    n = len(units)
    people = sum(cast(int, u.population) for u in units) if key.method != EQUAL else 0
    if not after_others:
        if key.method == EQUAL:
            return _("Lika delar: varje part betalar 1/%(n)d.") % {"n": n}
        if key.method == PER_CAPITA:
            return _(
                "Per invånare: varje part betalar i proportion till sin folkmängd den 31 december %(year)d "
                "(summa %(n)s)."
            ) % {"year": key.population_year, "n": _format_int(people)}
        return _(
            "Viktad nyckel: %(pop)s av beloppet delas i proportion till folkmängden den 31 december %(year)d "
            "(summa %(n)s invånare) och %(equal)s i lika delar (1/%(count)d var); varje parts exakta belopp är "
            "summan av båda delarna."
        ) % _weighted(key, people, n)
    start = _("Resten, %(rest)s kr,") % {"rest": format_money(rest)} if rest is not None else _("Resten")
    if n == 1:
        return _("%(start)s betalas av %(name)s.") % {"start": start, "name": units[0].name}
    if key.method == EQUAL:
        return _("%(start)s delas lika mellan övriga parter (1/%(n)d var).") % {"start": start, "n": n}
    if key.method == PER_CAPITA:
        return _(
            "%(start)s delas mellan övriga parter i proportion till folkmängden den 31 december %(year)d "
            "(summa %(n)s invånare)."
        ) % {"start": start, "year": key.population_year, "n": _format_int(people)}
    return _(
        "%(start)s delas mellan övriga parter med en viktad nyckel: %(pop)s i proportion till folkmängden den "
        "31 december %(year)d (summa %(n)s invånare) och %(equal)s i lika delar (1/%(count)d var)."
    ) % {"start": start, **_weighted(key, people, n)}


def _weighted(key: Key, people: int, n: int) -> dict[str, object]:
    weight = cast(Decimal, key.population_weight)
    return {
        "pop": format_percent(weight),
        "equal": format_percent(HUNDRED - weight),
        "year": key.population_year,
        "n": _format_int(people),
        "count": n,
    }


def _balance(
    total: Decimal | None,
    stated_sum: Decimal,
    with_percent: list[_Unit],
    by_key: list[_Unit],
    percent_sum: Decimal,
    difference: Decimal | None,
) -> str:
    """What happens when the shares do not add up: the difference, and that nothing is rescaled ("" when
    they add up). The percentages leave a gap only when no one shares the rest by the key."""
    if total is not None and stated_sum > total:
        return _(
            "De angivna beloppen är %(over)s kr mer än beloppet att fördela (överskott). Övriga parter betalar "
            "0 kr. Inget räknas om."
        ) % {"over": format_money(stated_sum - total)}
    if not with_percent:
        if by_key or total is None or stated_sum == total:
            return ""
        return _(
            "De angivna beloppen täcker inte hela beloppet: %(short)s kr betalas inte av någon part (underskott). "
            "Inget räknas om."
        ) % {"short": format_money(total - stated_sum)}
    if percent_sum == HUNDRED or (percent_sum < HUNDRED and by_key):
        return ""
    what = {"sum": format_percent(percent_sum)}
    if difference is None:  # the total is not known: the gap in percent
        if percent_sum < HUNDRED:
            return _(
                "Andelarna summerar till %(sum)s, inte 100 %%: %(gap)s av beloppet betalas inte av någon part "
                "(underskott). Andelarna räknas inte om."
            ) % {**what, "gap": format_percent(HUNDRED - percent_sum)}
        return _(
            "Andelarna summerar till %(sum)s, inte 100 %%: parterna betalar %(gap)s mer än beloppet "
            "(överskott). Andelarna räknas inte om."
        ) % {**what, "gap": format_percent(percent_sum - HUNDRED)}
    if difference < 0:
        return _(
            "Andelarna summerar till %(sum)s, inte 100 %%: %(short)s kr av beloppet betalas inte av någon part "
            "(underskott). Andelarna räknas inte om: varje part betalar sin angivna andel, och underskottet "
            "står kvar tills avtalet säger vem som betalar det."
        ) % {**what, "short": format_money(-difference)}
    if difference > 0:
        extra = _(" Parterna som delar resten efter nyckeln betalar 0 kr.") if by_key else ""
        return _(
            "Andelarna summerar till %(sum)s, inte 100 %%: parterna betalar tillsammans %(over)s kr mer än "
            "beloppet (överskott). Andelarna räknas inte om.%(extra)s"
        ) % {**what, "over": format_money(difference), "extra": extra}
    return (
        _("Andelarna summerar till %(sum)s, inte 100 %%, men avrundat till hela ören blir skillnaden 0,00 kr.") % what
    )


def _names(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return _("%(first)s och %(last)s") % {"first": ", ".join(names[:-1]), "last": names[-1]}


# Checks -----------------------------------------------------------------------------------------


def _require_money(amount: Decimal, field_name: str) -> None:
    if amount < 0:
        raise CostSharingError(field_name, _("Beloppet får inte vara negativt."))
    if amount != amount.quantize(ORE):
        raise CostSharingError(field_name, _("Beloppet kan inte ha fler än två decimaler (ören)."))


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
