"""Meetings of a body (L1): the agenda with its documents, invitations and attendance, minutes per item
and their approval (justering), corrections of approved minutes, and the rendered kallelse and protokoll."""

from __future__ import annotations

import uuid

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from collaborations.parts.sources import Sourced, SourceURLField
from core.permissions import Scope, ScopedModel, ScopedPart
from lead.choices import AttendanceStatus, DocumentFormat, DocumentKind, ItemKind, MeetingStatus
from lead.models.common import BODY, COLLABORATION, ORGANIZATION, PERSON, secret_meeting_q


class Meeting(Sourced, ScopedModel):
    """One meeting of a body: when and where, its status, its agenda and who attends. A meeting of a body
    under secrecy keeps no minutes and is seen only by those who sat in the body on its date."""

    collaboration = models.ForeignKey(COLLABORATION, on_delete=models.CASCADE, related_name="meetings")
    body = models.ForeignKey(BODY, on_delete=models.PROTECT, related_name="meetings", verbose_name=_("organ"))
    date = models.DateField(_("datum"))
    start_time = models.TimeField(_("börjar"), null=True, blank=True)
    end_time = models.TimeField(_("slutar"), null=True, blank=True)
    place = models.CharField(_("plats"), max_length=200, blank=True)
    video_url = SourceURLField(_("länk till videomöte"), max_length=500, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=MeetingStatus.choices, default=MeetingStatus.PLANNED)
    cancelled_reason = models.TextField(_("skäl till att mötet ställdes in"), blank=True)
    chair = models.ForeignKey(
        PERSON, null=True, blank=True, on_delete=models.PROTECT, related_name="+", verbose_name=_("mötesordförande")
    )
    secretary = models.ForeignKey(
        PERSON, null=True, blank=True, on_delete=models.PROTECT, related_name="+", verbose_name=_("sekreterare")
    )
    minutes_approved_on = models.DateField(_("protokollet justerat"), null=True, blank=True, editable=False)
    # The calendar's identity of the meeting (iCalendar UID) and its revision (SEQUENCE), raised by the
    # services whenever what a calendar shows (time, place, status) changes.
    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    sequence = models.PositiveIntegerField(default=0, editable=False)
    series = models.UUIDField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["date", "start_time", "pk"]
        verbose_name = _("möte")
        verbose_name_plural = _("möten")
        indexes = [models.Index(fields=["body", "date"], name="meeting_body_date_idx")]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_time__isnull=True)
                | Q(start_time__isnull=True)
                | Q(end_time__gte=models.F("start_time")),
                name="meeting_times_ordered",
                violation_error_message=_("Mötet kan inte sluta innan det börjar."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.body} {self.date:%Y-%m-%d}"

    def get_absolute_url(self) -> str:
        return reverse("lead:meeting_detail", args=[self.collaboration.slug, self.pk])

    @classmethod
    def scope_restriction(cls, scope: Scope) -> Q:
        return secret_meeting_q(scope)

    @property
    def is_secret(self) -> bool:
        return self.body.is_secret

    @property
    def is_held(self) -> bool:
        return self.status == MeetingStatus.HELD

    @property
    def is_cancelled(self) -> bool:
        return self.status == MeetingStatus.CANCELLED

    @property
    def minutes_frozen(self) -> bool:
        """Approved minutes are frozen: a later change is a recorded correction."""
        return self.minutes_approved_on is not None


def _item_upload_to(instance: AgendaDocument, filename: str) -> str:
    return f"meetings/{instance.collaboration_id}/{instance.item.meeting_id}/{filename}"


