"""The formal basis of a collaboration (O1–O7): agreements and their adoption, responsibilities,
follow-up duties, bodies and their members, financing and resources.

Every model is collaboration-scoped: it carries its own foreign key to the collaboration (the
permission gateway filters on it) and a visibility.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from collaborations.parts.sources import Sourced
from core.permissions import Scope, ScopedModel, ScopedPart
from organize.choices import (
    PERCENT_PLACES,
    AdoptionStatus,
    AgreementKind,
    BodyDocumentKind,
    BodyKind,
    ChairMode,
    Confidentiality,
    DecisionBody,
    ExternalFundingKind,
    FinancingMethod,
    Frequency,
    MemberPosition,
    ResponsibilityKind,
)

if TYPE_CHECKING:
    from actors.models import Organization

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


# Agreements (O1, O2, O7) -------------------------------------------------------------------------


class Agreement(Sourced, ScopedModel):
    """A formal basis of the collaboration: a letter of intent, an agreement, identical decisions …

    It names its parties, the organizations that must adopt it; when it names none, every party of
    the collaboration on a version's date must (the coordinating party included)."""

    collaboration = models.ForeignKey(COLLABORATION, on_delete=models.CASCADE, related_name="agreements")
    kind = models.CharField(_("slag"), max_length=24, choices=AgreementKind.choices)
    title = models.CharField(_("rubrik"), max_length=200)
    commissioned_organization = models.ForeignKey(
        ORGANIZATION,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("uppdragstagare"),
        help_text=_("För uppdragsavtal: den part som utför uppdraget."),
    )
    parties: models.ManyToManyField[Organization, Any] = models.ManyToManyField(
        ORGANIZATION,
        blank=True,
        related_name="+",
        verbose_name=_("avtalsparter"),
        help_text=_(
            "De organisationer som ska anta avtalet. Lämnas tomt: alla parter i samverkan på versionens datum "
            "(den samordnande parten medräknad)."
        ),
    )

    class Meta:
        ordering = ["collaboration", "kind", "title"]
        verbose_name = _("avtal")
        verbose_name_plural = _("avtal")

    def __str__(self) -> str:
        kind = str(self.get_kind_display())
        if self.title.casefold().startswith(kind.casefold()):  # "Uppdragsavtal: …" says its kind already
            return self.title
        return f"{kind}: {self.title}"

    def get_absolute_url(self) -> str:
        return reverse("organize:agreement_detail", args=[self.collaboration.slug, self.pk])

    @property
    def all_parties(self) -> bool:
        """It names no parties: every party of the collaboration on a version's date must adopt it
        (read from the prefetched parties where they are prefetched)."""
        return self.pk is None or not self.parties.all()


def _agreement_upload_to(instance: AgreementVersion, filename: str) -> str:
    return f"agreements/{instance.collaboration_id}/{instance.agreement_id}/{filename}"


