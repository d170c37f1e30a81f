"""The cost-sharing engine (O5): each party's amount of a joint cost, exactly, to the öre.

Plain functions on plain data, so that the rule can be read, tested and shown beside the result.

The rule, stated once:

1. Each party gets a weight: its fixed percentage, 1 (equal split), or its population on
   31 December of the stated year. With "one party pays X %", that party's amount is settled
   first and the rest is shared by population among the others.
2. The exact amount of a party is total × weight ÷ sum of weights, computed with exact fractions.
3. Rounding to the öre by the largest-remainder method: every party first gets its exact amount
   rounded down to the öre; the öre left over go, one each, to the parties with the largest
   remainders (on equal remainders, to the party listed first). So the amounts add up exactly to
   the total, no party pays more than one öre above its exact amount, and a larger weight never
   gives a smaller amount. With "one party pays X %", that party's amount is rounded the same way
   first; the others' exact amounts are their shares of what then remains.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import cast

from django.utils.translation import gettext as _

ORE = Decimal("0.01")
HUNDRED = Decimal(100)


class CostSharingError(ValueError):
    """Input the engine cannot share; `field` names the input that is wrong."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field
        self.message = message


@dataclass(frozen=True)
class Party:
    key: int
    name: str
    percent: Decimal | None = None
    population: int | None = None


@dataclass(frozen=True)
class Line:
    key: int
    name: str
    basis: str  # what the weight is, in words ("25 %", "156 381 invånare", "1 del")
    exact: Fraction  # the unrounded amount
    amount: Decimal  # rounded to the öre
    got_extra_ore: bool  # received one of the öre left over by rounding down

    @property
    def exact_display(self) -> Decimal:
        return Decimal(self.exact.numerator) / Decimal(self.exact.denominator)


@dataclass(frozen=True)
class Computation:
    total: Decimal
    lines: list[Line]
    rule: str  # how the weights were chosen, in words
    rounding: str  # how the öre were settled, in words

    @property
    def sum(self) -> Decimal:
        return sum((line.amount for line in self.lines), Decimal("0"))


def split(
    total: Decimal, weights: Sequence[Fraction | Decimal | int]
) -> tuple[list[Decimal], list[Fraction], set[int]]:
    """Split `total` (kronor, at most two decimals) in proportion to `weights` by largest remainder.

    Returns the amounts in kronor, the exact amounts, and the indexes that got an extra öre.
    """
    if total < 0:
        raise CostSharingError("total", _("Beloppet får inte vara negativt."))
    if total != total.quantize(ORE):
        raise CostSharingError("total", _("Beloppet kan inte ha fler än två decimaler (ören)."))
    fractions = [Fraction(w) for w in weights]
    if any(w < 0 for w in fractions):
        raise CostSharingError("shares", _("En andel får inte vara negativ."))
    whole = sum(fractions, Fraction(0))
    if not fractions or whole == 0:
        raise CostSharingError("shares", _("Det finns inga andelar att fördela beloppet på."))
    cents = int(total / ORE)
    exact_cents = [Fraction(cents) * w / whole for w in fractions]
    floors = [int(e) for e in exact_cents]  # non-negative, so int() rounds down
    left_over = cents - sum(floors)
    by_remainder = sorted(range(len(floors)), key=lambda i: (-(exact_cents[i] - floors[i]), i))
    extra = set(by_remainder[:left_over])
    amounts = [Decimal(floors[i] + (1 if i in extra else 0)) * ORE for i in range(len(floors))]
    return amounts, [e / 100 for e in exact_cents], extra


def _format_int(n: int) -> str:
    return f"{n:,}".replace(",", "\u00a0")


def format_money(amount: Decimal) -> str:
    """Swedish style: 7 000 000,00 (non-breaking spaces)."""
    whole, _, cents = f"{amount.quantize(ORE):f}".partition(".")
    sign = "-" if whole.startswith("-") else ""
    return f"{sign}{_format_int(abs(int(whole)))},{cents}"


def _format_percent(p: Decimal) -> str:
    return f"{p.normalize():f}".replace(".", ",") + "\u00a0%"


def _lines(
    parties: Sequence[Party], bases: Sequence[str], total: Decimal, weights: Sequence[Fraction | Decimal | int]
) -> list[Line]:
    amounts, exact, extra = split(total, weights)
    return [
        Line(p.key, p.name, basis, exact[i], amounts[i], i in extra)
        for i, (p, basis) in enumerate(zip(parties, bases, strict=True))
    ]


