"""The territory (areas and their population) and the actors: organizations, people, users."""

from __future__ import annotations

from typing import Any, ClassVar

from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from actors.choices import AreaKind, Gender, InvitationStatus, Language, OrganizationKind, Sector
from actors.validators import validate_org_number


class Area(models.Model):
    """A municipality, a region (county) or the nation, with its official codes."""

    kind = models.CharField(_("slag"), max_length=16, choices=AreaKind.choices)
    scb_code = models.CharField(_("SCB-kod"), max_length=4, unique=True)
    kolada_id = models.CharField(_("Kolada-id"), max_length=4, unique=True)
    name = models.CharField(_("namn"), max_length=100)
    official_name = models.CharField(_("officiellt namn"), max_length=150)
    kolada_title = models.CharField(_("namn i Kolada"), max_length=150, blank=True)
    organization_name = models.CharField(
        _("organisationens namn"),
        max_length=150,
        blank=True,
        help_text=_("Det officiella namnet på kommunen eller regionen som organisation, till exempel Falu kommun."),
    )
    county = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="members",
        verbose_name=_("län"),
        limit_choices_to={"kind": AreaKind.REGION},
    )

    class Meta:
        ordering = ["scb_code"]
        verbose_name = _("område")
        verbose_name_plural = _("områden")

    def __str__(self) -> str:
        return self.official_name

    def get_absolute_url(self) -> str:
        return reverse("actors:area_detail", args=[self.scb_code])


class AreaPopulation(models.Model):
    """Population of an area on 31 December of a year, with the source of the figure."""

    area = models.ForeignKey(Area, on_delete=models.CASCADE, related_name="populations")
    year = models.PositiveSmallIntegerField(_("år"), validators=[MinValueValidator(1800), MaxValueValidator(2100)])
    gender = models.CharField(_("kön"), max_length=1, choices=Gender.choices, default=Gender.TOTAL)
    value = models.PositiveIntegerField(_("invånare"), validators=[MaxValueValidator(100_000_000)])
    source = models.CharField(_("källa"), max_length=300)
    derived = models.BooleanField(
        _("beräknad"), default=False, help_text=_("Summerad av plattformen, inte publicerad av källan.")
    )

    class Meta:
        ordering = ["area", "-year", "gender"]
        constraints = [models.UniqueConstraint(fields=["area", "year", "gender"], name="population_unique_key")]
        verbose_name = _("folkmängd")
        verbose_name_plural = _("folkmängd")

    def __str__(self) -> str:
        return f"{self.area.name} {self.year}: {self.value}"


class Organization(models.Model):
    """An actor in the territory: authority, municipality, region, company, association, university…"""

    name = models.CharField(_("namn"), max_length=200)
    short_name = models.CharField(_("kortnamn"), max_length=60, blank=True)
    sector = models.CharField(_("sektor"), max_length=20, choices=Sector.choices)
    kind = models.CharField(_("organisationsform"), max_length=20, choices=OrganizationKind.choices)
    org_number = models.CharField(
        _("organisationsnummer"),
        max_length=11,
        blank=True,
        validators=[validate_org_number],
        help_text=_("Tio siffror, till exempel 212000-1876."),
    )
    area = models.ForeignKey(
        Area,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="organizations",
        verbose_name=_("huvudområde"),
        help_text=_(
            "Kommunen eller länet organisationen är eller hör till, när det är relevant (dess folkmängd används "
            "vid fördelning efter folkmängd)."
        ),
    )
    areas = models.ManyToManyField(
        Area,
        blank=True,
        related_name="linked_organizations",
        verbose_name=_("områden"),
        help_text=_("Alla kommuner och län organisationen verkar i; huvudområdet räknas alltid med."),
    )
    website = models.URLField(_("webbplats"), blank=True)
    description = models.TextField(_("beskrivning"), blank=True)
    source_note = models.CharField(_("källa"), max_length=300, blank=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["org_number"], condition=~Q(org_number=""), name="organization_unique_org_number"
            ),
            models.UniqueConstraint(fields=["name"], name="organization_unique_name"),
        ]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisationer")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("actors:organization_detail", args=[self.pk])


class OrganizationName(models.Model):
    """Another name of an organization: a former name or an alias (an abbreviation, a popular name),
    with the period it was used when known. Search finds the organization by it; no other organization
    may have it as its name."""

    class Kind(models.TextChoices):
        FORMER = "former", _("tidigare namn")
        ALIAS = "alias", _("annat namn")

    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="other_names")
    name = models.CharField(_("namn"), max_length=200)
    kind = models.CharField(_("slag"), max_length=8, choices=Kind.choices, default=Kind.ALIAS)
    valid_from = models.DateField(_("från"), null=True, blank=True)
    valid_until = models.DateField(_("till"), null=True, blank=True)

    class Meta:
        ordering = ["organization", "kind", "name"]
        constraints = [
            models.UniqueConstraint(Lower("name"), name="organization_other_name_unique"),
            models.CheckConstraint(
                condition=Q(valid_until__isnull=True)
                | Q(valid_from__isnull=True)
                | Q(valid_until__gte=F("valid_from")),
                name="organization_other_name_dates_ordered",
                violation_error_message=_("Slutdatum kan inte ligga före startdatum."),
            ),
        ]
        verbose_name = _("annat namn på organisation")
        verbose_name_plural = _("andra namn på organisationer")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return self.organization.get_absolute_url()