class AgreementVersion(Sourced, ScopedModel):
    """One version of an agreement's text, with its purpose, goals, validity and clauses.

    It is in force from a stated date (`valid_from`) or, where the agreement says so, from the last
    required adoption (`in_force_on_adoption`); until a stated date (`valid_until`) or until further
    notice (`until_further_notice`). Neither stated: the validity is unknown, and shown so."""

    collaboration = models.ForeignKey(COLLABORATION, on_delete=models.CASCADE, related_name="+")
    agreement = models.ForeignKey(Agreement, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveSmallIntegerField(_("version"), validators=[MaxValueValidator(1000)])
    drafted_on = models.DateField(
        _("upprättad"), null=True, blank=True, help_text=_("Dagen då versionen fanns färdig att besluta om.")
    )
    text = models.TextField(_("avtalstext"), blank=True)
    attachment = models.FileField(_("bifogad fil"), upload_to=_agreement_upload_to, blank=True, max_length=300)
    purpose = models.TextField(_("syfte"), blank=True)
    goals = models.TextField(_("övergripande mål"), blank=True)
    valid_from = models.DateField(_("gäller från"), null=True, blank=True)
    in_force_on_adoption = models.BooleanField(
        _("gäller från sista partens antagande"),
        default=False,
        help_text=_("Kryssa i när avtalet säger att det börjar gälla när den sista parten har antagit det."),
    )
    valid_until = models.DateField(_("gäller till"), null=True, blank=True)
    until_further_notice = models.BooleanField(
        _("gäller tills vidare"),
        default=False,
        help_text=_("Kryssa i bara när avtalet säger att det gäller tills vidare."),
    )
    review_date = models.DateField(_("ska omprövas senast"), null=True, blank=True)
    conflict_clause = models.TextField(_("vid konflikt mellan parterna"), blank=True)
    exit_clause = models.TextField(_("om en part vill lämna"), blank=True)

    class Meta:
        ordering = ["agreement", "-number"]
        verbose_name = _("avtalsversion")
        verbose_name_plural = _("avtalsversioner")
        constraints = [
            models.UniqueConstraint(fields=["agreement", "number"], name="agreement_version_number_unique"),
            _dates_ordered("valid_from", "valid_until", "agreement_version_validity_ordered"),
            models.CheckConstraint(
                condition=Q(valid_from__isnull=True) | Q(in_force_on_adoption=False),
                name="agreement_version_one_start",
                violation_error_message=_(
                    "Ange antingen ett datum då avtalet börjar gälla eller att det gäller från sista antagandet."
                ),
            ),
            models.CheckConstraint(
                condition=Q(valid_until__isnull=True) | Q(until_further_notice=False),
                name="agreement_version_one_end",
                violation_error_message=_("Ange antingen ett slutdatum eller att avtalet gäller tills vidare."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.agreement.title}, version {self.number}"

    def get_absolute_url(self) -> str:
        return self.agreement.get_absolute_url() + f"#version-{self.number}"

    def is_past_validity(self, on: datetime.date) -> bool:
        return self.valid_until is not None and self.valid_until < on

    def is_past_review(self, on: datetime.date) -> bool:
        return self.review_date is not None and self.review_date < on


class Adoption(Sourced, ScopedModel):
    """A party's decision on one agreement version: adopted (by which of its own bodies, when, with
    which reference; the body and the date may be unknown), pending, declined, or not known."""

    collaboration = models.ForeignKey(COLLABORATION, on_delete=models.CASCADE, related_name="+")
    version = models.ForeignKey(AgreementVersion, on_delete=models.CASCADE, related_name="adoptions")
    organization = models.ForeignKey(
        ORGANIZATION, on_delete=models.PROTECT, related_name="adoptions", verbose_name=_("part")
    )
    status = models.CharField(
        _("status"), max_length=10, choices=AdoptionStatus.choices, default=AdoptionStatus.PENDING
    )
    decision_body = models.CharField(_("beslutande organ"), max_length=20, choices=DecisionBody.choices, blank=True)
    decision_body_name = models.CharField(
        _("organets namn"), max_length=200, blank=True, help_text=_("Till exempel Regionala tillväxtnämnden.")
    )
    decision_date = models.DateField(_("beslutsdatum"), null=True, blank=True)
    reference = models.CharField(_("diarienummer"), max_length=60, blank=True)
    note = models.TextField(_("anteckning"), blank=True)

    class Meta:
        ordering = ["version", "organization__name"]
        verbose_name = _("antagande")
        verbose_name_plural = _("antaganden")
        constraints = [
            models.UniqueConstraint(fields=["version", "organization"], name="adoption_unique_per_party"),
        ]

    def __str__(self) -> str:
        return f"{self.organization}: {self.get_status_display()} ({self.version})"

    def get_absolute_url(self) -> str:
        agreement = self.version.agreement
        return reverse("organize:agreement_detail", args=[agreement.collaboration.slug, agreement.pk]) + (
            f"#part-{self.organization_id}"
        )


# Responsibilities and follow-up (O3, O4, S6) -----------------------------------------------------


class Responsibility(ScopedModel, Sourced):
    """What one party is expected to do in the collaboration (a cell of the responsibility matrix).
    Where the source does not say which party, the responsible party is missing and the
    responsibility is listed under "Utan ägare"."""

    collaboration = models.ForeignKey(COLLABORATION, on_delete=models.CASCADE, related_name="responsibilities")
    organization = models.ForeignKey(
        ORGANIZATION,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("part"),
        help_text=_("Lämna tomt om källan inte säger vilken part som ansvarar; ansvaret listas då under Utan ägare."),
    )
    kind = models.CharField(_("ansvar"), max_length=16, choices=ResponsibilityKind.choices)
    description = models.TextField(_("vad som förväntas"))

    class Meta:
        ordering = ["collaboration", "organization__name", "kind"]
        verbose_name = _("ansvar")
        verbose_name_plural = _("ansvar")

    def __str__(self) -> str:
        return f"{self.organization or _('ansvarig part saknas')}: {self.get_kind_display()}"

    def get_absolute_url(self) -> str:
        return reverse("organize:responsibilities", args=[self.collaboration.slug]) + f"#ansvar-{self.pk}"


class FollowUpDuty(ScopedModel, Sourced):
    """Who follows up what, and when (O4). The first date may be unknown."""

    collaboration = models.ForeignKey(COLLABORATION, on_delete=models.CASCADE, related_name="follow_up_duties")
    subject = models.CharField(_("vad som följs upp"), max_length=300)
    responsible_organization = models.ForeignKey(
        ORGANIZATION, null=True, blank=True, on_delete=models.PROTECT, related_name="+", verbose_name=_("ansvarig part")
    )
    responsible_person = models.ForeignKey(
        "actors.Person",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("ansvarig person"),
    )
    frequency = models.CharField(_("hur ofta"), max_length=16, choices=Frequency.choices, default=Frequency.YEARLY)
    first_due = models.DateField(
        _("första tillfälle"), null=True, blank=True, help_text=_("Lämna tomt om källan inte anger när.")
    )
    report_to = models.ForeignKey(
        "organize.Body",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("rapporteras till"),
    )

    class Meta:
        ordering = ["collaboration", "first_due", "subject"]
        verbose_name = _("uppföljningsansvar")
        verbose_name_plural = _("uppföljningsansvar")

    def __str__(self) -> str:
        return self.subject

    def get_absolute_url(self) -> str:
        return reverse("organize:responsibilities", args=[self.collaboration.slug]) + f"#uppfoljning-{self.pk}"


# Bodies and members (O6, L5, L6) ------------------------------------------------------------------


class Body(Sourced, ScopedModel):
    """A body of the collaboration: a steering group, a management group, a forum …"""

    collaboration = models.ForeignKey(COLLABORATION, on_delete=models.CASCADE, related_name="bodies")
    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
        verbose_name=_("under organet"),
    )
    name = models.CharField(_("namn"), max_length=200)
    kind = models.CharField(_("slag"), max_length=24, choices=BodyKind.choices)
    purpose = models.TextField(_("syfte"), blank=True)
    decision_areas = models.JSONField(
        _("får besluta om"), default=list, blank=True, help_text=_("Organets mandat, ett beslutsområde per rad.")
    )
    convener = models.ForeignKey(
        ORGANIZATION,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("sammankallande part"),
        help_text=_("Den part som äger organet och kallar till möten."),
    )
    meeting_rhythm = models.CharField(_("mötesrytm"), max_length=120, blank=True)
    meetings_per_year = models.PositiveSmallIntegerField(
        _("minst antal möten per år"), null=True, blank=True, validators=[MaxValueValidator(366)]
    )
    quorum = models.PositiveSmallIntegerField(
        _("beslutfört med"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(1000)],
        help_text=_(
            "Hur många ledamöter som måste vara närvarande för att organet ska kunna besluta; tomt om inget sägs."
        ),
    )
    abbreviation = models.CharField(
        _("förkortning"),
        max_length=12,
        blank=True,
        help_text=_("Används i beslutsnummer, till exempel LG för ledningsgruppen (”BRO-LG 2026:14”)."),
    )
    chair_mode = models.CharField(
        _("ordförandeskap"), max_length=10, choices=ChairMode.choices, default=ChairMode.FIXED
    )
    chair_organization = models.ForeignKey(
        ORGANIZATION,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("ordförande från"),
    )
    confidentiality = models.CharField(
        _("sekretess"), max_length=8, choices=Confidentiality.choices, default=Confidentiality.NORMAL
    )
    established_on = models.DateField(
        _("inrättat"), null=True, blank=True, help_text=_("Lämna tomt om det inte är känt när organet inrättades.")
    )
    closed_on = models.DateField(_("avvecklat"), null=True, blank=True)
    closing_reason = models.TextField(_("skäl till avvecklingen"), blank=True)

    class Meta:
        ordering = ["collaboration", "name"]
        verbose_name = _("organ")
        verbose_name_plural = _("organ")
        constraints = [_dates_ordered("established_on", "closed_on", "body_dates_ordered")]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("organize:body_detail", args=[self.collaboration.slug, self.pk])

    @property
    def is_secret(self) -> bool:
        return self.confidentiality == Confidentiality.SECRET

    def is_closed(self, on: datetime.date) -> bool:
        return self.closed_on is not None and self.closed_on < on

    def exists_on(self, on: datetime.date) -> bool:
        """The body existed on the day (an unknown establishment date does not rule a day out)."""
        return (self.established_on is None or self.established_on <= on) and not self.is_closed(on)


class ChairRule(ScopedPart):
    """One version of a rotating chair's rule: from `valid_from` the chair passes every `period_months`
    months in `order`, counted from `valid_from`, until a later version takes over. A part of its body."""

    scope_parent = "body"

    collaboration = models.ForeignKey(COLLABORATION, on_delete=models.CASCADE, related_name="+")
    body = models.ForeignKey(Body, on_delete=models.CASCADE, related_name="chair_rules")
    valid_from = models.DateField(
        _("gäller från"), help_text=_("Dagen då regeln börjar gälla; turordningen räknas från den dagen.")
    )
    order = models.JSONField(
        _("turordning"), default=list, help_text=_("Organisationernas id i den ordning de är ordförande.")
    )
    period_months = models.PositiveSmallIntegerField(
        _("månader per ordförandeperiod"), validators=[MinValueValidator(1), MaxValueValidator(120)]
    )
    note = models.TextField(_("anteckning"), blank=True, help_text=_("Till exempel vilket beslut som ändrade regeln."))

    class Meta:
        ordering = ["body", "valid_from"]
        verbose_name = _("regel för roterande ordförandeskap")
        verbose_name_plural = _("regler för roterande ordförandeskap")
        constraints = [models.UniqueConstraint(fields=["body", "valid_from"], name="chair_rule_valid_from_unique")]

    def __str__(self) -> str:
        return f"{self.body}: ordförandeskapets regel från {self.valid_from:%Y-%m-%d}"

    def get_absolute_url(self) -> str:
        return self.body.get_absolute_url() + f"#regel-{self.valid_from:%Y-%m-%d}"


class Membership(Sourced, ScopedModel):
    """A person sits in a body for an organization, in a position, during a period."""

    collaboration = models.ForeignKey(COLLABORATION, on_delete=models.CASCADE, related_name="+")
    body = models.ForeignKey(Body, on_delete=models.CASCADE, related_name="memberships")
    person = models.ForeignKey(
        "actors.Person", on_delete=models.PROTECT, related_name="memberships", verbose_name=_("person")
    )
    organization = models.ForeignKey(
        ORGANIZATION, on_delete=models.PROTECT, related_name="+", verbose_name=_("för organisation")
    )
    position = models.CharField(
        _("uppdrag"), max_length=12, choices=MemberPosition.choices, default=MemberPosition.MEMBER
    )
    title = models.CharField(_("befattning"), max_length=200, blank=True)
    start_date = models.DateField(_("från"), null=True, blank=True)
    end_date = models.DateField(_("till"), null=True, blank=True)
    outside_role = models.CharField(
        _("roll som extern"),
        max_length=100,
        blank=True,
        help_text=_(
            "För en ledamot från en organisation som inte är part: till exempel expert, gäst eller fackförbund. "
            "Organisationen blir inte part av det."
        ),
    )
    second_seat_reason = models.TextField(
        _("skäl till en andra plats"),
        blank=True,
        help_text=_("Om personen samtidigt sitter i organet för en annan organisation: varför det är beslutat så."),
    )

    class Meta:
        ordering = ["body", "position", "person__last_name"]
        verbose_name = _("ledamotskap")
        verbose_name_plural = _("ledamotskap")
        constraints = [_dates_ordered("start_date", "end_date", "membership_dates_ordered")]

    def __str__(self) -> str:
        return f"{self.person} ({self.organization}) i {self.body}"

    def get_absolute_url(self) -> str:
        return self.body.get_absolute_url() + f"#ledamot-{self.pk}"

    def is_active(self, on: datetime.date | None = None) -> bool:
        on = on or timezone.localdate()
        return (self.start_date is None or self.start_date <= on) and (self.end_date is None or self.end_date >= on)


def _body_document_upload_to(instance: BodyDocument, filename: str) -> str:
    return f"bodies/{instance.collaboration_id}/{instance.body_id}/{filename}"


class BodyDocument(ScopedModel):
    """Material of a body. Material of a body under secrecy is seen only by the persons who sit in it."""

    collaboration = models.ForeignKey(COLLABORATION, on_delete=models.CASCADE, related_name="+")
    body = models.ForeignKey(Body, on_delete=models.CASCADE, related_name="documents")
    kind = models.CharField(
        _("slag av handling"), max_length=12, choices=BodyDocumentKind.choices, default=BodyDocumentKind.MATERIAL
    )
    title = models.CharField(_("rubrik"), max_length=200)
    description = models.TextField(_("beskrivning"), blank=True)
    attachment = models.FileField(_("fil"), upload_to=_body_document_upload_to, blank=True, max_length=300)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["body", "-created_at"]
        verbose_name = _("handling")
        verbose_name_plural = _("handlingar")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("organize:body_document", args=[self.collaboration.slug, self.body_id, self.pk])

    @classmethod
    def scope_restriction(cls, scope: Scope) -> Q:
        """Secrecy binds persons (L5): whoever else may see the collaboration, coordinators and
        administrators included, a secret body's material is only for the persons who sit in that body
        today, as members, stand-ins (ersättare) or in any other seat. Their colleagues in the same
        organization do not see it."""
        open_bodies = ~Q(body__confidentiality=Confidentiality.SECRET)
        if scope.person_id is None:
            return open_bodies
        return open_bodies | Q(body_id__in=sitting_in(scope.person_id))


def sitting_in(person_id: int, on: datetime.date | None = None) -> models.QuerySet:
    """Ids of the bodies in which the person has a seat on the day (today by default)."""
    on = on or timezone.localdate()
    return Membership.objects.filter(
        Q(start_date__isnull=True) | Q(start_date__lte=on),
        Q(end_date__isnull=True) | Q(end_date__gte=on),
        person_id=person_id,
    ).values("body_id")


# Financing and resources (O5, S4) -----------------------------------------------------------------

MONEY: dict[str, Any] = {"max_digits": 14, "decimal_places": 2}
PERCENT_DIGITS = PERCENT_PLACES + 3


class FinancingModel(ScopedModel, Sourced):
    """How the parties share a year's joint cost: the key, the total (when the source gives it) and who
    takes part. The rule is the engine's (`organize.engine`): first the stated amounts, then the
    percentages of what they leave, then the rest by the key."""

    collaboration = models.ForeignKey(COLLABORATION, on_delete=models.CASCADE, related_name="financing_models")
    year = models.PositiveSmallIntegerField(_("år"), validators=[MinValueValidator(1990), MaxValueValidator(2100)])
    name = models.CharField(_("benämning"), max_length=200)
    method = models.CharField(
        _("fördelningsnyckel"),
        max_length=24,
        choices=FinancingMethod.choices,
        help_text=_("Hur resten delas mellan de parter som varken har ett angivet belopp eller en andel i procent."),
    )
    total = models.DecimalField(
        _("belopp att fördela (kr)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0"))],
        help_text=_("Lämna tomt om källan inte anger beloppet: andelarna visas ändå, beloppen som okända."),
        **MONEY,
    )
    population_year = models.PositiveSmallIntegerField(
        _("folkmängd per 31 december år"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1800), MaxValueValidator(2100)],
        help_text=_("För fördelning efter folkmängd."),
    )
    population_weight = models.DecimalField(
        _("andel efter folkmängd (%)"),
        max_digits=5,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0")), MaxValueValidator(Decimal("100"))],
        help_text=_("För en viktad nyckel: så stor del delas efter folkmängd, resten i lika delar."),
    )
    note = models.TextField(_("anteckning"), blank=True)
    is_invented = models.BooleanField(_("påhittade belopp"), default=False)

    class Meta:
        ordering = ["collaboration", "-year", "name"]
        verbose_name = _("finansieringsmodell")
        verbose_name_plural = _("finansieringsmodeller")

    def __str__(self) -> str:
        return f"{self.name} {self.year}"

    def get_absolute_url(self) -> str:
        return reverse("organize:financing_detail", args=[self.collaboration.slug, self.pk])


