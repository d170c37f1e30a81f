"""Choices of the steering part: goal documents, goals, indicators, statuses, follow-up."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class GoalDocumentKind(models.TextChoices):
    REGIONAL_STRATEGY = "regional_strategy", _("Regional utvecklingsstrategi")
    COMPREHENSIVE_PLAN = "comprehensive_plan", _("Kommunal översiktsplan")
    DIRECTION_DOCUMENT = "direction_document", _("Inriktningsdokument")
    OWN = "own", _("Eget måldokument")


class GoalTerm(models.TextChoices):
    LONG = "long", _("Långsiktigt")
    SHORT = "short", _("Kortsiktigt")


class Placement(models.TextChoices):
    """Where a party has placed its own goal in its own steering."""

    BUDGET = "budget", _("Budget")
    OPERATIONAL_PLAN = "operational_plan", _("Verksamhetsplan")
    STRATEGY = "strategy", _("Strategi eller program")
    OTHER = "other", _("Annat styrdokument")


class ConflictStatus(models.TextChoices):
    IDENTIFIED = "identified", _("Identifierad")
    HANDLING = "handling", _("Hanteras")
    RESOLVED = "resolved", _("Löst")
    ACCEPTED = "accepted", _("Accepterad målkonflikt")


class InvitationStatus(models.TextChoices):
    NOT_INVITED = "not_invited", _("Inte inbjuden")
    INVITED = "invited", _("Inbjuden")
    ACCEPTED = "accepted", _("Har tackat ja")
    DECLINED = "declined", _("Har tackat nej")


class MeasureType(models.TextChoices):
    NUMBER = "number", _("Antal")
    PERCENTAGE = "percentage", _("Andel (%)")
    RATE = "rate", _("Per 1 000 invånare")
    RATE_100K = "rate_100k", _("Per 100 000 invånare")
    MONEY = "money", _("Kronor")
    YES_NO = "yes_no", _("Ja/nej")
    QUALITATIVE = "qualitative", _("Kvalitativ bedömning")


class Direction(models.TextChoices):
    HIGHER = "higher", _("Högre är bättre")
    LOWER = "lower", _("Lägre är bättre")
    RANGE = "range", _("Inom ett målintervall")


class Frequency(models.TextChoices):
    YEARLY = "yearly", _("Årligen")
    HALF_YEARLY = "half_yearly", _("Halvårsvis")
    QUARTERLY = "quarterly", _("Kvartalsvis")
    MONTHLY = "monthly", _("Månadsvis")
    IRREGULAR = "irregular", _("Oregelbundet")


class Status(models.TextChoices):
    ON_TRACK = "on_track", _("I fas")
    AT_RISK = "at_risk", _("Risk")
    OFF_TRACK = "off_track", _("Ur fas")
    NO_DATA = "no_data", _("Data saknas")


class GoalStatus(models.TextChoices):
    """A goal's status: rolled up from its indicators and sub-goals, or what the goal has been marked."""

    ON_TRACK = "on_track", _("I fas")
    AT_RISK = "at_risk", _("Risk")
    OFF_TRACK = "off_track", _("Ur fas")
    NO_DATA = "no_data", _("Data saknas")
    ACHIEVED = "achieved", _("Uppnått")
    SUPERSEDED = "superseded", _("Ersatt av nytt mål")


class Trend(models.TextChoices):
    IMPROVING = "improving", _("Förbättras")
    STABLE = "stable", _("Oförändrad")
    WORSENING = "worsening", _("Försämras")
    UNKNOWN = "unknown", _("Okänd")


class RoundStatus(models.TextChoices):
    PLANNED = "planned", _("Planerad")
    ONGOING = "ongoing", _("Pågår")
    CLOSED = "closed", _("Avslutad")


class EvidenceMethod(models.TextChoices):
    FOCUS_GROUP = "focus_group", _("Fokusgrupp")
    INTERVIEW = "interview", _("Intervju")
    VISIT = "visit", _("Verksamhetsbesök")
    INSPECTION = "inspection", _("Inspektion eller tillsyn")
    SURVEY = "survey", _("Enkät")
    OTHER = "other", _("Annan metod")


class DecisionStatus(models.TextChoices):
    NONE = "none", _("Inget förslag till beslut")
    PROPOSED = "proposed", _("Föreslaget")
    DECIDED = "decided", _("Beslutat")
    REJECTED = "rejected", _("Avslaget")


class ScanLevel(models.TextChoices):
    LOCAL = "local", _("Lokalt")
    REGIONAL = "regional", _("Regionalt")
    NATIONAL = "national", _("Nationellt")
    INTERNATIONAL = "international", _("Internationellt")
