"""Continuity (L6, X5): handovers from a person who leaves to a successor, and the plan for what follows
when project funding ends."""

from __future__ import annotations

from typing import Any

from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.permissions import ScopedModel
from lead.choices import AfterProjectPlanKind
from lead.models.common import COLLABORATION, ORGANIZATION, PERSON
from lead.models.decisions import Decision


class Handover(models.Model):
    """One handover: every role, membership, assignment, responsibility and follow-up duty a person held
    in the chosen collaborations moved to a successor, on a day. `moved` is the receipt: one entry per
    object moved (its model, id and what moved), read back through the gateway on the receipt page."""

    from_person = models.ForeignKey(PERSON, on_delete=models.PROTECT, related_name="+", verbose_name=_("lämnar"))
    to_person = models.ForeignKey(PERSON, on_delete=models.PROTECT, related_name="+", verbose_name=_("efterträdare"))
    organization = models.ForeignKey(
        ORGANIZATION,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("organisation"),
        help_text=_("Organisationen vars uppdrag lämnas över; tomt: alla personens organisationer."),
    )
    successor_outside = models.BooleanField(
        _("efterträdaren kommer från en annan organisation"),
        default=False,
        help_text=_("Måste anges när efterträdaren inte företräder samma organisation."),
    )
    effective_on = models.DateField(_("gäller från"))
    reason = models.TextField(_("anledning"), blank=True)
    collaborations: models.ManyToManyField[Any, Any] = models.ManyToManyField(
        COLLABORATION, related_name="+", verbose_name=_("samverkan")
    )
    moved = models.JSONField(default=list, editable=False)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    created_by = models.ForeignKey(
        "actors.User", null=True, blank=True, on_delete=models.SET_NULL, related_name="+", editable=False
    )

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("överlämning")
        verbose_name_plural = _("överlämningar")

    def __str__(self) -> str:
        return f"{self.from_person} → {self.to_person} ({self.effective_on:%Y-%m-%d})"

    def get_absolute_url(self) -> str:
        return reverse("personal:handover_receipt", args=[self.pk])


class AfterProjectPlan(ScopedModel):
    """What follows when a project's external funding ends (X5): continue in ordinary operations, a
    follow-on project, or end; with the decision that settled it."""

    collaboration = models.ForeignKey(COLLABORATION, on_delete=models.CASCADE, related_name="+")
    funding = models.OneToOneField(
        "organize.ExternalFunding",
        on_delete=models.CASCADE,
        related_name="after_project_plan",
        verbose_name=_("projektfinansiering"),
    )
    kind = models.CharField(_("vad som följer"), max_length=10, choices=AfterProjectPlanKind.choices)
    description = models.TextField(_("planen"), blank=True)
    decision = models.ForeignKey(
        Decision, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("beslut om planen")
    )
    decided_on = models.DateField(_("beslutad den"), null=True, blank=True)

    class Meta:
        ordering = ["collaboration", "funding"]
        verbose_name = _("plan för tiden efter projektet")
        verbose_name_plural = _("planer för tiden efter projektet")

    def __str__(self) -> str:
        return f"{self.funding}: {self.get_kind_display()}"

    def get_absolute_url(self) -> str:
        return reverse("lead:continuity", args=[self.collaboration.slug]) + f"#plan-{self.pk}"
