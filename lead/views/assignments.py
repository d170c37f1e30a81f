"""Assignments (L3): the collaboration's list (by body, organization, status, overdue), one assignment
with its reminders and the meetings that followed it up, giving one (at a meeting, by a decision, by a
body), changing it, the owner's report and cancelling it."""

from __future__ import annotations

from typing import Any

from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _t
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView, TemplateView

from collaborations.parts.queries import visible_parties
from collaborations.parts.views import FORM_TEMPLATE, PartFormPageMixin
from core.numbers import read_id
from core.views import ServiceFormMixin
from lead.choices import OPEN_ASSIGNMENT, AssignmentStatus, MeetingStatus
from lead.forms.assignments import AssignmentForm, CancelForm, ReportForm
from lead.models import Assignment, AssignmentReminder, Decision, Meeting
from lead.services import assignments as services
from lead.services.common import MANAGE, REPORT_ASSIGNMENT
from lead.views.base import LeadCreateView, LeadMixin, LeadUpdateView
from organize.models import Body

FILTERS = ("organ", "organisation", "status", "forsenade")


def overdue_q(day: Any = None) -> Q:
    """Open and past its due date."""
    return Q(status__in=OPEN_ASSIGNMENT, due_date__lt=day or timezone.localdate())


class AssignmentListView(LeadMixin, TemplateView):
    template_name = "lead/assignments.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        collaboration, params = self.get_collaboration(), self.request.GET
        today = timezone.localdate()
        assignments = self.scoped(Assignment).select_related("body", "owner_person", "owner_organization", "meeting")
        body_id, organization_id = read_id(params.get("organ")), read_id(params.get("organisation"))
        status = params.get("status", "")
        overdue = params.get("forsenade") == "1"
        if body_id:
            assignments = assignments.filter(body_id=body_id)
        if organization_id:
            assignments = assignments.filter(owner_organization_id=organization_id)
        if status == "open":
            assignments = assignments.filter(status__in=OPEN_ASSIGNMENT)
        elif status in AssignmentStatus.values:
            assignments = assignments.filter(status=status)
        if overdue:
            assignments = assignments.filter(overdue_q(today))
        bodies = sorted(self.scoped(Body), key=lambda b: b.name)
        context.update(
            assignments=list(assignments.order_by("due_date", "pk")),
            today=today,
            bodies=bodies,
            open_bodies=[b for b in bodies if not b.is_closed(today)] if context["may_lead"] else [],
            organizations=list(visible_parties(collaboration, self.request.user)),
            statuses=[("open", _t("Pågående och ej påbörjade")), *AssignmentStatus.choices],
            chosen={"organ": body_id, "organisation": organization_id, "status": status, "forsenade": overdue},
            filtered=any(params.get(name) for name in FILTERS),
        )
        return context


class AssignmentDetailView(LeadMixin, TemplateView):
    template_name = "lead/assignment_detail.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        user = self.request.user
        assignment = get_object_or_404(
            self.scoped(Assignment).select_related(
                "body", "meeting", "decision", "goal", "owner_person", "owner_organization"
            ),
            pk=self.kwargs["pk"],
        )
        # The meetings of the body that followed it up: held after it was given, until it was closed.
        meetings = Meeting.objects.visible_to(user).filter(body_id=assignment.body_id, date__gt=assignment.given_on)
        if assignment.completed_on is not None:
            meetings = meetings.filter(date__lte=assignment.completed_on)
        context.update(
            object=assignment,
            assignment=assignment,
            kind="uppdrag",
            is_overdue=assignment.is_overdue(),
            may_report=user.has_perm(REPORT_ASSIGNMENT, assignment),
            may_change=user.has_perm(MANAGE, assignment),
            follow_ups=list(meetings.exclude(status=MeetingStatus.CANCELLED).order_by("date", "pk")),
            reminders=list(AssignmentReminder.objects.visible_to(user).filter(assignment=assignment)),
        )
        return context


class AssignmentCreateView(LeadCreateView):
    """Give an assignment at a meeting (`mote`), by a decision (`beslut`) or directly by a body (`organ`)."""

    form_class = AssignmentForm
    SOURCES = {"mote": Meeting, "beslut": Decision, "organ": Body}

    @cached_property
    def source(self) -> Any:
        model = self.SOURCES.get(self.kwargs["source"])
        if model is None:
            raise Http404
        return get_object_or_404(self.scoped(model), pk=self.kwargs["pk"])

    def permission_object(self) -> Any:
        return self.source

    def get_heading(self) -> str:
        if isinstance(self.source, Meeting):
            return _t("Nytt uppdrag från mötet %(meeting)s") % {"meeting": self.source}
        if isinstance(self.source, Decision):
            return _t("Nytt uppdrag genom beslut %(decision)s") % {"decision": self.source}
        return _t("Nytt uppdrag från %(body)s") % {"body": self.source}

    def get_initial(self) -> dict[str, Any]:
        return {"visibility": self.source.visibility}

    def perform(self, form: Any) -> Any:
        return services.give_assignment(self.source, actor=self.request.user, **form.cleaned_data)

    def get_success_url(self) -> str:
        if getattr(self, "object", None):
            return self.object.get_absolute_url()
        if isinstance(self.source, Body):
            return self.source.get_absolute_url()
        return reverse("lead:assignments", args=[self.get_collaboration().slug])


class AssignmentUpdateView(LeadUpdateView):
    model = Assignment
    form_class = AssignmentForm

    def perform(self, form: Any) -> Any:
        return services.update_assignment(self.object, actor=self.request.user, **self.changed_data(form))


class AssignmentReportView(LeadUpdateView):
    """The owner's (or a coordinator's) report: status and what was done."""

    model = Assignment
    form_class = ReportForm
    permission = REPORT_ASSIGNMENT
    denied = _("Bara den ansvarige och samverkans samordnare kan återrapportera uppdraget.")

    def get_heading(self) -> str:
        return _t("Återrapportera ”%(obj)s”") % {"obj": self.get_object()}

    def get_form_kwargs(self) -> dict[str, Any]:
        return {**super().get_form_kwargs(), "may_cancel": self.request.user.has_perm(MANAGE, self.get_object())}

    def perform(self, form: Any) -> Any:
        data = form.cleaned_data
        return services.report_assignment(
            self.object, actor=self.request.user, status=data["status"], report=data["report"]
        )


class AssignmentCancelView(LeadMixin, PartFormPageMixin, ServiceFormMixin, FormView):
    """Cancel an open assignment, with the reason."""

    template_name = FORM_TEMPLATE
    form_class = CancelForm
    permission = MANAGE
    success_message = _("Uppdraget är avbrutet och följs inte längre upp.")

    @cached_property
    def assignment(self) -> Assignment:
        return get_object_or_404(self.scoped(Assignment), pk=self.kwargs["pk"])

    def permission_object(self) -> Any:
        return self.assignment

    def get_form_kwargs(self) -> dict[str, Any]:
        kwargs = super().get_form_kwargs()
        kwargs.pop("collaboration", None)
        kwargs.pop("user", None)
        return kwargs

    def get_heading(self) -> str:
        return _t("Avbryt uppdraget ”%(obj)s”") % {"obj": self.assignment}

    def perform(self, form: Any) -> Any:
        return services.cancel_assignment(
            self.assignment, actor=self.request.user, reason=form.cleaned_data.get("reason", "")
        )

    def get_success_url(self) -> str:
        return self.assignment.get_absolute_url()
