"""What the steering models share."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models

COLLABORATION = "collaborations.Collaboration"
ORGANIZATION = "actors.Organization"
YEAR_VALIDATORS = [MinValueValidator(1900), MaxValueValidator(2100)]


def year_field(verbose_name, **kwargs) -> models.PositiveSmallIntegerField:
    return models.PositiveSmallIntegerField(verbose_name, validators=YEAR_VALIDATORS, **kwargs)
