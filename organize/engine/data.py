"""The engine's input and its result, as plain data: the key, the parties and the groups that pay as one;
the lines of a computation (one per party or group), what each payer pays, and the computation itself."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from fractions import Fraction
from typing import cast

from organize.engine.common import BY_KEY, EQUAL, HUNDRED, _swedish, format_percent


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


@dataclass
class _Unit:
    key: int
    name: str
    percent: Decimal | None
    population: int | None
    amount: Decimal | None
    payer: str
    group: Group | None = None
