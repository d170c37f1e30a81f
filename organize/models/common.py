"""What the models of the formal basis share: the models they point to by name, and the check that a
period does not end before it starts."""

from __future__ import annotations

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

COLLABORATION = "collaborations.Collaboration"
ORGANIZATION = "actors.Organization"


def _dates_ordered(start: str, end: str, name: str) -> models.CheckConstraint:
    return models.CheckConstraint(
        condition=Q(**{f"{end}__isnull": True})
        | Q(**{f"{start}__isnull": True})
        | Q(**{f"{end}__gte": models.F(start)}),
        name=name,
        violation_error_message=_("Slutdatum kan inte ligga före startdatum."),
    )
