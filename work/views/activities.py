"""Activities (W1–W4): one activity with its progress notes, pilot, competences, target groups and
resources; adding and changing one, a progress note, the evaluation, the scale-up, a competence, a target
group and a year's resources."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _t
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import FormView, TemplateView

from collaborations.parts.views import PartFormPageMixin
from core.views import ServiceFormMixin
from work.engine.pilot import RULE
from work.forms.activities import (
    ActivityForm,
    CompetenceForm,
    EvaluationForm,
    ProgressNoteForm,
    ResourceAmountsForm,
    ResourceForm,
    TargetGroupForm,
)
from work.models import ActionPlan, Activity, ActivityCompetence, ActivityResource, ActivityTargetGroup
from work.queries import activity_page
from work.services import activities as services
from work.services import parts, resources
from work.services.common import KEEP_PLAN, REPORT_ACTIVITY
from work.views.base import WorkCreateView, WorkMixin, WorkUpdateView

REPORT_DENIED = _("Bara aktivitetens ansvariga, partens företrädare och samverkans samordnare kan göra det här.")


class ActivityDetailView(WorkMixin, TemplateView):
    template_name = "work/activity_detail.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        user = self.request.user
        activity = get_object_or_404(activity_page.activity_queryset(self.scoped(Activity), user), pk=self.kwargs["pk"])
        today = timezone.localdate()
        context.update(
            object=activity,
            activity=activity,
            kind="aktivitet",
            today=today,
            is_late=activity.is_late(today),
            pilot_rule=RULE,
            may_keep=user.has_perm(KEEP_PLAN, activity),
            may_report=user.has_perm(REPORT_ACTIVITY, activity),
            **activity_page.activity_detail(activity, user),
        )
        return context


class ActivityCreateView(WorkCreateView):
    form_class = ActivityForm

    @cached_property
    def plan(self) -> ActionPlan:
        return get_object_or_404(self.scoped(ActionPlan), pk=self.kwargs["pk"])

    def permission_object(self) -> Any:
        return self.plan

    def get_heading(self) -> str:
        return _t("Ny aktivitet i ”%(plan)s”") % {"plan": self.plan}

    def get_initial(self) -> dict[str, Any]:
        initial: dict[str, Any] = {"visibility": self.plan.visibility}
        if self.plan.organization_id:
            initial["owner_organization"] = self.plan.organization_id
        return initial

    def perform(self, form: Any) -> Any:
        return services.create_activity(self.plan, actor=self.request.user, **form.cleaned_data)

    def get_success_url(self) -> str:
        if getattr(self, "object", None):
            return self.object.get_absolute_url()
        return self.plan.get_absolute_url()


class ActivityUpdateView(WorkUpdateView):
    model = Activity
    form_class = ActivityForm

    def perform(self, form: Any) -> Any:
        return services.update_activity(self.object, actor=self.request.user, **self.changed_data(form))


class ActivityFormMixin(WorkMixin, PartFormPageMixin, ServiceFormMixin):
    """A form about one activity, for its owner, the plan's keepers and the coordinators."""

    permission = REPORT_ACTIVITY
    denied = REPORT_DENIED

    @cached_property
    def activity(self) -> Activity:
        return get_object_or_404(self.scoped(Activity).select_related("plan"), pk=self.kwargs["pk"])

    def permission_object(self) -> Any:
        return self.activity

    def get_success_url(self) -> str:
        return self.activity.get_absolute_url()


class ProgressNoteCreateView(ActivityFormMixin, FormView):
    form_class = ProgressNoteForm
    success_message = _("Lägesrapporten är sparad.")

    def get_heading(self) -> str:
        return _t("Lägesrapport för ”%(activity)s”") % {"activity": self.activity}

    def get_initial(self) -> dict[str, Any]:
        return {"status": self.activity.status, "written_on": timezone.localdate()}

    def perform(self, form: Any) -> Any:
        data = form.cleaned_data
        return services.add_progress_note(
            self.activity,
            actor=self.request.user,
            text=data["text"],
            status=data["status"],
            written_on=data["written_on"],
        )


class EvaluationView(WorkUpdateView):
    """The pilot's evaluation: saved onto the version the form was based on (`ServiceUpdateMixin`)."""

    model = Activity
    form_class = EvaluationForm
    permission = REPORT_ACTIVITY
    denied = REPORT_DENIED
    success_message = _("Utvärderingen är sparad.")

    def get_heading(self) -> str:
        return _t("Utvärdering av piloten ”%(activity)s”") % {"activity": self.get_object()}

    def perform(self, form: Any) -> Any:
        data = form.cleaned_data
        return services.record_evaluation(
            self.object,
            actor=self.request.user,
            evaluated_on=data["evaluated_on"],
            evaluation_result=data["evaluation_result"],
        )


