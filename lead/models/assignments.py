"""Assignments (L3): given at a meeting or by a decision, owned by a person and an organization, followed
up at every later meeting of the same body until done; and the e-mail reminders sent about them."""

from __future__ import annotations

from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.permissions import Scope, ScopedModel, ScopedPart
from lead.choices import OPEN_ASSIGNMENT, AssignmentStatus, ReminderKind
from lead.models.common import BODY, COLLABORATION, ORGANIZATION, PERSON, secret_body_q
from lead.models.decisions import Decision
from lead.models.meetings import Meeting


class Assignment(ScopedModel):
    """What someone has been asked to do, by whom (the body), for when, and how it went."""

    collaboration = models.ForeignKey(COLLABORATION, on_delete=models.CASCADE, related_name="assignments")
    body = models.ForeignKey(
        BODY,
        on_delete=models.PROTECT,
        related_name="assignments",
        verbose_name=_("organ"),
        help_text=_("Organet som gav uppdraget och följer upp det på sina möten."),
    )
    meeting = models.ForeignKey(
        Meeting,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="assignments",
        verbose_name=_("givet vid möte"),
    )
    decision = models.ForeignKey(
        Decision,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="assignments",
        verbose_name=_("givet genom beslut"),
    )
    given_on = models.DateField(_("givet den"))
    title = models.CharField(_("uppdrag"), max_length=300)
    description = models.TextField(_("beskrivning"), blank=True)
    owner_person = models.ForeignKey(
        PERSON, on_delete=models.PROTECT, related_name="assignments", verbose_name=_("ansvarig person")
    )
    owner_organization = models.ForeignKey(
        ORGANIZATION, on_delete=models.PROTECT, related_name="+", verbose_name=_("ansvarig organisation")
    )
    due_date = models.DateField(_("klart senast"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=12, choices=AssignmentStatus.choices, default=AssignmentStatus.NOT_STARTED
    )
    report = models.TextField(_("återrapport"), blank=True)
    completed_on = models.DateField(_("avslutat den"), null=True, blank=True, editable=False)
    goal = models.ForeignKey(
        "steer.Goal",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("mål som uppdraget tjänar"),
    )

    class Meta:
        ordering = ["collaboration", "due_date", "pk"]
        verbose_name = _("uppdrag")
        verbose_name_plural = _("uppdrag")
        indexes = [models.Index(fields=["body", "status"], name="assignment_body_status_idx")]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("lead:assignment_detail", args=[self.collaboration.slug, self.pk])

    @classmethod
    def scope_restriction(cls, scope: Scope) -> Q:
        return secret_body_q(scope, "body", owner="owner_person")

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_ASSIGNMENT

    def is_overdue(self, on: object = None) -> bool:
        day = on or timezone.localdate()
        return self.is_open and self.due_date is not None and self.due_date < day  # type: ignore[operator]


class AssignmentReminder(ScopedPart):
    """One reminder e-mail about an assignment; each kind is sent once (the scheduled task is idempotent)."""

    scope_parent = "assignment"

    collaboration = models.ForeignKey(COLLABORATION, on_delete=models.CASCADE, related_name="+")
    assignment = models.ForeignKey(Assignment, on_delete=models.CASCADE, related_name="reminders")
    kind = models.CharField(_("påminnelse"), max_length=10, choices=ReminderKind.choices)
    sent_at = models.DateTimeField(_("skickad"), default=timezone.now)
    to_email = models.EmailField(_("till"), blank=True)

    class Meta:
        ordering = ["assignment", "sent_at"]
        verbose_name = _("påminnelse")
        verbose_name_plural = _("påminnelser")
        constraints = [models.UniqueConstraint(fields=["assignment", "kind"], name="assignment_reminder_once")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.assignment}"

    def get_absolute_url(self) -> str:
        return self.assignment.get_absolute_url()
