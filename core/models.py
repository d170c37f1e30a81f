"""Base models of the platform: the one history table and background-task progress."""

from typing import Any

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ChangeRecord(models.Model):
    """One change to one object: who, when, what, before and after. Written by services only."""

    time = models.DateTimeField(_("tid"), default=timezone.now, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    actor_name = models.CharField(_("av"), max_length=200, blank=True)
    request_id = models.CharField(max_length=64, blank=True)
    action = models.CharField(_("händelse"), max_length=100)
    content_type = models.ForeignKey(ContentType, on_delete=models.PROTECT, related_name="+")
    object_id = models.PositiveBigIntegerField()
    object_repr = models.CharField(_("objekt"), max_length=300)
    # Roll-up to the collaboration; no constraint so that history outlives what it describes.
    collaboration = models.ForeignKey(
        "collaborations.Collaboration",
        null=True,
        blank=True,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        related_name="+",
    )
    before = models.JSONField(null=True, blank=True)
    after = models.JSONField(null=True, blank=True)
    changes = models.JSONField(default=dict, blank=True)
    reason = models.TextField(_("motivering"), blank=True)

    # Set for reading by `core.queries.readable_records` (what the reader may see of the record); not stored.
    shown_repr: str
    shown_changes: dict[str, Any]
    shown_fields: list[tuple[str, Any, Any]]
    headline: str
    sentences: list[str]

    class Meta:
        ordering = ["-time", "-pk"]
        indexes = [
            models.Index(fields=["content_type", "object_id", "-time"], name="change_object_idx"),
            models.Index(fields=["collaboration", "-time"], name="change_collaboration_idx"),
        ]
        verbose_name = _("ändring")
        verbose_name_plural = _("ändringar")

    def __str__(self) -> str:
        return f"{self.action} {self.object_repr}"


class TaskProgress(models.Model):
    """Visible progress of one background task (imports, refreshes, report rendering)."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("I kö")
        RUNNING = "running", _("Pågår")
        SUCCEEDED = "succeeded", _("Klar")
        FAILED = "failed", _("Misslyckades")

    kind = models.CharField(_("slag"), max_length=100)
    label = models.CharField(_("beskrivning"), max_length=300)
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.QUEUED)
    total = models.PositiveIntegerField(_("totalt"), null=True, blank=True)
    done = models.PositiveIntegerField(_("klart"), default=0)
    message = models.TextField(_("meddelande"), blank=True)
    report = models.JSONField(default=dict, blank=True)
    task_result_id = models.CharField(max_length=64, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("bakgrundsjobb")
        verbose_name_plural = _("bakgrundsjobb")

    def __str__(self) -> str:
        return self.label

    @property
    def percent(self) -> int | None:
        if not self.total:
            return None
        return min(100, round(100 * self.done / self.total))

    @property
    def is_finished(self) -> bool:
        return self.status in (self.Status.SUCCEEDED, self.Status.FAILED)


class Generation(models.Model):
    """A counter of changes to one part of the data, raised in the same transaction as each change
    (`core.generations`). Cached pages and computations name the counters they depend on in their
    cache keys, so any change makes them miss: nothing is ever invalidated by hand."""

    name = models.CharField(primary_key=True, max_length=64)
    value = models.PositiveBigIntegerField(default=0)

    class Meta:
        verbose_name = _("generation")
        verbose_name_plural = _("generationer")

    def __str__(self) -> str:
        return f"{self.name}: {self.value}"