class ScaleUpView(LoginRequiredMixin, WorkMixin, View):
    """Mark the innovation scaled up (POST); a refusal says the rule."""

    def post(self, request: HttpRequest, slug: str, pk: int) -> HttpResponse:
        activity = get_object_or_404(self.scoped(Activity), pk=pk)
        if not request.user.has_perm(REPORT_ACTIVITY, activity):
            raise PermissionDenied(REPORT_DENIED)
        try:
            services.scale_up_activity(activity, actor=request.user)
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            messages.success(request, _t("Aktiviteten är markerad som uppskalad."))
        return redirect(activity.get_absolute_url() + "#kunskapsgrund")


class CompetenceCreateView(ActivityFormMixin, FormView):
    form_class = CompetenceForm
    success_message = _("Kompetensen är sparad.")

    def get_heading(self) -> str:
        return _t("Kompetens som ”%(activity)s” behöver") % {"activity": self.activity}

    def perform(self, form: Any) -> Any:
        return parts.add_competence(self.activity, actor=self.request.user, **form.cleaned_data)

    def get_success_url(self) -> str:
        return self.activity.get_absolute_url() + "#kompetenser"


class ActivityPartUpdateView(WorkUpdateView):
    """Change one part of an activity (a competence, a target group) onto the version the form was based on."""

    permission = REPORT_ACTIVITY
    denied = REPORT_DENIED
    anchor = ""

    def permission_object(self) -> Any:
        return self.get_object().activity

    def get_success_url(self) -> str:
        return self.get_object().activity.get_absolute_url() + self.anchor


class CompetenceUpdateView(ActivityPartUpdateView):
    """Say which party provides a competence (a gap filled), or change it."""

    model = ActivityCompetence
    form_class = CompetenceForm
    anchor = "#kompetenser"

    def perform(self, form: Any) -> Any:
        return parts.update_competence(self.object, actor=self.request.user, **self.changed_data(form))


class TargetGroupUpdateView(ActivityPartUpdateView):
    model = ActivityTargetGroup
    form_class = TargetGroupForm
    anchor = "#malgrupper"

    def perform(self, form: Any) -> Any:
        return parts.update_target_group(self.object, actor=self.request.user, **self.changed_data(form))


class TargetGroupCreateView(ActivityFormMixin, FormView):
    form_class = TargetGroupForm
    success_message = _("Målgruppen är sparad.")

    def get_heading(self) -> str:
        return _t("Målgrupp för ”%(activity)s”") % {"activity": self.activity}

    def perform(self, form: Any) -> Any:
        return parts.add_target_group(self.activity, actor=self.request.user, **form.cleaned_data)

    def get_success_url(self) -> str:
        return self.activity.get_absolute_url() + "#malgrupper"


class ResourceSetView(ActivityFormMixin, FormView):
    """Money and staff time for a year not yet given (a year already given is changed in its own form)."""

    form_class = ResourceForm
    success_message = _("Resurserna är sparade.")

    def get_heading(self) -> str:
        return _t("Resurser för ”%(activity)s”") % {"activity": self.activity}

    def get_initial(self) -> dict[str, Any]:
        return {"year": timezone.localdate().year}

    def perform(self, form: Any) -> Any:
        data = dict(form.cleaned_data)
        year = data.pop("year")
        if ActivityResource.objects.visible_to(self.request.user).filter(activity=self.activity, year=year).exists():
            raise ValidationError(
                {"year": _t("Året har redan resurser; ändra dem i tabellen på aktivitetens sida.")}, code="exists"
            )
        return resources.set_activity_resource(self.activity, actor=self.request.user, year=year, **data)

    def get_success_url(self) -> str:
        return self.activity.get_absolute_url() + "#resurser"


class ResourceUpdateView(WorkUpdateView):
    """Change one year's money and staff time, onto the version the form was based on."""

    model = ActivityResource
    form_class = ResourceAmountsForm
    permission = REPORT_ACTIVITY
    denied = REPORT_DENIED
    success_message = _("Resurserna är sparade.")

    def permission_object(self) -> Any:
        return self.get_object().activity

    def get_heading(self) -> str:
        return _t("Resurser %(year)s för ”%(activity)s”") % {
            "year": self.get_object().year,
            "activity": self.get_object().activity,
        }

    def perform(self, form: Any) -> Any:
        resource = self.object
        return resources.set_activity_resource(
            resource.activity, actor=self.request.user, year=resource.year, **form.cleaned_data
        )

    def get_success_url(self) -> str:
        return self.get_object().activity.get_absolute_url() + "#resurser"
