"""Kallelse and protokoll (L1): rendered as PDF or Word by a background task, for the user who asked,
with what that user may see of the meeting; and the kallelse sent by e-mail to everyone called, each
with what they may see, in their own language, with the meeting as an .ics attachment."""

from __future__ import annotations

import logging
import smtplib
from typing import Any

from django.core.exceptions import PermissionDenied
from django.core.files.base import ContentFile
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext as _

from core.history import record_change, snapshot
from core.models import TaskProgress
from core.progress import ProgressReporter, create_progress
from core.services import SYSTEM, create_object, field_error, require, update_object
from lead.choices import DocumentFormat, DocumentKind
from lead.engine import documents as rendering
from lead.engine.ical import calendar_bytes
from lead.models import Attendance, Meeting, MeetingDocument
from lead.queries.calendar import meeting_event
from lead.queries.documents import meeting_content
from lead.services.common import KEEP_MEETING, REQUEST_DOCUMENT

logger = logging.getLogger(__name__)


@transaction.atomic
def request_document(meeting: Meeting, kind: str, format: str, *, actor: Any) -> MeetingDocument:
    """Ask for the meeting's kallelse or protokoll as PDF or Word, rendered for `actor` by the task worker
    (after the commit); the document and its progress are the actor's own."""
    require(actor, REQUEST_DOCUMENT, meeting)
    if not Meeting.objects.visible_to(actor).filter(pk=meeting.pk).exists():
        raise PermissionDenied(_("Du kan inte se mötet."))
    if kind not in DocumentKind.values:
        raise field_error("kind", _("Okänd handling: %(kind)s.") % {"kind": kind}, code="invalid")
    if format not in DocumentFormat.values:
        raise field_error("format", _("Okänt format: %(format)s.") % {"format": format}, code="invalid")
    if kind == DocumentKind.MINUTES and not meeting.is_held:
        raise field_error(
            "kind",
            _("Protokoll finns bara för genomförda möten; mötet är %(status)s.")
            % {"status": meeting.get_status_display().lower()},
            code="not_held",
        )
    label = _("%(kind)s %(meeting)s (%(format)s)") % {
        "kind": DocumentKind(kind).label,
        "meeting": meeting,
        "format": DocumentFormat(format).label,
    }
    progress = create_progress("lead.document", label, user=actor, total=3)
    document = create_object(
        MeetingDocument,
        "lead.meeting_document.requested",
        {"kind": kind, "format": format, "language": getattr(actor, "language", "sv") or "sv", "progress": progress},
        actor=actor,
        collaboration_id=meeting.collaboration_id,
        meeting=meeting,
        requested_by=actor,
    )

    def enqueue() -> None:
        from lead.tasks.documents import render_document_task

        result = render_document_task.enqueue(document.pk)
        TaskProgress.objects.filter(pk=progress.pk).update(task_result_id=str(result.id))

    transaction.on_commit(enqueue)
    return document


def _file_name(document: MeetingDocument) -> str:
    meeting = document.meeting
    return f"{document.kind}-{slugify(meeting.body.name)}-{meeting.date:%Y-%m-%d}.{document.format}"


def render_document(
    document: MeetingDocument, *, actor: Any, progress: ProgressReporter | None = None
) -> MeetingDocument:
    """The task's work: read the meeting as the requester, render it and store the file. A requester who
    may no longer see the meeting gets nothing. The reading and rendering run before the one transaction
    that stores the file, so that the page sees the progress as it is made."""
    require(actor, REQUEST_DOCUMENT, document.meeting)
    if actor is not SYSTEM and getattr(actor, "pk", None) != document.requested_by_id:
        raise PermissionDenied(_("Handlingen är en annan användares."))
    reader = document.requested_by
    if reader is None or not reader.is_active:
        raise PermissionDenied(_("Användaren som bad om handlingen finns inte längre; inget renderades."))
    content = meeting_content(document.meeting_id, document.kind, reader)
    if content is None:
        raise PermissionDenied(_("Du kan inte längre se mötet; handlingen renderades inte."))
    if progress is not None:
        progress.advance(1, message=_("Mötet är läst."))
    if document.format == DocumentFormat.PDF:
        data = rendering.render_pdf(content, document.language)
    else:
        data = rendering.render_docx(content, document.language)
    if progress is not None:
        progress.advance(1, message=_("Handlingen är framställd."))
    with transaction.atomic():
        if document.file:
            document.file.delete(save=False)
        document.file.save(_file_name(document), ContentFile(data), save=False)
        rendered = update_object(
            document, "lead.meeting_document.rendered", {"rendered_at": timezone.now()}, actor=actor
        )
    if progress is not None:
        progress.advance(1)
    return rendered


# The kallelse by e-mail -----------------------------------------------------------------------------------


def _notice_for(meeting: Meeting, attendance: Attendance) -> EmailMessage | None:
    """The e-mail of one called person, with what their account may see (None if it may see nothing)."""
    person = attendance.person
    user = getattr(person, "user", None)
    reader = user if user is not None and user.is_active else None
    address = person.email or (reader.email if reader is not None else "")
    if not address:
        return None
    language = (reader.language if reader is not None else "") or "sv"
    with translation.override(language):
        content = meeting_content(meeting.pk, DocumentKind.NOTICE, reader)
        if content is None:  # the recipient may not see the meeting (secrecy binds persons)
            return None
        context = {
            "doc": content,
            "when": f"{rendering.day(content.date)}, {rendering.time_span(content)}",
            "secrecy": rendering.secrecy_note(content),
        }
        body = render_to_string("lead/email/notice.txt", context)
        subject = _("Kallelse: %(body)s %(day)s") % {"body": content.body, "day": rendering.day(content.date)}
    message = EmailMessage(subject, body, None, [address], headers={"Content-Language": language})
    ics = calendar_bytes([meeting_event(meeting)], method="PUBLISH")
    message.attach(f"mote-{meeting.date:%Y-%m-%d}.ics", ics, "text/calendar; charset=utf-8; method=PUBLISH")
    return message


@transaction.atomic
def send_notice(meeting: Meeting, *, actor: Any) -> int:
    """E-mail the kallelse to everyone called who has an e-mail address (after the commit), each with the
    agenda they may see, in their language; returns how many are sent. Recorded on the meeting."""
    require(actor, KEEP_MEETING, meeting)
    if meeting.is_cancelled:
        raise field_error("meeting", _("Mötet är inställt; ingen kallelse skickas."), code="cancelled")
    called = Attendance.objects.filter(meeting=meeting).select_related("person__user").order_by("pk")
    messages = [m for m in (_notice_for(meeting, a) for a in called) if m is not None]
    state = snapshot(meeting)
    record_change(
        meeting,
        "lead.meeting.notice_sent",
        actor=actor,
        before=state,
        after=state,
        reason=_("Kallelsen skickades med e-post till %(count)s kallade.") % {"count": len(messages)},
    )

    def send() -> None:
        for message in messages:
            try:
                message.send()
            except (OSError, smtplib.SMTPException):  # the others are still sent; it can be sent again
                logger.exception("The notice to %s could not be sent", message.to)

    transaction.on_commit(send)
    return len(messages)
