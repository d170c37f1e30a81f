"""The kallelse and protokoll of a meeting (L1): ask for one as PDF or Word, follow its rendering, and
download it. A rendered document is the requester's alone (it holds what they may see of the meeting)."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, HttpResponseBase
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views import View
from django.views.generic import TemplateView

from core.queries import history_for
from core.views import HtmxPartialMixin
from lead.choices import DocumentFormat, DocumentKind
from lead.engine.documents import CONTENT_TYPES
from lead.models import Meeting, MeetingDocument
from lead.queries.documents import documents_of, meeting_url
from lead.services import documents as services
from lead.services.common import KEEP_MEETING
from lead.views.base import LeadMixin

NOTICE_SENT = "lead.meeting.notice_sent"
BUTTONS = [
    (DocumentKind.NOTICE, DocumentFormat.PDF),
    (DocumentKind.NOTICE, DocumentFormat.DOCX),
    (DocumentKind.MINUTES, DocumentFormat.PDF),
    (DocumentKind.MINUTES, DocumentFormat.DOCX),
]


class MeetingDocumentsView(LoginRequiredMixin, HtmxPartialMixin, LeadMixin, TemplateView):
    """The meeting's documents page: the buttons, and the user's own rendered documents with their progress
    (htmx polls the list while one is still being rendered)."""

    template_name = "lead/meeting_documents.html"
    partial_name = "documents"

    def get_meeting(self) -> Meeting:
        if not hasattr(self, "_meeting"):
            self._meeting = get_object_or_404(
                Meeting.objects.visible_to(self.request.user)
                .filter(collaboration=self.get_collaboration())
                .select_related("collaboration", "body"),
                pk=self.kwargs["pk"],
            )
        return self._meeting

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        meeting = self.get_meeting()
        documents = list(documents_of(meeting, self.request.user))
        buttons = [
            {
                "kind": kind,
                "format": fmt,
                "label": f"{DocumentKind(kind).label} ({DocumentFormat(fmt).label})",
            }
            for kind, fmt in BUTTONS
            if kind == DocumentKind.NOTICE or meeting.is_held
        ]
        may_send = self.request.user.has_perm(KEEP_MEETING, meeting) and not meeting.is_cancelled
        last_sent = history_for(meeting).filter(action=NOTICE_SENT).order_by("-time").first() if may_send else None
        return super().get_context_data(
            meeting=meeting,
            meeting_url=meeting_url(meeting),
            may_send=may_send,
            last_sent=last_sent,
            documents=documents,
            buttons=buttons,
            pending=any(d.progress is not None and not d.progress.is_finished for d in documents),
            **kwargs,
        )

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        meeting = self.get_meeting()
        if request.POST.get("send") == "notice":
            return self._send_notice(request, meeting)
        try:
            services.request_document(
                meeting, request.POST.get("kind", ""), request.POST.get("format", ""), actor=request.user
            )
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
        else:
            messages.success(request, _("Handlingen framställs; den syns i listan när den är klar."))
        return redirect("lead:meeting_documents", meeting.collaboration.slug, meeting.pk)

    def _send_notice(self, request: HttpRequest, meeting: Meeting) -> HttpResponse:
        """The chair, the secretary or a coordinator e-mails the kallelse to everyone called."""
        try:
            count = services.send_notice(meeting, actor=request.user)
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
        else:
            if count:
                messages.success(
                    request,
                    ngettext(
                        "Kallelsen skickas med e-post till %(count)s kallad.",
                        "Kallelsen skickas med e-post till %(count)s kallade.",
                        count,
                    )
                    % {"count": count},
                )
            else:
                messages.warning(request, _("Ingen av de kallade har en e-postadress; ingen kallelse skickades."))
        return redirect("lead:meeting_documents", meeting.collaboration.slug, meeting.pk)


class MeetingDocumentView(LoginRequiredMixin, LeadMixin, View):
    """Download one rendered document, reached through the gateway (only its requester reaches it)."""

    def get(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        document = get_object_or_404(
            MeetingDocument.objects.visible_to(request.user)
            .filter(collaboration=self.get_collaboration(), meeting_id=kwargs["pk"])
            .select_related("meeting"),
            pk=kwargs["document"],
        )
        if not document.file:
            raise Http404(_("Handlingen är inte färdig än."))
        try:
            handle = document.file.open("rb")
        except FileNotFoundError as exc:
            raise Http404 from exc
        return FileResponse(
            handle,
            as_attachment=True,
            filename=document.file.name.rsplit("/", 1)[-1],
            content_type=CONTENT_TYPES[document.format],
        )
