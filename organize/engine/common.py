"""What the engine's modules share: the keys and the steps by name, the error of input it cannot share,
money and percentages as the pages write them, names in Swedish alphabetical order, the check of an amount."""

from __future__ import annotations

from decimal import Decimal

from django.utils.translation import gettext as _

from core.numbers import fixed_number, plain_number

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


_SWEDISH_ORDER = str.maketrans("åäöæø", "{|}|}")  # the characters after z, in Swedish order


def _swedish(name: str) -> str:
    """A sort key in Swedish alphabetical order for the letters that differ (å, ä, ö after z)."""
    return name.casefold().translate(_SWEDISH_ORDER)


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


def _require_money(amount: Decimal, field_name: str) -> None:
    if amount < 0:
        raise CostSharingError(field_name, _("Beloppet får inte vara negativt."))
    if amount != amount.quantize(ORE):
        raise CostSharingError(field_name, _("Beloppet kan inte ha fler än två decimaler (ören)."))
