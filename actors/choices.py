from django.db import models
from django.utils.translation import gettext_lazy as _


class AreaKind(models.TextChoices):
    NATION = "nation", _("Riket")
    REGION = "region", _("Region (län)")
    MUNICIPALITY = "municipality", _("Kommun")


class Gender(models.TextChoices):
    """Kolada's gender codes: T total, K kvinnor, M män."""

    TOTAL = "T", _("Totalt")
    WOMEN = "K", _("Kvinnor")
    MEN = "M", _("Män")


class Sector(models.TextChoices):
    STATE = "state", _("Stat")
    REGION = "region", _("Region")
    MUNICIPALITY = "municipality", _("Kommun")
    BUSINESS = "business", _("Näringsliv")
    CIVIL_SOCIETY = "civil_society", _("Civilsamhälle")
    ACADEMIA = "academia", _("Akademi")
    OTHER = "other", _("Övrigt")


class OrganizationKind(models.TextChoices):
    AUTHORITY = "authority", _("Statlig myndighet")
    MUNICIPALITY = "municipality", _("Kommun")
    REGION = "region", _("Region")
    MUNICIPAL_COMPANY = "municipal_company", _("Kommunalt bolag")
    COMPANY = "company", _("Företag")
    ASSOCIATION = "association", _("Förening")
    FOUNDATION = "foundation", _("Stiftelse")
    RELIGIOUS = "religious", _("Trossamfund")
    UNIVERSITY = "university", _("Universitet eller högskola")
    NETWORK = "network", _("Nätverk eller förbund")
    OTHER = "other", _("Annat")


class InvitationStatus(models.TextChoices):
    PENDING = "pending", _("Väntar på svar")
    EXPIRED = "expired", _("Har gått ut")
    ACCEPTED = "accepted", _("Använd")
    REVOKED = "revoked", _("Återkallad")


class Language(models.TextChoices):
    """The languages of the interface and of the e-mail a user gets (settings.LANGUAGES)."""

    SWEDISH = "sv", _("Svenska")
    ENGLISH = "en", _("Engelska")
