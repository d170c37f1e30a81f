"""Recurring follow-up (S6–S10): rounds with a coordinating party, assessments of goals and
indicators, qualitative evidence, the analysis dialogue and environmental scans."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from collaborations.parts.sources import Sourced
from core.permissions import ScopedModel
from steer.choices import DecisionStatus, EvidenceMethod, RoundStatus, ScanLevel, Status, Trend
from steer.models.common import COLLABORATION, ORGANIZATION, year_field

if TYPE_CHECKING:
    from actors.models import Organization
from steer.models.goals import Goal
from steer.models.indicators import Indicator


class FollowUpRound(Sourced, ScopedModel):
    """One round of joint follow-up (e.g. the yearly one), coordinated by one party."""

    collaboration = models.ForeignKey(COLLABORATION, on_delete=models.CASCADE, related_name="follow_up_rounds")
    title = models.CharField(_("rubrik"), max_length=200)
    year = year_field(_("uppföljningsår"))
    start_date = models.DateField(_("startar"))
    due_date = models.DateField(_("klar senast"))
    coordinating_organization = models.ForeignKey(
        ORGANIZATION, on_delete=models.PROTECT, related_name="+", verbose_name=_("samordnande part")
    )
    status = models.CharField(_("status"), max_length=8, choices=RoundStatus.choices, default=RoundStatus.PLANNED)
    summary = models.TextField(_("gemensam slutsats"), blank=True)
    closed_on = models.DateField(_("avslutad den"), null=True, blank=True)

    class Meta:
        ordering = ["collaboration", "-year", "-start_date"]
        verbose_name = _("uppföljningsomgång")
        verbose_name_plural = _("uppföljningsomgångar")
        constraints = [
            models.CheckConstraint(
                condition=Q(due_date__gte=models.F("start_date")),
                name="follow_up_round_dates_ordered",
                violation_error_message=_("Slutdatum kan inte ligga före startdatum."),
            )
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("steer:round_detail", args=[self.collaboration.slug, self.pk])


class Assessment(ScopedModel):
    """The round's judgement of one goal or one indicator: a status and a text. For an indicator, the
    computed status, trend and latest value at the time are kept beside it, so the next round can
    show what changed."""

    collaboration = models.ForeignKey(COLLABORATION, on_delete=models.CASCADE, related_name="+")
    round = models.ForeignKey(FollowUpRound, on_delete=models.CASCADE, related_name="assessments")
    goal = models.ForeignKey(Goal, null=True, blank=True, on_delete=models.CASCADE, related_name="assessments")
    indicator = models.ForeignKey(
        Indicator, null=True, blank=True, on_delete=models.CASCADE, related_name="assessments"
    )
    status = models.CharField(_("bedömning"), max_length=10, choices=Status.choices)
    text = models.TextField(_("motivering"), blank=True)
    computed_status = models.CharField(
        _("beräknad status"), max_length=10, choices=Status.choices, blank=True, editable=False
    )
    computed_trend = models.CharField(
        _("beräknad trend"), max_length=10, choices=Trend.choices, blank=True, editable=False
    )
    latest_year = models.PositiveSmallIntegerField(_("senaste år med värde"), null=True, blank=True, editable=False)

    class Meta:
        ordering = ["round", "goal", "indicator"]
        verbose_name = _("bedömning")
        verbose_name_plural = _("bedömningar")
        constraints = [
            models.CheckConstraint(
                condition=Q(goal__isnull=False, indicator__isnull=True) | Q(goal__isnull=True, indicator__isnull=False),
                name="assessment_goal_or_indicator",
                violation_error_message=_("En bedömning gäller antingen ett mål eller en indikator."),
            ),
            models.UniqueConstraint(fields=["round", "goal"], name="assessment_one_per_goal"),
            models.UniqueConstraint(fields=["round", "indicator"], name="assessment_one_per_indicator"),
        ]

    def __str__(self) -> str:
        return f"{self.round}: {self.goal or self.indicator}"

    def get_absolute_url(self) -> str:
        return self.round.get_absolute_url() + f"#bedomning-{self.pk}"


def _evidence_upload_to(instance: Evidence, filename: str) -> str:
    return f"evidence/{instance.collaboration_id}/{filename}"


class Evidence(Sourced, ScopedModel):
    """Qualitative evidence: what a focus group, interview, visit, inspection or survey showed."""

    collaboration = models.ForeignKey(COLLABORATION, on_delete=models.CASCADE, related_name="evidence")
    round = models.ForeignKey(
        FollowUpRound,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="evidence",
        verbose_name=_("uppföljningsomgång"),
    )
    method = models.CharField(_("metod"), max_length=12, choices=EvidenceMethod.choices)
    title = models.CharField(_("rubrik"), max_length=200)
    date = models.DateField(_("datum"))
    participant_organizations: models.ManyToManyField[Organization, Any] = models.ManyToManyField(
        ORGANIZATION, blank=True, related_name="+", verbose_name=_("deltagarnas organisationer")
    )
    participants_description = models.CharField(
        _("deltagare"), max_length=300, blank=True, help_text=_("Till exempel 8 unga 16–24 år, inga namn.")
    )
    summary = models.TextField(_("sammanfattning"))
    attachment = models.FileField(_("bifogad fil"), upload_to=_evidence_upload_to, blank=True, max_length=300)
    goals = models.ManyToManyField(Goal, blank=True, related_name="evidence", verbose_name=_("gäller mål"))
    indicators = models.ManyToManyField(
        Indicator, blank=True, related_name="evidence", verbose_name=_("gäller indikatorer")
    )

    class Meta:
        ordering = ["collaboration", "-date"]
        verbose_name = _("kvalitativt underlag")
        verbose_name_plural = _("kvalitativa underlag")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("steer:evidence_detail", args=[self.collaboration.slug, self.pk])


class AnalysisEntry(Sourced, ScopedModel):
    """One point of the joint analysis dialogue (S8): a deviation, its causes, proposed improvements
    and the decision they led to."""

    collaboration = models.ForeignKey(COLLABORATION, on_delete=models.CASCADE, related_name="analysis_entries")
    round = models.ForeignKey(FollowUpRound, on_delete=models.CASCADE, related_name="analysis_entries")
    goal = models.ForeignKey(Goal, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    indicator = models.ForeignKey(Indicator, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    deviation = models.TextField(_("avvikelse"))
    causes = models.TextField(_("orsaker"), blank=True)
    improvements = models.TextField(_("förslag till förbättringar"), blank=True)
    decision = models.TextField(_("beslut"), blank=True)
    decision_status = models.CharField(
        _("beslutsläge"), max_length=10, choices=DecisionStatus.choices, default=DecisionStatus.NONE
    )
    decided_on = models.DateField(_("beslutsdatum"), null=True, blank=True)

    class Meta:
        ordering = ["round", "pk"]
        verbose_name = _("punkt i analysdialogen")
        verbose_name_plural = _("analysdialog")

    def __str__(self) -> str:
        return self.deviation[:80]

    def get_absolute_url(self) -> str:
        return self.round.get_absolute_url() + f"#dialog-{self.pk}"


class EnvironmentalScan(ScopedModel):
    """An entry of the recurring environmental scan (S9), at one level, linked to goals."""

    collaboration = models.ForeignKey(COLLABORATION, on_delete=models.CASCADE, related_name="environmental_scans")
    round = models.ForeignKey(
        FollowUpRound,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="scans",
        verbose_name=_("uppföljningsomgång"),
    )
    level = models.CharField(_("nivå"), max_length=14, choices=ScanLevel.choices)
    date = models.DateField(_("datum"))
    title = models.CharField(_("rubrik"), max_length=200)
    description = models.TextField(_("vad det betyder för oss"))
    reference = models.CharField(_("källa eller länk"), max_length=300, blank=True)
    goals = models.ManyToManyField(Goal, blank=True, related_name="scans", verbose_name=_("berör mål"))

    class Meta:
        ordering = ["collaboration", "-date"]
        verbose_name = _("omvärldsbevakning")
        verbose_name_plural = _("omvärldsbevakning")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("steer:scans", args=[self.collaboration.slug]) + f"#omvarld-{self.pk}"
