"""The fixed choices of the work of the parties: an activity's status, its knowledge basis (W3), the
target groups it involves and how (W4)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ActivityStatus(models.TextChoices):
    PLANNED = "planned", _("Planerad")
    ONGOING = "ongoing", _("Pågår")
    DONE = "done", _("Klar")
    PAUSED = "paused", _("Pausad")
    STOPPED = "stopped", _("Avbruten")


# An activity still to be done: it can be late.
OPEN_ACTIVITY = (ActivityStatus.PLANNED, ActivityStatus.ONGOING, ActivityStatus.PAUSED)


class KnowledgeBasis(models.TextChoices):
    """What the activity rests on (W3); an innovation is tried small (a pilot) before it is scaled up."""

    EVIDENCE = "evidence", _("Evidensbaserad")
    PROVEN = "proven", _("Beprövad erfarenhet")
    INNOVATION = "innovation", _("Innovation")


class TargetGroupKind(models.TextChoices):
    PUPILS = "pupils", _("Elever")
    STUDENTS = "students", _("Studenter")
    YOUNG_UNEMPLOYED = "young_unemployed", _("Unga arbetslösa")
    YOUNG = "young", _("Unga")
    PATIENTS = "patients", _("Patienter")
    USERS = "users", _("Brukare")
    SENIORS = "seniors", _("Äldre")
    PARENTS = "parents", _("Föräldrar")
    COMPANIES = "companies", _("Företag")
    EMPLOYERS = "employers", _("Arbetsgivare")
    MEMBERS = "members", _("Föreningsmedlemmar")
    VOLUNTEERS = "volunteers", _("Frivilliga")
    RESIDENTS = "residents", _("Invånare")
    STAFF = "staff", _("Medarbetare")
    OTHER = "other", _("Annan grupp")


class Involvement(models.TextChoices):
    """How a target group takes part, from least to most."""

    INFORMED = "informed", _("Informeras")
    CONSULTED = "consulted", _("Tillfrågas")
    CO_CREATING = "co_creating", _("Medskapar")
