"""Financing: cost-sharing models with their computation, external funding and each party's resources."""

from __future__ import annotations

from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from organize import queries, services
from organize.engine import CostSharingError
from organize.forms import ExternalFundingForm, FinancingModelForm, ResourceCommitmentForm
from organize.models import ExternalFunding, FinancingModel, ResourceCommitment
from organize.views.base import OrganizeCreateView, OrganizeMixin, OrganizeUpdateView


def _computation(model):
    """The computation, or the reason it cannot be made (e.g. a population not yet loaded)."""
    try:
        return queries.financing_computation(model), ""
    except CostSharingError as exc:
        return None, exc.message


class FinancingView(OrganizeMixin, TemplateView):
    template_name = "organize/financing.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        collaboration, user = self.get_collaboration(), self.request.user
        resource_years = queries.resources_by_year(collaboration, user)
        context.update(
            models=list(queries.financing_models_for(collaboration, user)),
            external=list(queries.external_funding_for(collaboration, user)),
            resource_years=resource_years,
            may_report={
                c.pk for y in resource_years for c in y.commitments if user.has_perm("organize.report_resources", c)
            },
        )
        return context


class FinancingDetailView(OrganizeMixin, TemplateView):
    template_name = "organize/financing_detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        model = get_object_or_404(
            queries.financing_models_with_groups(self.get_collaboration(), self.request.user), pk=self.kwargs["pk"]
        )
        computation, error = _computation(model)
        sourced = [s for s in model.shares.all() if s.has_source or s.is_assumption]
        context.update(object=model, model=model, computation=computation, error=error, sourced_shares=sourced)
        return context


class FinancingCreateView(OrganizeCreateView):
    form_class = FinancingModelForm
    template_name = "organize/financing_form.html"
    heading = _("Ny finansieringsmodell")

    def get_initial(self):
        return {"visibility": self.get_collaboration().visibility}

    def perform(self, form):
        data = form.service_data()
        shares, groups = data.pop("shares"), data.pop("groups")
        return services.create_financing_model(
            self.get_collaboration(), actor=self.request.user, shares=shares, groups=groups, **data
        )

    def get_success_url(self):
        if getattr(self, "object", None):
            return self.object.get_absolute_url()
        return reverse("organize:financing", args=[self.get_collaboration().slug])


class FinancingUpdateView(OrganizeUpdateView):
    model = FinancingModel
    form_class = FinancingModelForm
    template_name = "organize/financing_form.html"

    def get_heading(self):
        return _("Ändra %(obj)s") % {"obj": self.get_object()}

    def get_queryset(self):
        return queries.financing_models_with_groups(self.get_collaboration(), self.request.user)

    def perform(self, form):
        data = form.service_data()
        shares, groups = data.pop("shares"), data.pop("groups")
        data = {k: v for k, v in data.items() if k in form.fields}
        return services.update_financing_model(
            self.object, actor=self.request.user, shares=shares, groups=groups, **data
        )


class ExternalFundingCreateView(OrganizeCreateView):
    form_class = ExternalFundingForm
    heading = _("Ny extern finansiering")

    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        form.fields["funder"].queryset = form.fields["funder"].queryset.model.objects.order_by("name")
        return form

    def get_initial(self):
        return {"visibility": self.get_collaboration().visibility}

    def perform(self, form):
        return services.add_external_funding(self.get_collaboration(), actor=self.request.user, **form.cleaned_data)

    def get_success_url(self):
        return reverse("organize:financing", args=[self.get_collaboration().slug]) + "#extern"


class ExternalFundingUpdateView(OrganizeUpdateView):
    model = ExternalFunding
    form_class = ExternalFundingForm
    heading = _("Ändra extern finansiering")

    def perform(self, form):
        return services.update_external_funding(self.object, actor=self.request.user, **self.changed_data(form))


class ResourceCommitmentCreateView(OrganizeCreateView):
    form_class = ResourceCommitmentForm
    heading = _("Avsatta resurser för en part och ett år")

    def get_initial(self):
        return {"visibility": self.get_collaboration().visibility}

    def perform(self, form):
        data = dict(form.cleaned_data)
        organization, year = data.pop("organization"), data.pop("year")
        return services.set_resource_commitment(
            self.get_collaboration(), organization, year, actor=self.request.user, **data
        )

    def get_success_url(self):
        return reverse("organize:financing", args=[self.get_collaboration().slug]) + "#resurser"


class ResourceCommitmentUpdateView(OrganizeUpdateView):
    model = ResourceCommitment
    form_class = ResourceCommitmentForm
    heading = _("Ändra avsatta resurser")
    permission = "organize.report_resources"

    def perform(self, form):
        data = self.changed_data(form)
        obj = self.object
        data.pop("organization", None)
        data.pop("year", None)
        return services.set_resource_commitment(
            obj.collaboration, obj.organization, obj.year, actor=self.request.user, **data
        )
