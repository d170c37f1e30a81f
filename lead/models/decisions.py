"""Decisions (L2): taken by a body at an item of a held meeting, with a stable reference number in the
collaboration's register, the area they fall in (checked against the body's mandate), what they concern,
and the reservations of named parties."""

from __future__ import annotations

from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from collaborations.parts.sources import Sourced
from core.permissions import Scope, ScopedModel, ScopedPart
from lead.choices import AgreementEffect, DecisionStatus
from lead.models.common import BODY, COLLABORATION, ORGANIZATION, PERSON, secret_meeting_q
from lead.models.meetings import AgendaItem, Meeting


class Decision(Sourced, ScopedModel):
    """A decision of a body, taken at an item of one of its meetings."""

    collaboration = models.ForeignKey(COLLABORATION, on_delete=models.CASCADE, related_name="decisions")
    meeting = models.ForeignKey(Meeting, on_delete=models.PROTECT, related_name="decisions", verbose_name=_("möte"))
    item = models.ForeignKey(
        AgendaItem, on_delete=models.PROTECT, related_name="decisions", verbose_name=_("punkt på dagordningen")
    )
    body = models.ForeignKey(BODY, on_delete=models.PROTECT, related_name="decisions", verbose_name=_("organ"))
    year = models.PositiveSmallIntegerField(_("år"), editable=False)
    number = models.PositiveIntegerField(_("löpnummer"), editable=False)
    reference = models.CharField(_("beslutsnummer"), max_length=60, editable=False)
    text = models.TextField(_("beslut"))
    area = models.CharField(
        _("beslutsområde"),
        max_length=200,
        blank=True,
        help_text=_("Det område beslutet gäller, helst ett av organets."),
    )
    goals = models.ManyToManyField(
        "steer.Goal", blank=True, related_name="+", verbose_name=_("mål som beslutet gäller")
    )
    agreement = models.ForeignKey(
        "organize.Agreement",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("avtal som beslutet gäller"),
    )
    agreement_effect = models.CharField(
        _("vad beslutet gör med avtalet"), max_length=10, choices=AgreementEffect.choices, blank=True
    )
    is_identical = models.BooleanField(
        _("likalydande beslut"),
        default=False,
        help_text=_("Beslutet fattas likalydande i varje parts eget organ; koppla parternas antaganden."),
    )
    adoptions = models.ManyToManyField(
        "organize.Adoption", blank=True, related_name="+", verbose_name=_("parternas likalydande beslut")
    )
    status = models.CharField(
        _("status"), max_length=10, choices=DecisionStatus.choices, default=DecisionStatus.IN_FORCE
    )
    replaced_by = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="replaces", verbose_name=_("ersatt av")
    )
    mandate_note = models.TextField(
        _("varför beslutet står sig"),
        blank=True,
        help_text=_("Om beslutet flaggas (mandat eller beslutförhet): samordnarens motivering till att det står sig."),
    )
    # The reference, area and text casefolded (Python's str.casefold, so å, ä and ö too), written by the
    # services: the register searches it with a plain LIKE, which then finds "Överenskommelse" for
    # "överenskommelse" on SQLite (whose LIKE folds only ASCII) as on PostgreSQL.
    search_text = models.TextField(editable=False, blank=True, default="")

    class Meta:
        ordering = ["collaboration", "-year", "-number"]
        verbose_name = _("beslut")
        verbose_name_plural = _("beslut")
        indexes = [models.Index(fields=["collaboration", "year"], name="decision_collab_year_idx")]
        constraints = [
            models.UniqueConstraint(fields=["collaboration", "reference"], name="decision_reference_unique"),
            models.UniqueConstraint(fields=["body", "year", "number"], name="decision_number_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.reference}: {self.text[:80]}"

    def get_absolute_url(self) -> str:
        return reverse("lead:decision_detail", args=[self.collaboration.slug, self.pk])

    @classmethod
    def scope_restriction(cls, scope: Scope) -> Q:
        return secret_meeting_q(scope, "meeting")


class Reservation(ScopedPart):
    """A party's dissent from a decision (reservation), with who stated it and why."""

    scope_parent = "decision"

    collaboration = models.ForeignKey(COLLABORATION, on_delete=models.CASCADE, related_name="+")
    decision = models.ForeignKey(Decision, on_delete=models.CASCADE, related_name="reservations")
    organization = models.ForeignKey(ORGANIZATION, on_delete=models.PROTECT, related_name="+", verbose_name=_("part"))
    person = models.ForeignKey(
        PERSON, null=True, blank=True, on_delete=models.PROTECT, related_name="+", verbose_name=_("reserverad av")
    )
    text = models.TextField(_("reservationens skäl"), blank=True)

    class Meta:
        ordering = ["decision", "organization__name"]
        verbose_name = _("reservation")
        verbose_name_plural = _("reservationer")
        constraints = [
            models.UniqueConstraint(fields=["decision", "organization"], name="reservation_unique_organization")
        ]

    def __str__(self) -> str:
        return f"{self.organization} reserverar sig mot {self.decision.reference}"

    def get_absolute_url(self) -> str:
        return self.decision.get_absolute_url() + f"#reservation-{self.pk}"
