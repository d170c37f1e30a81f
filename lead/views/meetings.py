"""Pages of meetings (L1, L5): the dashboard of the bodies' meetings, the list of meetings, a meeting
with its agenda, minutes, approval and attendance, and the forms that keep them. A meeting of a body
under secrecy shows only its date, its attendance and the assignments it follows up."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import FormView, TemplateView

from collaborations.parts.views import PartFormPageMixin, serve_attachment
from core.permissions import scope_for
from core.views import ServiceFormMixin
from lead.forms.meetings import (
    AgendaDocumentForm,
    AgendaItemForm,
    ApproversForm,
    AttendanceForm,
    CancelForm,
    CarryOverForm,
    CorrectionForm,
    GuestForm,
    MeetingFilterForm,
    MeetingForm,
    MeetingSeriesForm,
    MinutesForm,
)
from lead.models import AgendaDocument, AgendaItem, Meeting, MinutesApproval
from lead.queries import meetings as queries
from lead.queries.assignments import followed_up_at
from lead.services import attendance as attendance_services
from lead.services import meetings as meetings_services
from lead.services import minutes as minutes_services
from lead.services.common import APPROVE_MINUTES, KEEP_MEETING, MANAGE
from lead.views.base import LeadCreateView, LeadMixin, LeadUpdateView
from organize.models import Body


class DashboardView(LeadMixin, TemplateView):
    """Per body the user sees (not dissolved): its next meeting and its last held one."""

    template_name = "lead/dashboard.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        rows = queries.bodies_led(self.get_collaboration(), self.request.user, timezone.localdate())
        context.update(rows=rows, today=timezone.localdate())
        return context


class MeetingListView(LeadMixin, TemplateView):
    """Every meeting the user may see, newest first; filtered by body and year."""

    template_name = "lead/meetings.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        collaboration, user = self.get_collaboration(), self.request.user
        bodies = list(self.scoped(Body).order_by("name", "pk"))
        form = MeetingFilterForm(self.request.GET or None, bodies=bodies)
        body = year = None
        if form.is_bound and form.is_valid():
            body, year = form.cleaned_data["organ"], form.cleaned_data["ar"]
        context.update(
            filter_form=form,
            meetings=list(queries.meetings_of(collaboration, user, body, year)),
            # the bodies a coordinator may plan meetings for: those not dissolved
            bodies=[b for b in bodies if not b.is_closed(timezone.localdate())]
            if user.has_perm(MANAGE, collaboration)
            else [],
        )
        return context


class MeetingScopedMixin(LeadMixin):
    """The meeting in the URL (`meeting`), reached through the gateway (404 when hidden)."""

    meeting_kwarg = "meeting"

    def get_meeting(self) -> Meeting:
        if not hasattr(self, "_meeting"):
            self._meeting = get_object_or_404(
                self.scoped(Meeting).select_related("body", "chair", "secretary"), pk=self.kwargs[self.meeting_kwarg]
            )
        return self._meeting


class MeetingDetailView(MeetingScopedMixin, TemplateView):
    template_name = "lead/meeting_detail.html"
    meeting_kwarg = "pk"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        meeting, user = self.get_meeting(), self.request.user
        attendances = queries.attendance_of(meeting, user)
        secret = meeting.body.is_secret
        may_keep = user.has_perm(KEEP_MEETING, meeting)
        approvals = [] if secret else queries.approvals_of(meeting, user)
        person_id = getattr(getattr(user, "person", None), "pk", None)
        context.update(
            object=meeting,
            meeting=meeting,
            secret=secret,
            items=[] if secret else queries.agenda(meeting, user),
            attendances=attendances,
            quorum=queries.quorum_at(meeting, attendances),
            approvals=approvals,
            my_approval=next(
                (a for a in approvals if a.person_id == person_id and a.approved_on is None and meeting.is_held), None
            ),
            followed_up=list(followed_up_at(meeting, user)),
            may_keep=may_keep,
            may_manage=user.has_perm(MANAGE, meeting),
            may_write_minutes=may_keep and meeting.is_held and not secret and not meeting.minutes_frozen,
            may_correct=may_keep and meeting.minutes_frozen and not secret,
            kind="mote",
        )
        return context


# Forms --------------------------------------------------------------------------------------------


class MeetingCreateView(LeadCreateView):
    """A new meeting of a body (`?organ=` or the body in the URL)."""

    form_class = MeetingForm

    def get_body(self) -> Body:
        if not hasattr(self, "_body"):
            self._body = get_object_or_404(self.scoped(Body), pk=self.kwargs["body"])
        return self._body

    def permission_object(self) -> Any:
        return self.get_body()

    def get_heading(self) -> str:
        return str(_("Nytt möte i %(body)s") % {"body": self.get_body()})

    def perform(self, form: Any) -> Any:
        return meetings_services.create_meeting(self.get_body(), actor=self.request.user, **form.cleaned_data)

    def get_success_url(self) -> str:
        if getattr(self, "object", None):
            return str(self.object.get_absolute_url())
        return reverse("lead:meetings", args=[self.get_collaboration().slug])


class MeetingSeriesView(LeadMixin, PartFormPageMixin, ServiceFormMixin, FormView):
    """A series of meetings from the body's rhythm."""

    form_class = MeetingSeriesForm
    permission = MANAGE

    def get_body(self) -> Body:
        if not hasattr(self, "_body"):
            self._body = get_object_or_404(self.scoped(Body), pk=self.kwargs["body"])
        return self._body

    def permission_object(self) -> Any:
        return self.get_body()

    def get_heading(self) -> str:
        return str(_("Planera en serie möten i %(body)s") % {"body": self.get_body()})

    def perform(self, form: Any) -> Any:
        return meetings_services.plan_meetings(self.get_body(), actor=self.request.user, **form.service_data())

    def get_success_url(self) -> str:
        return reverse("lead:meetings", args=[self.get_collaboration().slug]) + f"?organ={self.get_body().pk}"


