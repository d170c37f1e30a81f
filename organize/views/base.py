"""What every page of the formal basis shares: the collaboration reached through the gateway, the
permission check before a form is shown, and generic History and delete pages."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import CreateView, UpdateView

from collaborations.views import CollaborationScopedMixin
from core.views import ObjectHistoryView, ServiceFormMixin, ServiceUpdateMixin, remove_current
from organize import models, services

FORM_TEMPLATE = "form_page.html"  # shared by the domain apps


class OrganizeMixin(CollaborationScopedMixin):
    """The collaboration in the URL, visible to the user; `tab` marks the sub-navigation."""

    tab = "organize"

    def get_context_data(self, **kwargs):
        collaboration = self.get_collaboration()
        can_manage = self.request.user.has_perm("organize.manage", collaboration)
        return super().get_context_data(collaboration=collaboration, can_manage=can_manage, tab=self.tab, **kwargs)

    def scoped(self, model):
        """Objects of `model` in this collaboration that the user may see."""
        return model.objects.visible_to(self.request.user).filter(collaboration=self.get_collaboration())


class OrganizeFormMixin(LoginRequiredMixin, OrganizeMixin):
    """A form page that only those who may make the change get to see (403 with a message otherwise)."""

    template_name = FORM_TEMPLATE
    permission = "organize.manage"
    heading = ""
    success_message = _("Ändringarna är sparade.")

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            self.check_permission()
        return super().dispatch(request, *args, **kwargs)

    def permission_object(self):
        return self.get_collaboration()

    def check_permission(self) -> None:
        if not self.request.user.has_perm(self.permission, self.permission_object()):
            raise PermissionDenied(_("Bara samverkans samordnare kan göra den här ändringen."))

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "collaboration": self.get_collaboration(), "user": self.request.user}

    def get_context_data(self, **kwargs):
        return super().get_context_data(heading=self.get_heading(), back_url=self.get_success_url(), **kwargs)

    def get_heading(self) -> str:
        return str(self.heading)


class OrganizeCreateView(OrganizeFormMixin, ServiceFormMixin, CreateView):
    success_message = _("Sparat.")


class OrganizeUpdateView(OrganizeFormMixin, ServiceUpdateMixin, UpdateView):
    model = None  # set by subclasses

    def get_queryset(self):
        return self.scoped(self.model)

    def get_object(self, queryset=None):
        if not hasattr(self, "_object"):
            self._object = super().get_object(queryset)
        return self._object

    def permission_object(self):
        return self.get_object()

    def get_success_url(self):
        return self.get_object().get_absolute_url()


# What may be removed from a collaboration's formal basis, by the name used in its URL.
DELETABLE = {
    "avtal": (models.Agreement, services.delete_agreement),
    "ansvar": (models.Responsibility, services.remove_responsibility),
    "uppfoljning": (models.FollowUpDuty, services.remove_follow_up_duty),
    "organ": (models.Body, services.delete_body),
    "ledamot": (models.Membership, services.remove_membership),
    "handling": (models.BodyDocument, services.remove_body_document),
    "finansiering": (models.FinancingModel, services.delete_financing_model),
    "extern": (models.ExternalFunding, services.remove_external_funding),
    "resurser": (models.ResourceCommitment, services.remove_resource_commitment),
}

# Objects whose History tab is shown by `OrganizeHistoryView`.
WITH_HISTORY = {
    "avtal": models.Agreement,
    "version": models.AgreementVersion,
    "beslut": models.Adoption,
    "ansvar": models.Responsibility,
    "uppfoljning": models.FollowUpDuty,
    "organ": models.Body,
    "ledamot": models.Membership,
    "handling": models.BodyDocument,
    "finansiering": models.FinancingModel,
    "andel": models.FinancingShare,
    "extern": models.ExternalFunding,
    "resurser": models.ResourceCommitment,
}

AFTER_DELETE = {
    "avtal": "organize:overview",
    "ansvar": "organize:responsibilities",
    "uppfoljning": "organize:responsibilities",
    "organ": "organize:bodies",
    "finansiering": "organize:financing",
    "extern": "organize:financing",
    "resurser": "organize:financing",
}


class OrganizeDeleteView(LoginRequiredMixin, OrganizeMixin, View):
    """Remove one object (POST). A refusal by the service is shown as a message."""

    def post(self, request, slug, kind, pk):
        if kind not in DELETABLE:
            raise Http404
        model, remove = DELETABLE[kind]
        obj = get_object_or_404(self.scoped(model), pk=pk)
        if not request.user.has_perm("organize.manage", obj):
            raise PermissionDenied(_("Bara samverkans samordnare kan göra den här ändringen."))
        back = obj.body.get_absolute_url() if kind in ("ledamot", "handling") else None
        try:
            remove_current(request, obj, remove)
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
            return redirect(obj.get_absolute_url())
        messages.success(request, _("Borttaget: %(obj)s") % {"obj": obj})
        return redirect(back or self._after(kind))

    def _after(self, kind: str) -> str:
        return reverse(AFTER_DELETE[kind], args=[self.get_collaboration().slug])


class OrganizeHistoryView(OrganizeMixin, ObjectHistoryView):
    """The History tab of any object of the formal basis."""

    def get_queryset(self):
        kind = self.kwargs["kind"]
        if kind not in WITH_HISTORY:
            raise Http404
        return self.scoped(WITH_HISTORY[kind])


def serve_attachment(request, obj, field: str = "attachment"):
    """Send an attached file; `obj` has been reached through the gateway by the caller."""
    attachment = getattr(obj, field)
    if not attachment:
        raise Http404
    try:
        handle = attachment.open("rb")
    except FileNotFoundError as exc:
        raise Http404 from exc
    return FileResponse(handle, as_attachment=True, filename=attachment.name.rsplit("/", 1)[-1])
