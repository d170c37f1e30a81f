"""What the steering models share."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

COLLABORATION = "collaborations.Collaboration"
ORGANIZATION = "actors.Organization"
YEAR_VALIDATORS = [MinValueValidator(1900), MaxValueValidator(2100)]


def year_field(verbose_name, **kwargs) -> models.PositiveSmallIntegerField:
    return models.PositiveSmallIntegerField(verbose_name, validators=YEAR_VALIDATORS, **kwargs)


def source_note_field() -> models.TextField:
    return models.TextField(
        _("källa"), blank=True, help_text=_("Var uppgiften kommer ifrån; påhittade uppgifter märks som påhittade.")
    )