class AgendaItem(ScopedModel):
    """One item of a meeting's agenda. Its own visibility lets an item be shared only with named
    organizations; it is never more visible than its meeting."""

    collaboration = models.ForeignKey(COLLABORATION, on_delete=models.CASCADE, related_name="+")
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="items", verbose_name=_("möte"))
    order = models.PositiveSmallIntegerField(_("ordning"), default=0)
    title = models.CharField(_("rubrik"), max_length=300)
    kind = models.CharField(_("slag"), max_length=12, choices=ItemKind.choices, default=ItemKind.INFORMATION)
    presenter = models.ForeignKey(
        PERSON, null=True, blank=True, on_delete=models.PROTECT, related_name="+", verbose_name=_("föredragande")
    )
    description = models.TextField(_("beskrivning"), blank=True)
    minutes = models.TextField(_("protokollsanteckning"), blank=True)
    carried_from = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="carried_to",
        verbose_name=_("flyttad från"),
        editable=False,
    )
    goals = models.ManyToManyField("steer.Goal", blank=True, related_name="+", verbose_name=_("mål"))
    indicators = models.ManyToManyField("steer.Indicator", blank=True, related_name="+", verbose_name=_("indikatorer"))
    follow_up_rounds = models.ManyToManyField(
        "steer.FollowUpRound", blank=True, related_name="+", verbose_name=_("uppföljningsomgångar")
    )
    agreement_versions = models.ManyToManyField(
        "organize.AgreementVersion", blank=True, related_name="+", verbose_name=_("avtalsversioner")
    )

    class Meta:
        ordering = ["meeting", "order", "pk"]
        verbose_name = _("punkt på dagordningen")
        verbose_name_plural = _("punkter på dagordningen")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return self.meeting.get_absolute_url() + f"#punkt-{self.pk}"

    @classmethod
    def scope_restriction(cls, scope: Scope) -> Q:
        return secret_meeting_q(scope, "meeting")

    def clean(self) -> None:
        if self.minutes and self.meeting_id and self.meeting.body.is_secret:
            raise ValidationError(
                {
                    "minutes": _("%(body)s är under sekretess och för inga minnesanteckningar eller protokoll.")
                    % {"body": self.meeting.body}
                },
                code="secret_body",
            )


class AgendaDocument(ScopedPart):
    """A document an agenda item needs (an upload); exactly as visible as its item."""

    scope_parent = "item"

    collaboration = models.ForeignKey(COLLABORATION, on_delete=models.CASCADE, related_name="+")
    item = models.ForeignKey(AgendaItem, on_delete=models.CASCADE, related_name="documents")
    title = models.CharField(_("rubrik"), max_length=200)
    attachment = models.FileField(_("fil"), upload_to=_item_upload_to, max_length=300)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["item", "created_at", "pk"]
        verbose_name = _("handling till en punkt")
        verbose_name_plural = _("handlingar till punkter")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("lead:agenda_document", args=[self.collaboration.slug, self.item.meeting_id, self.pk])


class Attendance(ScopedPart):
    """One person called to a meeting: a member for the organization of their seat on the meeting's date,
    or a named guest; and whether they attended (present, absent, substitute for whom)."""

    scope_parent = "meeting"

    collaboration = models.ForeignKey(COLLABORATION, on_delete=models.CASCADE, related_name="+")
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="attendances")
    person = models.ForeignKey(PERSON, on_delete=models.PROTECT, related_name="attendances", verbose_name=_("person"))
    organization = models.ForeignKey(
        ORGANIZATION,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("för organisation"),
    )
    membership = models.ForeignKey(
        "organize.Membership", null=True, blank=True, on_delete=models.SET_NULL, related_name="+", editable=False
    )
    is_guest = models.BooleanField(_("gäst"), default=False)
    guest_role = models.CharField(_("som gäst i egenskap av"), max_length=200, blank=True)
    status = models.CharField(
        _("närvaro"), max_length=12, choices=AttendanceStatus.choices, default=AttendanceStatus.INVITED
    )
    substitute_for = models.ForeignKey(
        PERSON, null=True, blank=True, on_delete=models.PROTECT, related_name="+", verbose_name=_("ersättare för")
    )

    class Meta:
        ordering = ["meeting", "is_guest", "person__last_name", "person__first_name"]
        verbose_name = _("kallad till möte")
        verbose_name_plural = _("kallade till möte")
        constraints = [models.UniqueConstraint(fields=["meeting", "person"], name="attendance_unique_person")]

    def __str__(self) -> str:
        return f"{self.person} ({self.meeting})"

    def get_absolute_url(self) -> str:
        return self.meeting.get_absolute_url() + "#narvaro"


