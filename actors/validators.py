"""Validation of Swedish official identifiers."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

_ORG_NUMBER = re.compile(r"^(\d{6})-?(\d{4})$")


def luhn_ok(digits: str) -> bool:
    """The Luhn (mod 10) check used for Swedish organisationsnummer and personnummer."""
    total = 0
    for i, ch in enumerate(digits):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def normalize_org_number(value: str) -> str:
    """Return the organisationsnummer as NNNNNN-NNNN, or raise ValidationError saying why."""
    raw = (value or "").strip().replace(" ", "")
    match = _ORG_NUMBER.match(raw)
    if not match:
        raise ValidationError(_("Organisationsnumret ska ha tio siffror, till exempel 212000-1876."), code="format")
    digits = match.group(1) + match.group(2)
    if int(digits[2]) < 2:
        raise ValidationError(
            _("Den tredje siffran i ett organisationsnummer är minst 2; detta ser ut som ett personnummer."),
            code="third_digit",
        )
    if not luhn_ok(digits):
        raise ValidationError(_("Kontrollsiffran stämmer inte; kontrollera organisationsnumret."), code="checksum")
    return f"{digits[:6]}-{digits[6:]}"


def validate_org_number(value: str) -> None:
    if value:
        normalize_org_number(value)
