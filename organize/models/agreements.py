"""Agreements (O1, O2, O7): the formal basis of a collaboration, its versions with their validity, and
each party's adoption of a version."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from collaborations.parts.sources import Sourced
from core.permissions import ScopedModel
from organize.choices import AdoptionStatus, AgreementKind, DecisionBody
from organize.models.common import COLLABORATION, ORGANIZATION, _dates_ordered

if TYPE_CHECKING:
    from actors.models import Organization


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