class MeetingUpdateView(LeadUpdateView):
    """Change or move a meeting; moved, its calls follow the members on the new date."""

    model = Meeting
    form_class = MeetingForm
    permission = KEEP_MEETING

    def perform(self, form: Any) -> Any:
        return attendance_services.move_meeting(self.object, actor=self.request.user, **self.changed_data(form))


class MeetingActionView(MeetingScopedMixin, PartFormPageMixin, ServiceFormMixin, FormView):
    """A form about one meeting (its permission on the meeting), back to the meeting's page."""

    meeting_kwarg = "pk"
    anchor = ""

    def permission_object(self) -> Any:
        return self.get_meeting()

    def get_success_url(self) -> str:
        return self.get_meeting().get_absolute_url() + self.anchor

    def get_form_kwargs(self) -> dict[str, Any]:
        return {**super().get_form_kwargs(), **self.extra_form_kwargs()}

    def extra_form_kwargs(self) -> dict[str, Any]:
        return {}


class MeetingCancelView(MeetingActionView):
    form_class = CancelForm
    permission = MANAGE

    def get_heading(self) -> str:
        return str(_("Ställ in %(meeting)s") % {"meeting": self.get_meeting()})

    def perform(self, form: Any) -> Any:
        reason = form.cleaned_data["reason"]
        return meetings_services.cancel_meeting(self.get_meeting(), actor=self.request.user, reason=reason)


class MeetingHoldView(LoginRequiredMixin, MeetingScopedMixin, View):
    """Mark the meeting held (POST)."""

    def post(self, request: HttpRequest, slug: str, pk: int) -> HttpResponse:
        meeting = get_object_or_404(self.scoped(Meeting).select_related("body"), pk=pk)
        if not request.user.has_perm(KEEP_MEETING, meeting):
            raise PermissionDenied(_("Bara mötets ordförande, sekreterare eller samordnarna kan göra det."))
        try:
            meetings_services.hold_meeting(meeting, actor=request.user)
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            messages.success(request, _("Mötet är markerat som genomfört."))
        return redirect(meeting.get_absolute_url())


class ItemCreateView(MeetingActionView):
    form_class = AgendaItemForm
    permission = KEEP_MEETING
    anchor = "#dagordning"

    def get_heading(self) -> str:
        return str(_("Ny punkt på dagordningen för %(meeting)s") % {"meeting": self.get_meeting()})

    def get_initial(self) -> dict[str, Any]:
        return {"visibility": self.get_meeting().visibility}

    def perform(self, form: Any) -> Any:
        return meetings_services.add_agenda_item(self.get_meeting(), actor=self.request.user, **form.cleaned_data)


class ItemScopedMixin(MeetingScopedMixin):
    def get_item(self) -> AgendaItem:
        if not hasattr(self, "_item"):
            self._item = get_object_or_404(
                self.scoped(AgendaItem).filter(meeting=self.get_meeting()).select_related("meeting__body"),
                pk=self.kwargs["item"],
            )
        return self._item


class ItemUpdateView(LeadUpdateView):
    model = AgendaItem
    form_class = AgendaItemForm
    permission = KEEP_MEETING

    def get_queryset(self) -> Any:
        return super().get_queryset().filter(meeting_id=self.kwargs["meeting"]).select_related("meeting__body")

    def perform(self, form: Any) -> Any:
        return meetings_services.update_agenda_item(self.object, actor=self.request.user, **self.changed_data(form))


class ItemActionView(ItemScopedMixin, MeetingActionView):
    meeting_kwarg = "meeting"
    permission = KEEP_MEETING

    def get_success_url(self) -> str:
        return self.get_meeting().get_absolute_url() + f"#punkt-{self.get_item().pk}"

    def check_permission(self) -> None:
        if self.get_meeting().body.is_secret and self.secret_refused:
            raise PermissionDenied(
                _("%(body)s är under sekretess och för inga protokoll.") % {"body": self.get_meeting().body}
            )
        super().check_permission()

    secret_refused = False


