"""What the models of `work` share: the names of related models."""

import datetime

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.utils.translation import gettext_lazy as _

COLLABORATION = "collaborations.Collaboration"
ORGANIZATION = "actors.Organization"
PERSON = "actors.Person"
YEAR_VALIDATORS = [MinValueValidator(1990), MaxValueValidator(2100)]
MONEY = {"max_digits": 14, "decimal_places": 2}
FTE = {"max_digits": 6, "decimal_places": 2}


def within_years(value: datetime.date) -> None:
    """A day of the work lies in 1990–2100 (as the Excel template reads it): a year 9999 is a typing error."""
    if value is not None and not 1990 <= value.year <= 2100:
        raise ValidationError(_("Ange ett datum mellan år 1990 och 2100."), code="out_of_range")