def rounding_rule() -> str:
    return _(
        "Avrundning till hela ören med största-restmetoden: varje part får först sitt exakta belopp avrundat "
        "nedåt till öre; de ören som blir över går ett i taget till de parter som har störst rest (vid lika "
        "rest till den som står först). Summan blir exakt det belopp som fördelas."
    )


def equal(total: Decimal, parties: Sequence[Party]) -> Computation:
    _require_parties(parties)
    lines = _lines(parties, [_("1 del")] * len(parties), total, [1] * len(parties))
    return Computation(
        total, lines, _("Lika delar: varje part betalar 1/%(n)d.") % {"n": len(parties)}, rounding_rule()
    )


def fixed_shares(total: Decimal, parties: Sequence[Party]) -> Computation:
    _require_parties(parties)
    missing = [p.name for p in parties if p.percent is None]
    if missing:
        raise CostSharingError("shares", _("Andel saknas för %(names)s.") % {"names": ", ".join(missing)})
    percents = [cast(Decimal, p.percent) for p in parties]  # none is missing (checked above)
    whole = sum(percents, Decimal("0"))
    if whole != HUNDRED:
        raise CostSharingError(
            "shares",
            _("Andelarna summerar till %(sum)s; de ska summera till exakt 100 %%.") % {"sum": _format_percent(whole)},
        )
    lines = _lines(parties, [_format_percent(p) for p in percents], total, percents)
    return Computation(total, lines, _("Fasta andelar enligt avtalet (summa 100 %)."), rounding_rule())


def per_capita(total: Decimal, parties: Sequence[Party], year: int | None) -> Computation:
    _require_parties(parties)
    _require_populations(parties, year)
    populations = [cast(int, p.population) for p in parties]  # none is missing (checked above)
    lines = _lines(
        parties,
        [_("%(n)s invånare") % {"n": _format_int(n)} for n in populations],
        total,
        populations,
    )
    people = sum(populations)
    rule = _(
        "Per invånare: varje part betalar i proportion till sin folkmängd den 31 december %(year)d (summa %(n)s)."
    ) % {
        "year": year,
        "n": _format_int(people),
    }
    return Computation(total, lines, rule, rounding_rule())


def anchor_then_population(
    total: Decimal, anchor: Party, percent: Decimal | None, others: Sequence[Party], year: int | None
) -> Computation:
    """One party pays `percent` of the total; the others share the rest by population."""
    if percent is None or not Decimal("0") <= percent <= HUNDRED:
        raise CostSharingError("anchor_percent", _("Ange den fasta partens andel, mellan 0 och 100 %."))
    _require_parties(others)
    _require_populations(others, year)
    populations = [cast(int, p.population) for p in others]  # none is missing (checked above)
    (anchor_amount, rest), (anchor_exact, _rest_exact), anchor_extra = split(total, [percent, HUNDRED - percent])
    anchor_line = Line(
        anchor.key, anchor.name, _format_percent(percent), anchor_exact, anchor_amount, 0 in anchor_extra
    )
    lines = [
        anchor_line,
        *_lines(
            others,
            [_("%(n)s invånare") % {"n": _format_int(n)} for n in populations],
            rest,
            populations,
        ),
    ]
    rule = _(
        "%(anchor)s betalar %(percent)s av beloppet (%(amount)s kr). Resten, %(rest)s kr, delas mellan övriga "
        "parter i proportion till folkmängden den 31 december %(year)d (summa %(n)s invånare)."
    ) % {
        "anchor": anchor.name,
        "percent": _format_percent(percent),
        "amount": format_money(anchor_amount),
        "rest": format_money(rest),
        "year": year,
        "n": _format_int(sum(populations)),
    }
    return Computation(total, lines, rule, rounding_rule())


def _require_parties(parties: Sequence[Party]) -> None:
    if not parties:
        raise CostSharingError("shares", _("Lägg till minst en part som betalar."))


def _require_populations(parties: Sequence[Party], year: int | None) -> None:
    if year is None:
        raise CostSharingError("population_year", _("Ange vilket års folkmängd som ska användas."))
    missing = [p.name for p in parties if p.population is None]
    if missing:
        raise CostSharingError(
            "population_year",
            _("Folkmängd för %(year)d saknas för %(names)s.") % {"year": year, "names": ", ".join(missing)},
        )