class PayerGroup(ScopedPart):
    """Parties of a financing model that pay as one ("the municipalities jointly"): the group has its
    place in the model (a stated amount, a percentage, or a part by the model's key) and shares its amount
    among its members by its own key. A part of its financing model: exactly as visible as the model."""

    scope_parent = "financing"

    collaboration = models.ForeignKey(COLLABORATION, on_delete=models.CASCADE, related_name="+")
    financing = models.ForeignKey(FinancingModel, on_delete=models.CASCADE, related_name="groups")
    name = models.CharField(_("gruppens namn"), max_length=200)
    method = models.CharField(_("gruppens fördelningsnyckel"), max_length=24, choices=FinancingMethod.choices)
    population_weight = models.DecimalField(
        _("andel efter folkmängd inom gruppen (%)"),
        max_digits=5,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0")), MaxValueValidator(Decimal("100"))],
    )
    percent = models.DecimalField(
        _("gruppens andel (%)"),
        max_digits=PERCENT_DIGITS,
        decimal_places=PERCENT_PLACES,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0")), MaxValueValidator(Decimal("100"))],
    )
    amount = models.DecimalField(
        _("gruppens angivna belopp (kr)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0"))],
        **MONEY,
    )

    class Meta:
        ordering = ["financing", "name"]
        verbose_name = _("betalargrupp")
        verbose_name_plural = _("betalargrupper")
        constraints = [models.UniqueConstraint(fields=["financing", "name"], name="payer_group_name_unique")]

    def __str__(self) -> str:
        return f"{self.name} i {self.financing}"

    def get_absolute_url(self) -> str:
        return self.financing.get_absolute_url() + f"#grupp-{self.pk}"


