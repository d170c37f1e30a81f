"""Action plans (S5): each party's own plan for the collaboration and a period, and the collaboration's
joint plan, kept in versions; a party's decision on a version is recorded as for agreements."""

from __future__ import annotations

from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from collaborations.parts.sources import Sourced
from core.permissions import ScopedModel, ScopedPart
from organize.choices import DecisionBody
from work.models.common import COLLABORATION, ORGANIZATION, YEAR_VALIDATORS, within_years


class ActionPlan(Sourced, ScopedModel):
    """What one party (or, with no party, the collaboration as a whole) will do in the collaboration
    during a period of one or more years."""

    collaboration = models.ForeignKey(COLLABORATION, on_delete=models.CASCADE, related_name="action_plans")
    organization = models.ForeignKey(
        ORGANIZATION,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("part"),
        help_text=_("Den part vars handlingsplan det är. Tomt: samverkans gemensamma handlingsplan."),
    )
    title = models.CharField(_("rubrik"), max_length=200)
    start_year = models.PositiveSmallIntegerField(_("från år"), validators=YEAR_VALIDATORS)
    end_year = models.PositiveSmallIntegerField(
        _("till år"),
        null=True,
        blank=True,
        validators=YEAR_VALIDATORS,
        help_text=_("Tomt när slutåret inte är bestämt."),
    )
    description = models.TextField(_("beskrivning"), blank=True)

    class Meta:
        ordering = ["collaboration", "organization__name", "-start_year", "pk"]
        verbose_name = _("handlingsplan")
        verbose_name_plural = _("handlingsplaner")
        constraints = [
            models.CheckConstraint(
                condition=Q(end_year__isnull=True) | Q(end_year__gte=F("start_year")),
                name="action_plan_years_ordered",
                violation_error_message=_("Slutåret kan inte ligga före startåret."),
            )
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("work:plan_detail", args=[self.collaboration.slug, self.pk])

    @property
    def is_joint(self) -> bool:
        return self.organization_id is None

    @property
    def period(self) -> str:
        if self.end_year is None:
            return f"{self.start_year}–"
        if self.end_year == self.start_year:
            return str(self.start_year)
        return f"{self.start_year}–{self.end_year}"


class ActionPlanVersion(ScopedPart):
    """A saved version of a plan: its activities as they were (`rows`, the rows of the Excel template),
    and the party's decision on it (which body, when, with which reference; each may be unknown)."""

    scope_parent = "plan"
    # The rows copy activities that each have a visibility of their own: the history keeps the version, not them.
    history_omit = ("rows",)

    collaboration = models.ForeignKey(COLLABORATION, on_delete=models.CASCADE, related_name="+")
    plan = models.ForeignKey(ActionPlan, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveSmallIntegerField(_("version"))
    saved_on = models.DateField(_("sparad den"), default=timezone.localdate, validators=[within_years])
    note = models.TextField(_("vad som ändrades"), blank=True)
    imported_from = models.CharField(_("inläst från fil"), max_length=200, blank=True)
    rows = models.JSONField(_("aktiviteter"), default=list, editable=False)
    decision_body = models.CharField(_("beslutande organ"), max_length=20, choices=DecisionBody.choices, blank=True)
    decision_body_name = models.CharField(
        _("organets namn"), max_length=200, blank=True, help_text=_("Till exempel Kommunstyrelsen i Karlskrona.")
    )
    decision_date = models.DateField(_("beslutsdatum"), null=True, blank=True, validators=[within_years])
    decision_reference = models.CharField(_("diarienummer"), max_length=60, blank=True)

    class Meta:
        ordering = ["plan", "-number"]
        verbose_name = _("version av handlingsplan")
        verbose_name_plural = _("versioner av handlingsplan")
        constraints = [models.UniqueConstraint(fields=["plan", "number"], name="action_plan_version_unique")]

    def __str__(self) -> str:
        return _("%(plan)s, version %(number)s") % {"plan": self.plan, "number": self.number}

    def get_absolute_url(self) -> str:
        return self.plan.get_absolute_url() + f"#version-{self.number}"

    @property
    def is_decided(self) -> bool:
        return bool(self.decision_date or self.decision_reference or self.decision_body or self.decision_body_name)
