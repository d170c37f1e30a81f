"""The fixed vocabularies of the formal basis of a collaboration (O1–O7)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class AgreementKind(models.TextChoices):
    LETTER_OF_INTENT = "letter_of_intent", _("Avsiktsförklaring")
    PARTNERSHIP = "partnership", _("Partnerskapsavtal")
    COOPERATION = "cooperation", _("Samverkansavtal")
    COMMISSION = "commission", _("Uppdragsavtal")
    DIRECTION = "direction", _("Inriktningsdokument")
    IDENTICAL_DECISIONS = "identical_decisions", _("Likalydande beslut")


class AdoptionStatus(models.TextChoices):
    """A party's decision on an agreement version. `UNKNOWN`: a source names the party but does not
    say whether (or how) it decided."""

    ADOPTED = "adopted", _("Antagen")
    PENDING = "pending", _("Väntar på beslut")
    DECLINED = "declined", _("Avböjd")
    UNKNOWN = "unknown", _("Okänt")


class DecisionBody(models.TextChoices):
    """Which body of a party took the decision to adopt (or sign) an agreement."""

    MUNICIPAL_COUNCIL = "kommunfullmaktige", _("Kommunfullmäktige")
    MUNICIPAL_BOARD = "kommunstyrelse", _("Kommunstyrelse")
    REGIONAL_COUNCIL = "regionfullmaktige", _("Regionfullmäktige")
    REGIONAL_BOARD = "regionstyrelse", _("Regionstyrelse")
    COMMITTEE = "namnd", _("Nämnd")
    FEDERATION_BOARD = "forbundsdirektion", _("Förbundsdirektion")
    AGENCY_HEAD = "myndighetschef", _("Myndighetschef")
    BOARD = "styrelse", _("Styrelse")
    DIRECTOR = "director", _("Direktör eller chef (delegation)")
    OTHER = "other", _("Annat")


class ResponsibilityKind(models.TextChoices):
    """What is expected of a party (the columns of the responsibility matrix)."""

    COORDINATION = "coordination", _("Samordning och administration")
    OPERATIONAL = "operational", _("Operativt arbete")
    FINANCING = "financing", _("Finansiering")
    DATA_DELIVERY = "data_delivery", _("Underlag och data")
    FOLLOW_UP = "follow_up", _("Uppföljning")
    OTHER = "other", _("Övrigt")


class Frequency(models.TextChoices):
    MONTHLY = "monthly", _("Varje månad")
    QUARTERLY = "quarterly", _("Varje kvartal")
    TWICE_A_YEAR = "twice_a_year", _("Två gånger per år")
    YEARLY = "yearly", _("Varje år")
    ONCE = "once", _("En gång")


FREQUENCY_MONTHS: dict[str, int] = {
    Frequency.MONTHLY: 1,
    Frequency.QUARTERLY: 3,
    Frequency.TWICE_A_YEAR: 6,
    Frequency.YEARLY: 12,
    Frequency.ONCE: 0,
}


class BodyKind(models.TextChoices):
    POLITICAL_STEERING = "political_steering", _("Politisk styrgrupp")
    MANAGEMENT = "management", _("Ledningsgrupp")
    PREPARATORY = "preparatory", _("Beredningsgrupp")
    WORKING = "working", _("Arbetsgrupp")
    REFERENCE = "reference", _("Referensgrupp")
    COORDINATING = "coordinating", _("Samordnande organ")
    FORUM = "forum", _("Forum")


class ChairMode(models.TextChoices):
    FIXED = "fixed", _("Fast ordförande")
    ROTATING = "rotating", _("Roterande ordförandeskap")
    NONE = "none", _("Ingen ordförande")


class Confidentiality(models.TextChoices):
    NORMAL = "normal", _("Normal")
    SECRET = "secret", _("Under sekretess, inga minnesanteckningar")


class BodyDocumentKind(models.TextChoices):
    """What a body's document is. A body under secrecy keeps no minutes."""

    AGENDA = "agenda", _("Kallelse och dagordning")
    MATERIAL = "material", _("Underlag")
    MINUTES = "minutes", _("Minnesanteckningar eller protokoll")
    REPORT = "report", _("Rapport")
    OTHER = "other", _("Annan handling")


class MemberPosition(models.TextChoices):
    CHAIR = "chair", _("Ordförande")
    VICE_CHAIR = "vice_chair", _("Vice ordförande")
    MEMBER = "member", _("Ledamot")
    SUBSTITUTE = "substitute", _("Ersättare")
    SECRETARY = "secretary", _("Sekreterare")
    CO_OPTED = "co_opted", _("Adjungerad")


class FinancingMethod(models.TextChoices):
    """The key that shares what the stated amounts and the percentages leave (the engine's keys).

    "One party pays X %, the others the rest by population" is the key PER_CAPITA with that party's
    percentage (until 2026 a method of its own; migration 0004 moved such models)."""

    FIXED_SHARES = "fixed_shares", _("Fasta andelar (varje part en andel i procent)")
    EQUAL = "equal", _("Lika delar")
    PER_CAPITA = "per_capita", _("Per invånare")
    WEIGHTED = "weighted", _("Viktad: del efter folkmängd, del i lika delar")


PERCENT_PLACES = 10
"""Decimals of a percentage: enough to reproduce a stated amount to the öre for totals up to 10^10 kr."""


class ExternalFundingKind(models.TextChoices):
    ESF = "esf", _("Europeiska socialfonden (ESF)")
    REGIONAL_GROWTH = "regional_growth", _("Regionala tillväxtmedel")
    STATE_CRISIS = "state_crisis", _("Statligt krisstöd")
    EU_OTHER = "eu_other", _("Andra EU-medel")
    STATE_GRANT = "state_grant", _("Statsbidrag")
    OTHER = "other", _("Annan extern finansiering")