class FinancingShare(ScopedModel, Sourced):
    """A party that holds a share of a financing model: a stated amount, a percentage, or a part by the
    key; in a group, of the group's amount. Who pays it may be another party (`paid_by`)."""

    collaboration = models.ForeignKey(COLLABORATION, on_delete=models.CASCADE, related_name="+")
    financing = models.ForeignKey(FinancingModel, on_delete=models.CASCADE, related_name="shares")
    organization = models.ForeignKey(ORGANIZATION, on_delete=models.PROTECT, related_name="+", verbose_name=_("part"))
    percent = models.DecimalField(
        _("andel (%)"),
        max_digits=PERCENT_DIGITS,
        decimal_places=PERCENT_PLACES,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0")), MaxValueValidator(Decimal("100"))],
        help_text=_("Av det som återstår efter de angivna beloppen; upp till tio decimaler."),
    )
    amount = models.DecimalField(
        _("angivet belopp (kr)"), null=True, blank=True, validators=[MinValueValidator(Decimal("0"))], **MONEY
    )
    paid_by = models.ForeignKey(
        ORGANIZATION,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("betalas av"),
        help_text=_("När en annan part betalar andelen."),
    )
    group = models.ForeignKey(
        PayerGroup,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="members",
        verbose_name=_("i gruppen"),
    )

    class Meta:
        ordering = ["financing", "organization__name"]
        verbose_name = _("finansieringsandel")
        verbose_name_plural = _("finansieringsandelar")
        constraints = [
            models.UniqueConstraint(fields=["financing", "organization"], name="financing_share_unique"),
            models.CheckConstraint(
                condition=Q(percent__isnull=True) | Q(amount__isnull=True),
                name="financing_share_percent_or_amount",
                violation_error_message=_("Ange antingen en andel i procent eller ett belopp, inte båda."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.organization} i {self.financing}"

    def get_absolute_url(self) -> str:
        return self.financing.get_absolute_url()


class ExternalFunding(ScopedModel, Sourced):
    """Money from outside the parties: ESF, regional growth funds, state crisis support …"""

    collaboration = models.ForeignKey(COLLABORATION, on_delete=models.CASCADE, related_name="external_funding")
    kind = models.CharField(_("slag"), max_length=16, choices=ExternalFundingKind.choices)
    funder = models.ForeignKey(
        ORGANIZATION, null=True, blank=True, on_delete=models.PROTECT, related_name="+", verbose_name=_("finansiär")
    )
    description = models.CharField(_("beskrivning"), max_length=300)
    amount = models.DecimalField(
        _("belopp (kr)"), null=True, blank=True, validators=[MinValueValidator(Decimal("0"))], **MONEY
    )
    start_date = models.DateField(_("från"), null=True, blank=True)
    end_date = models.DateField(_("till"), null=True, blank=True)
    is_invented = models.BooleanField(_("påhittat belopp"), default=False)

    class Meta:
        ordering = ["collaboration", "start_date"]
        verbose_name = _("extern finansiering")
        verbose_name_plural = _("extern finansiering")
        constraints = [_dates_ordered("start_date", "end_date", "external_funding_dates_ordered")]

    def __str__(self) -> str:
        return self.description

    def get_absolute_url(self) -> str:
        return reverse("organize:financing", args=[self.collaboration.slug]) + f"#extern-{self.pk}"


class ResourceCommitment(ScopedModel, Sourced):
    """What one party sets aside in a year, in money and staff time, committed and actual (S4)."""

    collaboration = models.ForeignKey(COLLABORATION, on_delete=models.CASCADE, related_name="resource_commitments")
    organization = models.ForeignKey(ORGANIZATION, on_delete=models.PROTECT, related_name="+", verbose_name=_("part"))
    year = models.PositiveSmallIntegerField(_("år"), validators=[MinValueValidator(1990), MaxValueValidator(2100)])
    money_committed = models.DecimalField(
        _("pengar, utlovat (kr)"), null=True, blank=True, validators=[MinValueValidator(Decimal("0"))], **MONEY
    )
    money_actual = models.DecimalField(
        _("pengar, utfall (kr)"), null=True, blank=True, validators=[MinValueValidator(Decimal("0"))], **MONEY
    )
    fte_committed = models.DecimalField(
        _("årsarbetskrafter, utlovat"),
        max_digits=6,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0"))],
    )
    fte_actual = models.DecimalField(
        _("årsarbetskrafter, utfall"),
        max_digits=6,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0"))],
    )
    note = models.TextField(_("anteckning"), blank=True)
    is_invented = models.BooleanField(_("påhittade belopp"), default=False)

    class Meta:
        ordering = ["collaboration", "-year", "organization__name"]
        verbose_name = _("avsatta resurser")
        verbose_name_plural = _("avsatta resurser")
        constraints = [
            models.UniqueConstraint(fields=["collaboration", "organization", "year"], name="resource_commitment_unique")
        ]

    def __str__(self) -> str:
        return f"{self.organization} {self.year}"

    def get_absolute_url(self) -> str:
        return reverse("organize:financing", args=[self.collaboration.slug]) + f"#resurser-{self.pk}"
