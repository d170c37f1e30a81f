"""Communication (L4, L7): the collaboration's news posts and wins; each person's calendar feeds and
their choice of reminder e-mails."""

from __future__ import annotations

from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.permissions import ScopedModel
from lead.models.common import BODY, COLLABORATION, PERSON
from lead.models.decisions import Decision


class NewsPost(ScopedModel):
    """A post of the collaboration's news feed, written by a coordinator; a win (seger) is marked and
    celebrated. The feed also shows events the product knows (a decision, a closed follow-up round, a
    goal reached, a new party), read from those objects with their own visibility."""

    collaboration = models.ForeignKey(COLLABORATION, on_delete=models.CASCADE, related_name="news_posts")
    title = models.CharField(_("rubrik"), max_length=200)
    text = models.TextField(_("text"), blank=True)
    published_on = models.DateField(_("publicerad"), default=timezone.localdate)
    is_win = models.BooleanField(
        _("seger"), default=False, help_text=_("Något som gått bra och som ska lyftas fram och firas.")
    )
    author = models.ForeignKey(
        PERSON, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("skriven av")
    )
    goal = models.ForeignKey(
        "steer.Goal", null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("gäller målet")
    )
    decision = models.ForeignKey(
        Decision, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("gäller beslutet")
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["collaboration", "-published_on", "-pk"]
        verbose_name = _("nyhet")
        verbose_name_plural = _("nyheter")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("lead:news", args=[self.collaboration.slug]) + f"#nyhet-{self.pk}"


class CalendarFeed(models.Model):
    """A person's private calendar address (iCalendar): the meetings of all their bodies, or of one body.
    Only a SHA-256 of the address's secret is kept; revoking it makes the address answer 410 Gone."""

    person = models.ForeignKey(PERSON, on_delete=models.CASCADE, related_name="calendar_feeds")
    body = models.ForeignKey(
        BODY, null=True, blank=True, on_delete=models.CASCADE, related_name="+", verbose_name=_("organ")
    )
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    revoked_at = models.DateTimeField(null=True, blank=True, editable=False)
    last_read_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["person", "-created_at"]
        verbose_name = _("kalenderprenumeration")
        verbose_name_plural = _("kalenderprenumerationer")

    def __str__(self) -> str:
        return f"{self.person}: {self.body or _('alla organ')}"

    def get_absolute_url(self) -> str:
        return reverse("personal:calendar")


class ReminderPreference(models.Model):
    """A person's choice of reminder e-mails about their assignments (on unless turned off)."""

    person = models.OneToOneField(PERSON, on_delete=models.CASCADE, related_name="reminder_preference")
    send_reminders = models.BooleanField(_("skicka påminnelser om mina uppdrag"), default=True)
    changed_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("val av påminnelser")
        verbose_name_plural = _("val av påminnelser")

    def __str__(self) -> str:
        return f"{self.person}: {'på' if self.send_reminders else 'av'}"

    def get_absolute_url(self) -> str:
        return reverse("personal:assignments")
