from django.db import models
from django.utils.translation import gettext_lazy as _


class Stage(models.TextChoices):
    """Lifecycle stage of a collaboration."""

    INITIATING = "initiating", _("Initiering")
    FOUNDING = "founding", _("Etablering")
    RUNNING = "running", _("Genomförande")
    FOLLOW_UP = "follow_up", _("Uppföljning")
    ENDED = "ended", _("Avslutad")


class Status(models.TextChoices):
    ACTIVE = "active", _("Aktiv")
    PAUSED = "paused", _("Vilande")
    CLOSED = "closed", _("Stängd")


class ParticipationRole(models.TextChoices):
    """The role an organization has in a collaboration."""

    COORDINATOR = "coordinator", _("Samordnande part")
    PARTY = "party", _("Part")
    PARTNER = "partner", _("Samarbetspartner")
    FUNDER = "funder", _("Finansiär")
    OBSERVER = "observer", _("Observatör")


class DriverChoice(models.TextChoices):
    """Why the need to collaborate arises (SKR 2020, 'Varför uppstår behov av samverkan?')."""

    EFFICIENCY = "efficiency", _("Krav på effektivisering (lägre kostnader, högre kvalitet)")
    SUDDEN_EVENT = "sudden_event", _("Oförutsedd eller plötslig händelse som kräver snabba åtgärder")
    GOOD_EXPERIENCE = "good_experience", _("Tidigare goda erfarenheter av samverkan")
    BEYOND_ONE_ACTOR = "beyond_one_actor", _("En utmaning vars lösning inte kan tillgodoses av en enskild aktör")
    ALL_GAIN = "all_gain", _("Alla parter har något att vinna på samverkan")
    GLOBAL_INITIATIVE = "global_initiative", _("Globala initiativ, t.ex. Agenda 2030")


class ThemeChoice(models.TextChoices):
    """Themes of societal development (DESIGN X2)."""

    CRIME = "crime", _("Brottslighet och trygghet")
    CLIMATE = "climate", _("Klimat")
    CRISIS = "crisis", _("Krisberedskap")
    BUSINESS = "business", _("Näringslivsutveckling")
    HEALTH = "health", _("Hälsa")
    HUMAN_RIGHTS = "human_rights", _("Mänskliga rättigheter")
    DIVERSITY = "diversity", _("Mångfald")
    GENDER_EQUALITY = "gender_equality", _("Jämställdhet")
    INFRASTRUCTURE = "infrastructure", _("Infrastruktur")
    HOUSING = "housing", _("Bostäder")
    TRANSPORT = "transport", _("Transportsystem")
    PLANNING = "planning", _("Planering")
    CULTURE_NATURE = "culture_nature", _("Kultur- och naturvärden")
    ENVIRONMENT = "environment", _("Miljö")
    EMPLOYMENT = "employment", _("Arbete och sysselsättning")
    EDUCATION = "education", _("Utbildning")
    CHILDREN_YOUTH = "children_youth", _("Barn och unga")