class MinutesApproval(ScopedPart):
    """A named person who approves (justerar) the meeting's minutes, and the day they did."""

    scope_parent = "meeting"

    collaboration = models.ForeignKey(COLLABORATION, on_delete=models.CASCADE, related_name="+")
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="approvals")
    person = models.ForeignKey(PERSON, on_delete=models.PROTECT, related_name="+", verbose_name=_("justerare"))
    approved_on = models.DateField(_("justerat den"), null=True, blank=True)

    class Meta:
        ordering = ["meeting", "pk"]
        verbose_name = _("justering")
        verbose_name_plural = _("justeringar")
        constraints = [models.UniqueConstraint(fields=["meeting", "person"], name="minutes_approval_unique_person")]

    def __str__(self) -> str:
        return f"{self.person} justerar {self.meeting}"

    def get_absolute_url(self) -> str:
        return self.meeting.get_absolute_url() + "#justering"


class MinutesCorrection(ScopedPart):
    """A correction of an item's minutes after they were approved: what stood, what stands, and why."""

    scope_parent = "item"

    collaboration = models.ForeignKey(COLLABORATION, on_delete=models.CASCADE, related_name="+")
    item = models.ForeignKey(AgendaItem, on_delete=models.CASCADE, related_name="corrections")
    before = models.TextField(_("stod tidigare"))
    after = models.TextField(_("står nu"))
    reason = models.TextField(_("skäl till rättelsen"))
    corrected_at = models.DateTimeField(default=timezone.now, editable=False)
    corrected_by = models.CharField(_("rättad av"), max_length=200, blank=True, editable=False)

    class Meta:
        ordering = ["item", "corrected_at", "pk"]
        verbose_name = _("rättelse av protokollet")
        verbose_name_plural = _("rättelser av protokollet")

    def __str__(self) -> str:
        return f"Rättelse: {self.item}"

    def get_absolute_url(self) -> str:
        return self.item.get_absolute_url()


def _rendered_upload_to(instance: MeetingDocument, filename: str) -> str:
    return f"meetings/{instance.collaboration_id}/{instance.meeting_id}/rendered/{filename}"


class MeetingDocument(ScopedPart):
    """A kallelse or protokoll rendered from the meeting (PDF or Word) by a background task, for the user
    who asked for it: it holds what that user may see of the meeting (an item shared only with named
    organizations is in it only for them), so it is that user's alone."""

    scope_parent = "meeting"

    collaboration = models.ForeignKey(COLLABORATION, on_delete=models.CASCADE, related_name="+")
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="rendered_documents")
    kind = models.CharField(_("handling"), max_length=10, choices=DocumentKind.choices)
    format = models.CharField(_("format"), max_length=4, choices=DocumentFormat.choices)
    language = models.CharField(_("språk"), max_length=8, default="sv")
    file = models.FileField(_("fil"), upload_to=_rendered_upload_to, blank=True, max_length=300)
    progress = models.ForeignKey(
        "core.TaskProgress", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    requested_by = models.ForeignKey(
        "actors.User", null=True, blank=True, on_delete=models.CASCADE, related_name="+", editable=False
    )
    requested_at = models.DateTimeField(default=timezone.now, editable=False)
    rendered_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["meeting", "-requested_at", "pk"]
        verbose_name = _("kallelse eller protokoll")
        verbose_name_plural = _("kallelser och protokoll")

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.meeting} ({self.get_format_display()})"

    def get_absolute_url(self) -> str:
        return reverse("lead:meeting_document", args=[self.collaboration.slug, self.meeting_id, self.pk])

    @classmethod
    def scope_restriction(cls, scope: Scope) -> Q:
        return Q(requested_by_id=scope.user_id) if scope.user_id is not None else Q(pk__in=[])
