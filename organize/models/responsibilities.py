"""Responsibilities and follow-up (O3, O4, S6): what each party is expected to do (the responsibility
matrix), and who follows up what, and when."""

from __future__ import annotations

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from collaborations.parts.sources import Sourced
from core.permissions import ScopedModel
from organize.choices import Frequency, ResponsibilityKind
from organize.models.common import COLLABORATION, ORGANIZATION


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
