"""The joint situation analysis (S1), the actors it names and each party's own benefit (X1)."""

from __future__ import annotations

from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from actors.choices import Sector
from collaborations.parts.sources import Sourced
from core.permissions import ScopedModel
from steer.choices import InvitationStatus
from steer.models.common import COLLABORATION, ORGANIZATION


class SituationAnalysis(Sourced, ScopedModel):
    """One version of the collaboration's joint situation analysis; the newest is the current one."""

    collaboration = models.ForeignKey(COLLABORATION, on_delete=models.CASCADE, related_name="situation_analyses")
    number = models.PositiveSmallIntegerField(_("version"), validators=[MaxValueValidator(1000)])
    drafted_on = models.DateField(_("upprättad"), null=True, blank=True)
    problem = models.TextField(_("problemet"), blank=True)
    causes = models.TextField(_("orsaker"), blank=True)
    trends = models.TextField(_("trender i omvärlden"), blank=True)
    done_local = models.TextField(_("vad som redan görs lokalt"), blank=True)
    done_regional = models.TextField(_("vad som redan görs regionalt"), blank=True)
    done_national = models.TextField(_("vad som redan görs nationellt"), blank=True)
    done_international = models.TextField(_("vad som redan görs internationellt"), blank=True)
    research = models.TextField(_("vad forskningen säger fungerar"), blank=True)
    others_succeeded = models.TextField(_("andra som har lyckats"), blank=True)
    collective_benefit = models.TextField(_("den gemensamma nyttan"), blank=True)

    class Meta:
        ordering = ["collaboration", "-number"]
        verbose_name = _("nulägesanalys")
        verbose_name_plural = _("nulägesanalyser")
        constraints = [
            models.UniqueConstraint(fields=["collaboration", "number"], name="situation_analysis_number_unique")
        ]

    def __str__(self) -> str:
        return _("Nulägesanalys, version %(number)s") % {"number": self.number}

    def get_absolute_url(self) -> str:
        return reverse("steer:analysis", args=[self.collaboration.slug]) + f"?version={self.number}"


class AnalysisActor(ScopedModel):
    """An actor that affects the issue: a party already, or a missing actor that could be invited."""

    collaboration = models.ForeignKey(COLLABORATION, on_delete=models.CASCADE, related_name="analysis_actors")
    organization = models.ForeignKey(
        ORGANIZATION,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("organisation"),
        help_text=_("Om aktören finns i organisationsregistret."),
    )
    name = models.CharField(_("namn"), max_length=200, blank=True, help_text=_("Om aktören inte finns i registret."))
    sector = models.CharField(_("sektor"), max_length=20, choices=Sector.choices, blank=True)
    effect = models.TextField(_("hur aktören påverkar frågan"), blank=True)
    is_missing = models.BooleanField(_("saknas i samverkan"), default=False)
    invitation_status = models.CharField(
        _("inbjudan"), max_length=12, choices=InvitationStatus.choices, default=InvitationStatus.NOT_INVITED
    )
    invited_on = models.DateField(_("inbjuden den"), null=True, blank=True)
    invitation_message = models.TextField(_("inbjudan"), blank=True)

    class Meta:
        ordering = ["collaboration", "-is_missing", "name"]
        verbose_name = _("aktör i analysen")
        verbose_name_plural = _("aktörer i analysen")
        constraints = [
            models.CheckConstraint(
                condition=Q(organization__isnull=False) | ~Q(name=""),
                name="analysis_actor_named",
                violation_error_message=_("Välj en organisation eller skriv aktörens namn."),
            )
        ]

    def __str__(self) -> str:
        return str(self.organization) if self.organization_id else self.name

    def get_absolute_url(self) -> str:
        return reverse("steer:analysis", args=[self.collaboration.slug]) + f"#aktor-{self.pk}"


class OwnBenefit(Sourced, ScopedModel):
    """What one party gains from the collaboration (its own benefit, win-win)."""

    collaboration = models.ForeignKey(COLLABORATION, on_delete=models.CASCADE, related_name="own_benefits")
    organization = models.ForeignKey(ORGANIZATION, on_delete=models.PROTECT, related_name="+", verbose_name=_("part"))
    text = models.TextField(_("partens egennytta"))

    class Meta:
        ordering = ["collaboration", "organization__name"]
        verbose_name = _("egennytta")
        verbose_name_plural = _("egennyttor")
        constraints = [
            models.UniqueConstraint(fields=["collaboration", "organization"], name="own_benefit_one_per_party")
        ]

    def __str__(self) -> str:
        return _("Egennytta för %(org)s") % {"org": self.organization}

    def get_absolute_url(self) -> str:
        return reverse("steer:analysis", args=[self.collaboration.slug]) + f"#nytta-{self.organization_id}"
