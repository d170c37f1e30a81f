"""Numbers as the product writes them, and the range each kind of number may take.

Written: rounded to a few decimals, without trailing zeros, with the decimal comma of the active
language (Swedish) or point (English); a magnitude beyond 10¹⁵ as 1,8·10³⁰⁸ rather than 309 digits.

Taken in: every value that enters the product — a row of an imported file, a value from Kolada or
SCB, an indicator's baseline, target or hand-entered value, by page, API or service — is a finite
number within the range of its kind, stated once here (`RANGES`) and checked by `check_number`:

| kind          | range              | why                                                                 |
|---------------|--------------------|---------------------------------------------------------------------|
| any value     | −10¹⁵ … 10¹⁵       | Sweden's GDP is about 6·10¹² kr and its population 10⁷: three orders |
|               |                    | of magnitude above the largest real figure, and every whole number   |
|               |                    | in the range is exact in a float (2⁵³ ≈ 9·10¹⁵). Statistical series  |
|               |                    | have no measure type, so this is their bound.                       |
| number        | −10¹⁵ … 10¹⁵       | a count, or a change in one (which may be negative)                 |
| percentage    | 0 … 100            | a share of a whole. Not a little beyond: baselines, targets and     |
|               |                    | hand-entered values are typed by people, and 104 % is a typing      |
|               |                    | error; a change in per cent or a value relative to an average is a  |
|               |                    | number with the unit %. (Imported series, where a source's rounding |
|               |                    | can give 100,1, are held to the bound of any value.)                |
| per 1 000     | 0 … 10⁹            | events per inhabitants can pass 1 000 (library visits), but not a   |
|               |                    | million per inhabitant                                              |
| per 100 000   | 0 … 10¹¹           | the same rate, per 100 000                                          |
| money         | −10¹⁵ … 10¹⁵ kr    | net costs and results may be negative; the state budget is ~10¹² kr |
| yes/no        | 0 or 1             |                                                                     |
| qualitative   | −10¹⁵ … 10¹⁵       | a grade on the collaboration's own scale                            |

NaN and infinity are never numbers here.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal
from numbers import Real
from typing import Any

from django.core.exceptions import ValidationError
from django.utils.deconstruct import deconstructible
from django.utils.formats import number_format
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

MAX_MAGNITUDE = 10**15
VALUE = "value"  # the kind of any value, a statistical observation among them

SUPERSCRIPT = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")


@dataclass(frozen=True)
class Range:
    low: int
    high: int
    meaning: Promise | str
    only: tuple[int, ...] = ()  # when set, the only values allowed (yes/no)


# The kinds are the values of steer.choices.MeasureType, and VALUE; a test keeps the two in step.
RANGES: dict[str, Range] = {
    VALUE: Range(-MAX_MAGNITUDE, MAX_MAGNITUDE, gettext_lazy("gränsen för alla värden")),
    "number": Range(-MAX_MAGNITUDE, MAX_MAGNITUDE, gettext_lazy("antal")),
    "percentage": Range(0, 100, gettext_lazy("andel i procent")),
    "rate": Range(0, 10**9, gettext_lazy("antal per 1 000 invånare")),
    "rate_100k": Range(0, 10**11, gettext_lazy("antal per 100 000 invånare")),
    "money": Range(-MAX_MAGNITUDE, MAX_MAGNITUDE, gettext_lazy("kronor")),
    "yes_no": Range(0, 1, gettext_lazy("ja/nej"), only=(0, 1)),
    "qualitative": Range(-MAX_MAGNITUDE, MAX_MAGNITUDE, gettext_lazy("bedömning på en skala")),
}


class NumberError(ValueError):
    """A value that is not a number, or not one within the range of its kind; the message says which."""

    def __init__(self, message: str, code: str):
        super().__init__(message)
        self.code = code


def check_number(value: Any, kind: str = VALUE, label: str | None = None) -> float:
    """`value` as a float when it is a finite number within the range of `kind`; else `NumberError`
    whose message names `label` (default "Värdet"), the range and the value."""
    label = label or _("Värdet")
    if isinstance(value, bool) or not isinstance(value, Real | Decimal):
        raise NumberError(
            _("%(label)s måste vara ett tal, inte ”%(value)s”.") % {"label": label, "value": value}, "not_a_number"
        )
    if not _is_finite(value):
        raise NumberError(
            _("%(label)s måste vara ett ändligt tal, inte ”%(value)s”.") % {"label": label, "value": value},
            "not_a_number",
        )
    allowed = RANGES.get(kind, RANGES[VALUE])
    if allowed.only and value not in allowed.only:
        raise NumberError(
            _("%(label)s är ja/nej och anges som 1 (ja) eller 0 (nej), inte %(value)s.")
            % {"label": label, "value": plain_number(value)},
            "yes_no",
        )
    if not allowed.low <= value <= allowed.high:
        raise NumberError(
            _("%(label)s måste ligga mellan %(low)s och %(high)s (%(meaning)s), inte %(value)s.")
            % {
                "label": label,
                "low": plain_number(allowed.low, grouped=True),
                "high": plain_number(allowed.high, grouped=True),
                "meaning": allowed.meaning,
                "value": plain_number(value, grouped=True),
            },
            "out_of_range",
        )
    return float(value)


@deconstructible
class NumberRangeValidator:
    """A model field's validator: the field holds a finite number within the range of `kind`
    (forms, the API and `full_clean` then refuse the same values)."""

    def __init__(self, kind: str = VALUE):
        self.kind = kind

    def __call__(self, value: Any) -> None:
        try:
            check_number(value, self.kind)
        except NumberError as exc:
            raise ValidationError(str(exc), code=exc.code) from exc

    def __eq__(self, other: object) -> bool:
        return isinstance(other, NumberRangeValidator) and other.kind == self.kind

    def __hash__(self) -> int:
        return hash(self.kind)


def plain_number(value: float | int | Decimal, decimals: int = 2, *, grouped: bool = False) -> str:
    """A number for reading: `decimals` at most, no trailing zeros (thousands apart when `grouped`);
    from 10¹⁵ on as 1,8·10³⁰⁸."""
    if not _is_finite(value):
        if value != value:  # NaN
            return _("inte ett tal")
        return "∞" if value > 0 else "-∞"
    if not -MAX_MAGNITUDE < value < MAX_MAGNITUDE:
        return _scientific(value)
    rounded = round(float(value), decimals)
    if rounded.is_integer():
        return number_format(int(rounded), use_l10n=True, force_grouping=grouped)
    return number_format(rounded, decimal_pos=decimals, use_l10n=True, force_grouping=grouped).rstrip("0")


def _is_finite(value: float | int | Decimal) -> bool:
    if isinstance(value, Decimal):
        return value.is_finite()  # math.isfinite would turn 1E+400 into a float, infinity
    return not isinstance(value, float) or math.isfinite(value)


def _scientific(value: float | int | Decimal, digits: int = 3) -> str:
    """m·10ᵉ with `digits` significant digits at most (10ᵉ alone when m is 1)."""
    mantissa, exponent = f"{Decimal(value):.{digits - 1}e}".split("e")
    mantissa = mantissa.rstrip("0").rstrip(".") if "." in mantissa else mantissa
    power = "10" + str(int(exponent)).translate(SUPERSCRIPT)
    if mantissa in ("1", "-1"):
        return power if mantissa == "1" else "-" + power
    return f"{number_format(Decimal(mantissa), use_l10n=True)}·{power}"
