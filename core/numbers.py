"""Numbers as the product writes them: rounded to a few decimals, without trailing zeros, with the
decimal comma of the active language (Swedish) or point (English)."""

from django.utils.formats import number_format


def plain_number(value: float | int, decimals: int = 2) -> str:
    rounded = round(float(value), decimals)
    if rounded.is_integer():
        return number_format(int(rounded), use_l10n=True)
    return number_format(rounded, decimal_pos=decimals, use_l10n=True).rstrip("0")
