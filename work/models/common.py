"""What the models of `work` share: the names of related models."""

from django.core.validators import MaxValueValidator, MinValueValidator

COLLABORATION = "collaborations.Collaboration"
ORGANIZATION = "actors.Organization"
PERSON = "actors.Person"
YEAR_VALIDATORS = [MinValueValidator(1990), MaxValueValidator(2100)]
MONEY = {"max_digits": 14, "decimal_places": 2}
FTE = {"max_digits": 6, "decimal_places": 2}