class Person(models.Model):
    """A person who takes part in collaborations on behalf of one or more organizations."""

    first_name = models.CharField(_("förnamn"), max_length=100)
    last_name = models.CharField(_("efternamn"), max_length=100)
    title = models.CharField(_("titel"), max_length=200, blank=True)
    email = models.EmailField(_("e-post"), blank=True)
    phone = models.CharField(_("telefon"), max_length=40, blank=True)
    is_invented = models.BooleanField(
        _("påhittad (demo)"),
        default=False,
        help_text=_("Demodata: personen finns inte i källorna utan är påhittad."),
    )
    organizations: models.ManyToManyField[Organization, Representation] = models.ManyToManyField(
        Organization, through="Representation", related_name="people", verbose_name=_("organisationer")
    )

    class Meta:
        ordering = ["last_name", "first_name"]
        verbose_name = _("person")
        verbose_name_plural = _("personer")

    def __str__(self) -> str:
        return f"{self.first_name} {self.last_name}"

    def get_absolute_url(self) -> str:
        return reverse("actors:person_detail", args=[self.pk])


class Representation(models.Model):
    """A person represents an organization (employee, elected official) during a period."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="representations")
    organization = models.ForeignKey(
        Organization, on_delete=models.PROTECT, related_name="representations", verbose_name=_("organisation")
    )
    position = models.CharField(_("befattning eller uppdrag"), max_length=200, blank=True)
    start_date = models.DateField(_("från"), null=True, blank=True)
    end_date = models.DateField(_("till"), null=True, blank=True)

    class Meta:
        ordering = ["person", "organization"]
        constraints = [
            models.UniqueConstraint(fields=["person", "organization"], name="representation_unique"),
        ]
        verbose_name = _("representation")
        verbose_name_plural = _("representationer")

    def __str__(self) -> str:
        return f"{self.person} – {self.organization}"

    def get_absolute_url(self) -> str:
        return self.person.get_absolute_url()


class UserManager(BaseUserManager["User"]):
    use_in_migrations = True

    def create_user(self, email: str, password: str | None = None, **extra: Any) -> User:
        if not email:
            raise ValueError("An e-mail address is required")
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def get_by_natural_key(self, username: str | None) -> User:
        """The account of an e-mail address, whatever its case (addresses are stored in lower case)."""
        return self.get(email__iexact=(username or "").strip())

    def create_superuser(self, email: str, password: str | None = None, **extra: Any) -> User:
        extra.setdefault("is_staff", True)
        extra.setdefault("is_superuser", True)
        return self.create_user(email, password, **extra)


class User(AbstractUser):
    """A login. The e-mail address is the user name; the person says who the user is."""

    # The e-mail address is the user name: AbstractUser's username field is removed (as Django's docs show);
    # the stubs declare it on the base class as a field that cannot be None.
    username = None  # type: ignore[assignment]
    email = models.EmailField(_("e-post"), unique=True)
    person = models.OneToOneField(
        Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="user", verbose_name=_("person")
    )

    language = models.CharField(
        _("språk"),
        max_length=8,
        choices=Language.choices,
        default=Language.SWEDISH,
        help_text=_("Språket i e-post från Samverkan (påminnelser, kallelser)."),
    )

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS: ClassVar[list[str]] = []
    # Our manager (e-mail as user name) is not Django's UserManager, which the stubs give AbstractUser.objects.
    objects = UserManager()  # type: ignore[assignment, misc]

    class Meta:
        verbose_name = _("användare")
        verbose_name_plural = _("användare")

    def __str__(self) -> str:
        return self.email


class Invitation(models.Model):
    """An invitation for a person to take an account: a link sent by e-mail, used once, valid for
    `INVITATION_DAYS` days. Only a digest of the link's secret is stored; sending it again gives a new link
    (the old one no longer works). Nothing is deleted: a used, revoked or expired invitation stays as a fact."""

    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="invitations", verbose_name=_("person"))
    email = models.EmailField(_("e-post"))
    invited_by = models.ForeignKey(
        "User", null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("inbjuden av")
    )
    token_digest = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(_("skapad"), default=timezone.now, editable=False)
    sent_at = models.DateTimeField(_("skickad"), default=timezone.now)
    expires_at = models.DateTimeField(_("gäller till"))
    accepted_at = models.DateTimeField(_("använd"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("återkallad"), null=True, blank=True)
    user = models.ForeignKey(
        "User", null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("konto")
    )

    class Meta:
        ordering = ["-sent_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["person"],
                condition=Q(accepted_at__isnull=True, revoked_at__isnull=True),
                name="invitation_one_open_per_person",
                violation_error_message=_("Personen har redan en inbjudan som inte är använd."),
            )
        ]
        verbose_name = _("inbjudan")
        verbose_name_plural = _("inbjudningar")

    def __str__(self) -> str:
        return _("Inbjudan till %(person)s") % {"person": self.person}

    def get_absolute_url(self) -> str:
        return reverse("actors:user_list") + "#inbjudningar"

    @property
    def status(self) -> str:
        if self.accepted_at is not None:
            return InvitationStatus.ACCEPTED
        if self.revoked_at is not None:
            return InvitationStatus.REVOKED
        if self.expires_at <= timezone.now():
            return InvitationStatus.EXPIRED
        return InvitationStatus.PENDING

    def get_status_display(self) -> str:
        return str(InvitationStatus(self.status).label)

    @property
    def is_open(self) -> bool:
        """Neither used nor revoked (it may have expired: it can be sent again)."""
        return self.accepted_at is None and self.revoked_at is None
