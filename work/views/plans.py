"""Action plans (S5): every plan of the collaboration (each party's and the joint one), one plan with its
activities and versions, starting and changing a plan, saving a version, recording the party's decision
on a version, and the Excel template, export and import."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _t
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import FormView, TemplateView

from collaborations.parts.views import PartFormPageMixin
from core.exports import CONTENT_TYPES, content_disposition
from core.views import ServiceFormMixin
from work.forms.plans import ActionPlanForm, PlanDecisionForm, PlanImportForm, PlanVersionForm
from work.models import ActionPlan, ActionPlanVersion
from work.queries import plans as queries
from work.queries.plan_export import plan_workbook, template_workbook
from work.services import plan_import
from work.services import plans as services
from work.services.common import KEEP_PLAN, MANAGE, START_PLAN
from work.views.base import WorkCreateView, WorkMixin, WorkUpdateView


def _xlsx(content: bytes, name: str) -> HttpResponse:
    response = HttpResponse(content, content_type=CONTENT_TYPES["xlsx"])
    response["Content-Disposition"] = content_disposition(name, "xlsx")
    response["X-Content-Type-Options"] = "nosniff"
    return response


class PlanListView(WorkMixin, TemplateView):
    template_name = "work/plans.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context["plans"] = queries.plan_list(self.get_collaboration(), self.request.user)
        return context


class PlanDetailView(WorkMixin, TemplateView):
    template_name = "work/plan_detail.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        user = self.request.user
        plan = get_object_or_404(self.scoped(ActionPlan).select_related("organization"), pk=self.kwargs["pk"])
        today = timezone.localdate()
        context.update(
            object=plan,
            plan=plan,
            kind="plan",
            today=today,
            may_keep=user.has_perm(KEEP_PLAN, plan),
            **queries.plan_detail(plan, user),
        )
        return context


class PlanCreateView(WorkCreateView):
    form_class = ActionPlanForm
    permission = START_PLAN
    denied = _("Bara de som deltar i samverkan kan skriva en handlingsplan.")
    heading = _("Ny handlingsplan")

    def get_form_kwargs(self) -> dict[str, Any]:
        collaboration = self.get_collaboration()
        return {**super().get_form_kwargs(), "may_manage": self.request.user.has_perm(MANAGE, collaboration)}

    def get_initial(self) -> dict[str, Any]:
        return {"start_year": timezone.localdate().year}

    def perform(self, form: Any) -> Any:
        return services.create_action_plan(self.get_collaboration(), actor=self.request.user, **form.cleaned_data)

    def get_success_url(self) -> str:
        if getattr(self, "object", None):
            return self.object.get_absolute_url()
        return reverse("work:plans", args=[self.get_collaboration().slug])


class PlanUpdateView(WorkUpdateView):
    model = ActionPlan
    form_class = ActionPlanForm

    def get_form_kwargs(self) -> dict[str, Any]:
        collaboration = self.get_collaboration()
        return {**super().get_form_kwargs(), "may_manage": self.request.user.has_perm(MANAGE, collaboration)}

    def perform(self, form: Any) -> Any:
        return services.update_action_plan(self.object, actor=self.request.user, **self.changed_data(form))


class PlanFormMixin(WorkMixin, PartFormPageMixin, ServiceFormMixin):
    """A form about one plan, which only its keepers see."""

    permission = KEEP_PLAN
    denied = WorkCreateView.denied

    @cached_property
    def plan(self) -> ActionPlan:
        return get_object_or_404(self.scoped(ActionPlan), pk=self.kwargs["pk"])

    def permission_object(self) -> Any:
        return self.plan

    def get_success_url(self) -> str:
        return self.plan.get_absolute_url()


class PlanVersionSaveView(PlanFormMixin, FormView):
    form_class = PlanVersionForm
    success_message = _("Versionen är sparad.")

    def get_form_kwargs(self) -> dict[str, Any]:
        kwargs = super().get_form_kwargs()
        kwargs.pop("collaboration", None)
        kwargs.pop("user", None)
        return kwargs

    def get_heading(self) -> str:
        return _t("Spara ”%(plan)s” som ny version") % {"plan": self.plan}

    def perform(self, form: Any) -> Any:
        return services.save_plan_version(self.plan, actor=self.request.user, note=form.cleaned_data["note"])


class PlanDecisionView(WorkUpdateView):
    """The party's decision on one version of its plan."""

    model = ActionPlanVersion
    form_class = PlanDecisionForm
    success_message = _("Beslutet är sparat.")

    def get_object(self, queryset: Any = None) -> Any:
        if not hasattr(self, "_object"):
            self._object = get_object_or_404(
                self.scoped(ActionPlanVersion).select_related("plan"),
                plan_id=self.kwargs["pk"],
                number=self.kwargs["number"],
            )
        return self._object

    def permission_object(self) -> Any:
        return self.get_object().plan

    def get_heading(self) -> str:
        return _t("Beslut om %(version)s") % {"version": self.get_object()}

    def perform(self, form: Any) -> Any:
        return services.record_plan_decision(self.object, actor=self.request.user, **self.changed_data(form))


class PlanImportView(PlanFormMixin, FormView):
    """Read the plan in from the Excel template: every row is checked first; one error and nothing is saved."""

    template_name = "work/plan_import.html"
    form_class = PlanImportForm
    submit_once = False

    def get_heading(self) -> str:
        return _t("Läs in ”%(plan)s” från Excel") % {"plan": self.plan}

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        return super().get_context_data(plan=self.plan, row_errors=getattr(self, "row_errors", []), **kwargs)

    def form_valid(self, form: Any) -> HttpResponse:
        try:
            result = plan_import.import_action_plan(self.plan, form.cleaned_data["workbook"], actor=self.request.user)
        except ValidationError as exc:
            self.row_errors = exc.messages
            return self.render_to_response(self.get_context_data(form=form))
        if result.version is None:
            messages.info(self.request, _t("Filen är likadan som planen: inga ändringar, ingen ny version."))
        else:
            messages.success(
                self.request,
                _t(
                    "Inläst: %(created)s nya, %(updated)s ändrade och %(unchanged)s oförändrade aktiviteter; "
                    "sparat som version %(n)s."
                )
                % {
                    "created": result.created,
                    "updated": result.updated,
                    "unchanged": result.unchanged,
                    "n": result.version.number,
                },
            )
        if result.kept:
            messages.info(
                self.request,
                _t("%(n)s aktiviteter i planen fanns inte i filen och är kvar som de var: %(titles)s")
                % {"n": len(result.kept), "titles": ", ".join(str(a) for a in result.kept)},
            )
        return redirect(self.plan.get_absolute_url())


class PlanExportView(LoginRequiredMixin, WorkMixin, View):
    """The plan as the Excel template, with the activities the user may see."""

    def get(self, request: HttpRequest, slug: str, pk: int) -> HttpResponse:
        plan = get_object_or_404(self.scoped(ActionPlan), pk=pk)
        return _xlsx(plan_workbook(plan, request.user), plan.title)


class PlanTemplateView(LoginRequiredMixin, WorkMixin, View):
    """An empty template with the collaboration's goals, to fill in."""

    def get(self, request: HttpRequest, slug: str) -> HttpResponse:
        collaboration = self.get_collaboration()
        return _xlsx(template_workbook(collaboration, request.user), f"handlingsplan-mall-{collaboration.slug}")
