"""The fixed vocabularies of leading a collaboration (L1–L7, X5): meetings, decisions, assignments."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class MeetingStatus(models.TextChoices):
    PLANNED = "planned", _("Planerat")
    HELD = "held", _("Genomfört")
    CANCELLED = "cancelled", _("Inställt")


class ItemKind(models.TextChoices):
    """What an agenda item is for."""

    INFORMATION = "information", _("Information")
    DISCUSSION = "discussion", _("Diskussion")
    DECISION = "decision", _("Beslut")
    FOLLOW_UP = "follow_up", _("Uppföljning av uppdrag")
    OTHER = "other", _("Övrigt")


class AttendanceStatus(models.TextChoices):
    """A person's attendance at a meeting. `INVITED`: called, attendance not (yet) recorded."""

    INVITED = "invited", _("Kallad")
    PRESENT = "present", _("Närvarande")
    ABSENT = "absent", _("Frånvarande")
    SUBSTITUTE = "substitute", _("Ersättare för en ledamot")


class DecisionStatus(models.TextChoices):
    IN_FORCE = "in_force", _("Gäller")
    REPLACED = "replaced", _("Ersatt")
    CANCELLED = "cancelled", _("Upphävt")


class AgreementEffect(models.TextChoices):
    """What a decision does to an agreement it concerns. `ADOPTS` is never accepted: adoption of the
    formal basis is each party's own decision (O1); a body may propose it to the parties."""

    CONCERNS = "concerns", _("Berör avtalet")
    PROPOSES = "proposes", _("Föreslår parterna att anta avtalet")
    ADOPTS = "adopts", _("Antar avtalet för parternas räkning")


class AssignmentStatus(models.TextChoices):
    NOT_STARTED = "not_started", _("Ej påbörjat")
    IN_PROGRESS = "in_progress", _("Pågår")
    DONE = "done", _("Klart")
    CANCELLED = "cancelled", _("Avbrutet")


OPEN_ASSIGNMENT = (AssignmentStatus.NOT_STARTED, AssignmentStatus.IN_PROGRESS)


class ReminderKind(models.TextChoices):
    """The e-mails about an assignment, each sent once."""

    GIVEN = "given", _("Uppdraget har getts")
    DUE_SOON = "due_soon", _("Tre dagar kvar")
    OVERDUE = "overdue", _("Försenat")


REMINDER_DAYS_BEFORE = 3


class Rhythm(models.TextChoices):
    """How a series of meetings is planned from a body's rhythm."""

    MONTHLY = "monthly", _("Varje månad")
    QUARTERLY = "quarterly", _("Varje kvartal")
    PER_YEAR = "per_year", _("Ett antal gånger per år")


class NewsKind(models.TextChoices):
    """A post of the news feed. Posts are written; the other kinds are events the product knows."""

    POST = "post", _("Nyhet")
    DECISION = "decision", _("Beslut")
    ROUND_CLOSED = "round_closed", _("Uppföljning avslutad")
    GOAL_REACHED = "goal_reached", _("Mål nått")
    NEW_PARTY = "new_party", _("Ny part")


class AfterProjectPlanKind(models.TextChoices):
    """What follows when project funding ends (X5)."""

    ORDINARY = "ordinary", _("Fortsätter i ordinarie verksamhet")
    FOLLOW_ON = "follow_on", _("Ett fortsättningsprojekt")
    END = "end", _("Arbetet avslutas")


class DocumentKind(models.TextChoices):
    """The documents rendered from a meeting."""

    NOTICE = "kallelse", _("Kallelse")
    MINUTES = "protokoll", _("Protokoll")


class DocumentFormat(models.TextChoices):
    PDF = "pdf", _("PDF")
    DOCX = "docx", _("Word")
