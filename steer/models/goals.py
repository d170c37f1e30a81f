"""The shared goal document and its goals (S2), each party's own goals placed in its own steering
(S3), and recorded goal conflicts."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from collaborations.parts.sources import Sourced
from core.permissions import ScopedModel
from steer.choices import ConflictStatus, GoalDocumentKind, GoalTerm, Placement
from steer.models.common import COLLABORATION, ORGANIZATION, year_field

if TYPE_CHECKING:
    from actors.models import Organization


class GoalDocument(Sourced, ScopedModel):
    """The document that holds the shared goals: a regional development strategy, a comprehensive
    plan, a direction document, or one of the collaboration's own."""

    collaboration = models.ForeignKey(COLLABORATION, on_delete=models.CASCADE, related_name="goal_documents")
    kind = models.CharField(_("slag"), max_length=24, choices=GoalDocumentKind.choices)
    title = models.CharField(_("rubrik"), max_length=200)
    year_from = year_field(_("gäller från år"), null=True, blank=True)
    year_to = year_field(_("gäller till år"), null=True, blank=True)
    adopted_by = models.CharField(_("antaget av"), max_length=200, blank=True)
    url = models.URLField(_("länk"), blank=True)
    description = models.TextField(_("beskrivning"), blank=True)

    class Meta:
        ordering = ["collaboration", "-year_from", "title"]
        verbose_name = _("måldokument")
        verbose_name_plural = _("måldokument")
        constraints = [
            models.CheckConstraint(
                condition=Q(year_to__isnull=True) | Q(year_from__isnull=True) | Q(year_to__gte=models.F("year_from")),
                name="goal_document_years_ordered",
                violation_error_message=_("Slutåret kan inte ligga före startåret."),
            )
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("steer:goals", args=[self.collaboration.slug]) + f"#dokument-{self.pk}"


class Goal(Sourced, ScopedModel):
    """A shared goal; goals nest (an overall goal with its sub-goals)."""

    collaboration = models.ForeignKey(COLLABORATION, on_delete=models.CASCADE, related_name="goals")
    document = models.ForeignKey(
        GoalDocument, on_delete=models.CASCADE, related_name="goals", verbose_name=_("måldokument")
    )
    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="children",
        verbose_name=_("övergripande mål"),
    )
    title = models.CharField(_("mål"), max_length=300)
    description = models.TextField(_("beskrivning"), blank=True)
    term = models.CharField(_("tidsperspektiv"), max_length=8, choices=GoalTerm.choices, default=GoalTerm.LONG)
    target_year = year_field(_("målår"), null=True, blank=True)
    order = models.PositiveSmallIntegerField(_("ordning"), default=0)
    resources = models.ManyToManyField(
        "organize.ResourceCommitment",
        blank=True,
        related_name="goals",
        verbose_name=_("resurser som tjänar målet"),
        help_text=_("Avsatta resurser (per part och år) som används för målet."),
    )
    achieved_year = year_field(
        _("uppnått år"), null=True, blank=True, help_text=_("Året då målet nåddes; tomt när det inte är uppnått.")
    )
    achieved_evidence = models.TextField(
        _("belägg för att målet är uppnått"),
        blank=True,
        help_text=_("Vad som visar att målet nåddes: uppföljning, rapport, beslut."),
    )
    superseded_by = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="supersedes",
        verbose_name=_("ersatt av mål"),
        help_text=_("Det mål som har ersatt detta (till exempel i ett nytt måldokument)."),
    )

    class Meta:
        ordering = ["collaboration", "document", "order", "pk"]
        verbose_name = _("gemensamt mål")
        verbose_name_plural = _("gemensamma mål")
        indexes = [models.Index(fields=["collaboration", "document", "order", "id"], name="goal_list_order_idx")]
        constraints = [
            models.CheckConstraint(
                condition=Q(achieved_year__isnull=True) | Q(superseded_by__isnull=True),
                name="goal_achieved_or_superseded",
                violation_error_message=_("Ett mål är antingen uppnått eller ersatt av ett annat mål, inte båda."),
            ),
            models.CheckConstraint(
                condition=~Q(superseded_by=models.F("id")),
                name="goal_not_superseded_by_itself",
                violation_error_message=_("Ett mål kan inte ersättas av sig självt."),
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("steer:goal_detail", args=[self.collaboration.slug, self.pk])

    @property
    def is_achieved(self) -> bool:
        return self.achieved_year is not None

    @property
    def is_superseded(self) -> bool:
        return self.superseded_by_id is not None


class OwnGoal(Sourced, ScopedModel):
    """A party's own goal, which contributes to shared goals, placed in the party's own steering."""

    collaboration = models.ForeignKey(COLLABORATION, on_delete=models.CASCADE, related_name="own_goals")
    organization = models.ForeignKey(ORGANIZATION, on_delete=models.PROTECT, related_name="+", verbose_name=_("part"))
    title = models.CharField(_("eget mål"), max_length=300)
    description = models.TextField(_("beskrivning"), blank=True)
    shared_goals = models.ManyToManyField(Goal, related_name="own_goals", verbose_name=_("bidrar till gemensamma mål"))
    placement = models.CharField(_("placerat i"), max_length=20, choices=Placement.choices)
    document_name = models.CharField(
        _("styrdokumentets namn"), max_length=200, help_text=_("Till exempel Budget 2024 med plan för 2025–2026.")
    )
    document_year = year_field(_("styrdokumentets år"), null=True, blank=True)

    class Meta:
        ordering = ["collaboration", "organization__name", "title"]
        verbose_name = _("eget mål")
        verbose_name_plural = _("egna mål")

    def __str__(self) -> str:
        return f"{self.organization}: {self.title}"

    def get_absolute_url(self) -> str:
        return reverse("steer:goals", args=[self.collaboration.slug]) + f"#eget-{self.pk}"


class GoalConflict(Sourced, ScopedModel):
    """A conflict between goals of different documents or parties, and how it is handled."""

    collaboration = models.ForeignKey(COLLABORATION, on_delete=models.CASCADE, related_name="goal_conflicts")
    title = models.CharField(_("målkonflikt"), max_length=300)
    description = models.TextField(_("beskrivning"))
    goals = models.ManyToManyField(Goal, blank=True, related_name="conflicts", verbose_name=_("berörda mål"))
    documents = models.TextField(
        _("berörda styrdokument"), blank=True, help_text=_("Till exempel översiktsplanen och regionens trafikplan.")
    )
    parties: models.ManyToManyField[Organization, Any] = models.ManyToManyField(
        ORGANIZATION, related_name="+", verbose_name=_("berörda parter")
    )
    handling = models.TextField(_("hur den hanteras"), blank=True)
    status = models.CharField(
        _("status"), max_length=12, choices=ConflictStatus.choices, default=ConflictStatus.IDENTIFIED
    )

    class Meta:
        ordering = ["collaboration", "status", "title"]
        verbose_name = _("målkonflikt")
        verbose_name_plural = _("målkonflikter")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("steer:goals", args=[self.collaboration.slug]) + f"#konflikt-{self.pk}"