class ItemCarryOverView(ItemActionView):
    form_class = CarryOverForm

    def get_heading(self) -> str:
        return str(_("Flytta ”%(item)s” till ett senare möte") % {"item": self.get_item()})

    def extra_form_kwargs(self) -> dict[str, Any]:
        return {"meeting": self.get_meeting()}

    def perform(self, form: Any) -> Any:
        return meetings_services.carry_over_item(self.get_item(), actor=self.request.user, to=form.cleaned_data["to"])

    def get_success_url(self) -> str:
        target = getattr(self, "object", None)
        if target is not None:
            return str(target.get_absolute_url())
        return super().get_success_url()


class DocumentCreateView(ItemActionView):
    form_class = AgendaDocumentForm

    def get_heading(self) -> str:
        return str(_("Ny handling till ”%(item)s”") % {"item": self.get_item()})

    def perform(self, form: Any) -> Any:
        return attendance_services.add_agenda_document(self.get_item(), actor=self.request.user, **form.cleaned_data)


class DocumentFileView(MeetingScopedMixin, View):
    """An agenda item's document, reached through the gateway."""

    def get(self, request: HttpRequest, slug: str, meeting: int, pk: int) -> Any:
        document = get_object_or_404(self.scoped(AgendaDocument).filter(item__meeting=self.get_meeting()), pk=pk)
        return serve_attachment(request, document)


class MinutesView(ItemActionView):
    form_class = MinutesForm
    secret_refused = True

    def get_heading(self) -> str:
        return str(_("Protokollsanteckning: %(item)s") % {"item": self.get_item()})

    def get_initial(self) -> dict[str, Any]:
        return {"minutes": self.get_item().minutes}

    def perform(self, form: Any) -> Any:
        minutes = form.cleaned_data["minutes"]
        return minutes_services.write_minutes(self.get_item(), actor=self.request.user, minutes=minutes)


class CorrectionView(ItemActionView):
    form_class = CorrectionForm
    secret_refused = True

    def get_heading(self) -> str:
        return str(_("Rätta det justerade protokollet: %(item)s") % {"item": self.get_item()})

    def get_initial(self) -> dict[str, Any]:
        return {"after": self.get_item().minutes}

    def perform(self, form: Any) -> Any:
        return minutes_services.correct_minutes(self.get_item(), actor=self.request.user, **form.cleaned_data)


class GuestCreateView(MeetingActionView):
    form_class = GuestForm
    permission = KEEP_MEETING
    anchor = "#narvaro"

    def get_heading(self) -> str:
        return str(_("Bjud in en gäst till %(meeting)s") % {"meeting": self.get_meeting()})

    def perform(self, form: Any) -> Any:
        data = dict(form.cleaned_data)
        person = data.pop("person")
        return attendance_services.invite_guest(self.get_meeting(), person, actor=self.request.user, **data)


class AttendanceView(MeetingActionView):
    """One form for everyone called."""

    form_class = AttendanceForm
    permission = KEEP_MEETING
    anchor = "#narvaro"
    template_name = "lead/attendance_form.html"

    def get_heading(self) -> str:
        return str(_("Närvaro vid %(meeting)s") % {"meeting": self.get_meeting()})

    def extra_form_kwargs(self) -> dict[str, Any]:
        return {"attendances": queries.attendance_of(self.get_meeting(), self.request.user)}

    def perform(self, form: Any) -> Any:
        attendance_services.record_attendance(self.get_meeting(), actor=self.request.user, rows=form.service_rows())
        return self.get_meeting()


class ApproversView(MeetingActionView):
    form_class = ApproversForm
    permission = KEEP_MEETING
    anchor = "#justering"

    def check_permission(self) -> None:
        if self.get_meeting().body.is_secret:
            raise PermissionDenied(
                _("%(body)s är under sekretess och för inga protokoll.") % {"body": self.get_meeting().body}
            )
        super().check_permission()

    def get_heading(self) -> str:
        return str(_("Justerare av protokollet från %(meeting)s") % {"meeting": self.get_meeting()})

    def get_initial(self) -> dict[str, Any]:
        return {"persons": [a.person_id for a in queries.approvals_of(self.get_meeting(), self.request.user)]}

    def extra_form_kwargs(self) -> dict[str, Any]:
        return {"attendances": queries.attendance_of(self.get_meeting(), self.request.user)}

    def perform(self, form: Any) -> Any:
        minutes_services.name_approvers(self.get_meeting(), actor=self.request.user, persons=form.chosen())
        return self.get_meeting()


class ApproveView(LoginRequiredMixin, MeetingScopedMixin, View):
    """The approver approves the minutes in their own name (POST)."""

    def post(self, request: HttpRequest, slug: str, pk: int) -> HttpResponse:
        meeting = self.get_meeting_by(pk)
        approval = get_object_or_404(
            MinutesApproval.objects.visible_to(request.user).filter(meeting=meeting).select_related("person"),
            person_id=scope_for(request.user).person_id,
        )
        if not request.user.has_perm(APPROVE_MINUTES, meeting):
            raise PermissionDenied
        try:
            minutes_services.approve_minutes(approval, actor=request.user)
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            messages.success(request, _("Du har justerat protokollet."))
        return redirect(meeting.get_absolute_url() + "#justering")

    def get_meeting_by(self, pk: int) -> Meeting:
        self.kwargs["meeting"] = pk
        return self.get_meeting()
