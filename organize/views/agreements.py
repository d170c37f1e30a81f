"""The overview of the formal basis, agreements, their versions and each party's adoption."""

from __future__ import annotations

from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import TemplateView, UpdateView

from actors.models import Organization
from collaborations.parts.queries import visible_participations, visible_parties
from collaborations.parts.time import AsOfMixin
from collaborations.parts.views import serve_attachment
from core.views import ServiceUpdateMixin, lazy_context
from organize import queries, services
from organize.forms import AdoptionForm, AgreementForm, AgreementVersionForm
from organize.models import Adoption, Agreement, AgreementVersion
from organize.views.base import (
    OrganizeCreateView,
    OrganizeFormMixin,
    OrganizeMixin,
    OrganizeUpdateView,
)


class OverviewView(AsOfMixin, OrganizeMixin, TemplateView):
    """Organisering: agreements with their adoption, bodies, responsibilities and financing at a glance."""

    template_name = "organize/overview.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        collaboration, user = self.get_collaboration(), self.request.user

        def worked_out():  # only when the cached part is missing
            parties = list(visible_participations(collaboration, user))
            return {
                "boards": [
                    queries.adoption_board(a, parties, self.on) for a in queries.agreements_for(collaboration, user)
                ],
                "bodies": queries.flatten(queries.body_tree(list(queries.bodies_for(collaboration, user)))),
                "financing": list(queries.financing_models_for(collaboration, user)[:5]),
                "ownerless_count": len(queries.ownerless(collaboration, user)),
            }

        context.update(lazy_context(worked_out, "boards", "bodies", "financing", "ownerless_count"))
        return context


class AgreementDetailView(AsOfMixin, OrganizeMixin, TemplateView):
    template_name = "organize/agreement_detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        collaboration, user = self.get_collaboration(), self.request.user
        agreement = get_object_or_404(queries.agreements_for(collaboration, user), pk=self.kwargs["pk"])
        board = queries.adoption_board(agreement, list(visible_participations(collaboration, user)), self.on)
        may_adopt = {
            row.participation.organization_id
            for row in board.rows
            if (row.bound or row.adoption is not None or not board.named_parties)
            and user.has_perm(
                "organize.record_adoption",
                Adoption(collaboration=collaboration, organization_id=row.participation.organization_id),
            )
        }
        context.update(object=agreement, agreement=agreement, board=board, may_adopt=may_adopt)
        return context


class AgreementCreateView(OrganizeCreateView):
    form_class = AgreementForm
    heading = _("Nytt avtal")

    def get_initial(self):
        return {"visibility": self.get_collaboration().visibility}

    def perform(self, form):
        return services.create_agreement(self.get_collaboration(), actor=self.request.user, **form.cleaned_data)

    def get_success_url(self):
        if getattr(self, "object", None):
            return reverse("organize:version_create", args=[self.get_collaboration().slug, self.object.pk])
        return reverse("organize:overview", args=[self.get_collaboration().slug])


class AgreementUpdateView(OrganizeUpdateView):
    model = Agreement
    form_class = AgreementForm

    def get_heading(self):
        return _("Ändra %(obj)s") % {"obj": self.get_object()}

    def perform(self, form):
        return services.update_agreement(self.object, actor=self.request.user, **self.changed_data(form))


class VersionCreateView(OrganizeCreateView):
    form_class = AgreementVersionForm
    heading = _("Ny avtalsversion")

    def get_agreement(self) -> Agreement:
        return get_object_or_404(self.scoped(Agreement), pk=self.kwargs["pk"])

    def permission_object(self):
        return self.get_agreement()

    def get_initial(self):
        current = self.get_agreement().versions.first()
        if current is None:
            return {}
        fields = ("purpose", "goals", "conflict_clause", "exit_clause", "text", "valid_from", "valid_until")
        return {name: getattr(current, name) for name in fields}

    def get_heading(self):
        return _("Ny version av %(agreement)s") % {"agreement": self.get_agreement().title}

    def perform(self, form):
        return services.add_agreement_version(self.get_agreement(), actor=self.request.user, **form.cleaned_data)

    def get_success_url(self):
        return self.get_agreement().get_absolute_url()


class VersionUpdateView(OrganizeUpdateView):
    model = AgreementVersion
    form_class = AgreementVersionForm
    pk_url_kwarg = "version"

    def get_queryset(self):
        return super().get_queryset().filter(agreement_id=self.kwargs["pk"]).select_related("agreement")

    def get_heading(self):
        return _("Ändra %(obj)s") % {"obj": self.get_object()}

    def perform(self, form):
        return services.update_agreement_version(self.object, actor=self.request.user, **self.changed_data(form))

    def get_success_url(self):
        return self.get_object().agreement.get_absolute_url()


class VersionFileView(OrganizeMixin, View):
    """The attached file of a version, served only to those who may see the version."""

    def get(self, request, slug, pk, version):
        obj = get_object_or_404(self.scoped(AgreementVersion).filter(agreement_id=pk), pk=version)
        return serve_attachment(request, obj)


class AdoptionView(OrganizeFormMixin, ServiceUpdateMixin, UpdateView):
    """Record one party's decision on a version: adopted (by which body, when, reference), pending or declined."""

    form_class = AdoptionForm
    permission = "organize.record_adoption"

    def get_version(self) -> AgreementVersion:
        if not hasattr(self, "_version"):
            self._version = get_object_or_404(
                self.scoped(AgreementVersion).filter(agreement_id=self.kwargs["pk"]).select_related("agreement"),
                pk=self.kwargs["version"],
            )
        return self._version

    def get_organization(self) -> Organization:
        parties = visible_parties(self.get_collaboration(), self.request.user)
        return get_object_or_404(parties, pk=self.kwargs["organization"])

    def get_object(self, queryset=None):
        if not hasattr(self, "_object"):
            version, organization = self.get_version(), self.get_organization()
            existing = self.scoped(Adoption).filter(version=version, organization=organization).first()
            self._object = existing or Adoption(
                collaboration=self.get_collaboration(), version=version, organization=organization
            )
        return self._object

    def permission_object(self):
        return self.get_object()

    def get_heading(self):
        return _("Beslut om %(version)s: %(org)s") % {"version": self.get_version(), "org": self.get_organization()}

    def perform(self, form):
        return services.record_adoption(
            self.get_version(), self.get_organization(), actor=self.request.user, **self.changed_data(form)
        )

    def get_success_url(self):
        return self.get_version().agreement.get_absolute_url() + f"#part-{self.get_organization().pk}"
