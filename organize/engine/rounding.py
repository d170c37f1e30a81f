"""Rounding to the öre by the largest-remainder method (`apportion`, `split`), and that rule in words."""

from __future__ import annotations

import math
from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from django.utils.translation import gettext as _

from organize.engine.common import ORE, CostSharingError, _require_money, _swedish


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


def rounding_rule() -> str:
    return _(
        "Avrundning till hela ören med största-restmetoden: varje part får först sitt exakta belopp avrundat "
        "nedåt till öre; de ören som blir över går ett i taget till de parter som har störst rest (vid lika "
        "rest till den part vars namn kommer först i bokstavsordning, så att ordningen parterna står i inte "
        "spelar roll). Summan blir exakt det belopp som fördelas."
    )
