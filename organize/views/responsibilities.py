"""The responsibility matrix, the follow-up duties with their schedule, and what has no owner (W2)."""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from collaborations.parts.queries import visible_participations
from organize import queries, services
from organize.forms import FollowUpDutyForm, ResponsibilityForm
from organize.models import Body, FollowUpDuty, Responsibility
from organize.views.base import OrganizeCreateView, OrganizeMixin, OrganizeUpdateView


class ResponsibilitiesView(OrganizeMixin, TemplateView):
    template_name = "organize/responsibilities.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        collaboration, user = self.get_collaboration(), self.request.user
        parties = list(visible_participations(collaboration, user))
        duties = list(queries.follow_up_duties(collaboration, user))
        context.update(
            columns=queries.RESPONSIBILITY_COLUMNS,
            rows=[
                (row, row.cell_list(queries.RESPONSIBILITY_COLUMNS))
                for row in queries.responsibility_matrix(collaboration, user, parties)
            ],
            duties=[(duty, queries.schedule(duty)) for duty in duties],
            coordinator=next((p for p in parties if p.role == "coordinator"), None),
            visible_bodies=set(self.scoped(Body).values_list("pk", flat=True)),
        )
        return context


class OwnerlessView(OrganizeMixin, TemplateView):
    """Everything in the collaboration that no party owns."""

    template_name = "organize/ownerless.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["items"] = queries.ownerless(self.get_collaboration(), self.request.user)
        return context


class ResponsibilityCreateView(OrganizeCreateView):
    form_class = ResponsibilityForm
    heading = _("Nytt ansvar i ansvarsmatrisen")

    def get_initial(self):
        return {"visibility": self.get_collaboration().visibility, **self.request.GET.dict()}

    def perform(self, form):
        data = dict(form.cleaned_data)
        organization = data.pop("organization", None)
        return services.add_responsibility(self.get_collaboration(), organization, actor=self.request.user, **data)

    def get_success_url(self):
        return reverse("organize:responsibilities", args=[self.get_collaboration().slug])


class ResponsibilityUpdateView(OrganizeUpdateView):
    model = Responsibility
    form_class = ResponsibilityForm
    heading = _("Ändra ansvar")

    def perform(self, form):
        return services.update_responsibility(self.object, actor=self.request.user, **self.changed_data(form))


class FollowUpDutyCreateView(OrganizeCreateView):
    form_class = FollowUpDutyForm
    heading = _("Nytt uppföljningsansvar")

    def get_initial(self):
        return {"visibility": self.get_collaboration().visibility}

    def perform(self, form):
        return services.add_follow_up_duty(self.get_collaboration(), actor=self.request.user, **form.cleaned_data)

    def get_success_url(self):
        return reverse("organize:responsibilities", args=[self.get_collaboration().slug])


class FollowUpDutyUpdateView(OrganizeUpdateView):
    model = FollowUpDuty
    form_class = FollowUpDutyForm
    heading = _("Ändra uppföljningsansvar")

    def perform(self, form):
        return services.update_follow_up_duty(self.object, actor=self.request.user, **self.changed_data(form))
