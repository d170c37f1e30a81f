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

Typed: `read_number` reads a number as a person types it in the active language (the rule is in its
docstring); every number field of every form reads through it (`core.formfields`).

Shown: `plain_number` (at most a few decimals, no trailing zeros) and `fixed_number` (a fixed number of
decimals, for axis ticks and money) write in the active language, thousands apart: Swedish
"1 000,5" (a non-breaking space between the thousands), English "1,000.5". Tables (the `num` and
`amount` template filters), chart axes and CSV exports (`core.exports`) all use them.
"""

from __future__ import annotations

import contextlib
import math
import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from numbers import Real
from typing import Any

from django.core.exceptions import ValidationError
from django.utils.deconstruct import deconstructible
from django.utils.formats import get_format, number_format
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


# Reading typed numbers ---------------------------------------------------------------------------

SPACES = " \u00a0\u202f\u2009"  # space, no-break space, narrow no-break space, thin space
MINUSES = "-\u2212\u2013"  # hyphen-minus, minus sign, en dash (what a word processor makes of "-")


def _number_pattern(decimal: str, groups: str) -> re.Pattern[str]:
    """Digits, thousands apart by one of `groups` (the same one throughout) or not at all, and decimals
    after `decimal`."""
    group = f"[{re.escape(groups)}]"
    return re.compile(
        rf"^(?P<sign>[+{re.escape(MINUSES)}])?"
        rf"(?P<whole>\d+|\d{{1,3}}(?P<g>{group})\d{{3}}(?:(?P=g)\d{{3}})*)?"
        rf"(?:{re.escape(decimal)}(?P<fraction>\d+))?$",
        re.ASCII,  # digits 0-9 only
    )


def read_number(text: str, *, whole: bool = False, label: str | None = None) -> Decimal:
    """The number in `text` as a person types it, exactly (a Decimal), or `NumberError` naming `label`.

    The rule, in the active language:

    - Swedish: decimal comma ("6,2"); thousands apart by a space, a no-break space (U+00A0) or a narrow
      no-break space (U+202F) ("1 000,5"). A point is read as a decimal point too when it cannot be a
      thousands separator: once, without a comma, and not followed by exactly three digits ("6.2" is
      6,2; "1.000" is refused as ambiguous, "6.2.3" as unreadable).
    - English: decimal point ("6.2"); thousands apart by a comma or a space ("1,000.5", "1 000.5"). A
      comma is read as a decimal comma when it cannot be a thousands separator ("6,2" is 6.2; "1,000"
      is a thousand).
    - Either: a sign in front (+, -, or the minus sign −); spaces around are ignored; no exponent (1e400
      is refused, not read as infinity); thousands separators only between groups of three digits.
    - `whole`: a whole number ("1 000"); decimals are refused, "6,0" too.
    """
    label = label or _("Värdet")
    raw = str(text)
    stripped = raw.strip(SPACES + "\t\r\n")
    decimal = get_format("DECIMAL_SEPARATOR")
    other = "," if decimal == "." else "."
    groups = SPACES + ("," if decimal == "." else "")
    match = _number_pattern(decimal, groups).match(stripped)
    if match is None and stripped.count(other) == 1 and decimal not in stripped:
        after = stripped.split(other)[1]
        if re.fullmatch(r"[0-9]{3}", after) and re.search(r"[1-9]", stripped.split(other)[0]):
            raise NumberError(
                _(
                    "%(label)s: ”%(value)s” går inte att läsa säkert – är punkten ett decimaltecken eller "
                    "skiljer den tusental? Skriv till exempel %(example_a)s eller %(example_b)s."
                )
                % {
                    "label": label,
                    "value": raw.strip(),
                    "example_a": number_format(Decimal("1.5"), use_l10n=True),
                    "example_b": number_format(1500, use_l10n=True, force_grouping=True),
                },
                "ambiguous",
            )
        match = _number_pattern(other, groups).match(stripped)
    if match is None or not (match["whole"] or match["fraction"]):
        example = number_format(1000 if whole else Decimal("1000.5"), use_l10n=True, force_grouping=True)
        raise NumberError(
            _("%(label)s: ”%(value)s” är inte ett tal. Skriv till exempel %(example)s.")
            % {"label": label, "value": raw.strip(), "example": example},
            "invalid",
        )
    digits = re.sub(r"[^0-9]", "", match["whole"] or "0")
    sign = "-" if match["sign"] and match["sign"] in MINUSES else ""
    if match["fraction"] is not None:
        if whole:
            raise NumberError(
                _("%(label)s ska vara ett heltal, utan decimaler, inte ”%(value)s”.")
                % {"label": label, "value": raw.strip()},
                "not_whole",
            )
        digits += "." + match["fraction"]
    try:
        return Decimal(sign + digits)
    except InvalidOperation as exc:  # the pattern lets only digits through: this cannot happen
        raise NumberError(_("%(label)s är inte ett tal.") % {"label": label}, "invalid") from exc


# Writing numbers ---------------------------------------------------------------------------------


def fixed_number(value: float | int | Decimal, decimals: int = 2) -> str:
    """A number with exactly `decimals` decimals, thousands apart, in the active language (an axis
    tick: "0,25", "1 500,00"; money: "7 000 000,00"), rounded half up."""
    number = Decimal(str(value))
    with contextlib.suppress(InvalidOperation):  # more digits than a context holds: written as it is
        number = number.quantize(Decimal(1).scaleb(-decimals), ROUND_HALF_UP)
    return number_format(number, decimal_pos=decimals, use_l10n=True, force_grouping=True)


# The largest id a row can have: the primary keys are 64-bit integers on PostgreSQL and SQLite alike.
LARGEST_ID = 2**63 - 1


def read_id(value: str | None) -> int | None:
    """An object's id as given in an address's query (`?organ=12`): a whole number from 1 up to the
    largest id a row can have, or None for anything else (empty, not a number, negative, beyond the
    range that the databases refuse to compare with)."""
    if not value or not value.isascii() or not value.isdigit():
        return None
    number = int(value)
    return number if 1 <= number <= LARGEST_ID else None
