"""The fixed vocabularies of statistics."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SourceKind(models.TextChoices):
    KOLADA = "kolada", _("Kolada")
    SCB = "scb", _("SCB (Statistikmyndigheten)")
    FILE = "file", _("Fil (CSV eller Excel)")
    MANUAL = "manual", _("Manuell inmatning")


class Periodicity(models.TextChoices):
    YEAR = "year", _("År")
    QUARTER = "quarter", _("Kvartal")
    MONTH = "month", _("Månad")


class RunStatus(models.TextChoices):
    RUNNING = "running", _("Pågår")
    SUCCEEDED = "succeeded", _("Klar")
    FAILED = "failed", _("Misslyckades")
