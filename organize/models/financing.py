"""Financing and resources (O5, S4): cost models with their shares and the groups that pay as one,
money from outside the parties, and what each party sets aside in a year."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from collaborations.parts.sources import Sourced
from core.permissions import ScopedModel, ScopedPart
from organize.choices import PERCENT_PLACES, ExternalFundingKind, FinancingMethod
from organize.models.common import COLLABORATION, ORGANIZATION, _dates_ordered

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
