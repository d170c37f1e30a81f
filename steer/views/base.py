"""What every steering page shares: the collaboration reached through the gateway, the permission
check before a form is shown (the form views of the formal basis, with the steering's tab), and
generic History and delete pages."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views import View

from core.views import ObjectHistoryView, remove_current
from organize.views.base import OrganizeCreateView, OrganizeMixin, OrganizeUpdateView
from steer import models, services

FORM_TEMPLATE = "form_page.html"


class SteerMixin(OrganizeMixin):
    """The collaboration in the URL, visible to the user, and what the user may do in its steering."""

    tab = "steer"

    def scoped(self, model):
        """Objects of `model` in this collaboration that the user may see (with the collaboration, for links)."""
        return super().scoped(model).select_related("collaboration")

    def get_context_data(self, **kwargs):
        collaboration, user = self.get_collaboration(), self.request.user
        return super().get_context_data(
            may_steer=user.has_perm(services.MANAGE, collaboration),
            may_follow_up=user.has_perm(services.FOLLOW_UP, collaboration),
            **kwargs,
        )


class SteerCreateView(SteerMixin, OrganizeCreateView):
    template_name = FORM_TEMPLATE
    permission = services.MANAGE


class SteerUpdateView(SteerMixin, OrganizeUpdateView):
    template_name = FORM_TEMPLATE
    permission = services.MANAGE

    def get_heading(self):
        return _("Ändra ”%(obj)s”") % {"obj": self.get_object()}


# What may be removed, by the name used in its URL: (model, service, permission, page after).
DELETABLE = {
    "aktor": (models.AnalysisActor, services.remove_analysis_actor, services.MANAGE, "steer:analysis"),
    "egennytta": (models.OwnBenefit, services.remove_own_benefit, services.OWN_GOALS, "steer:analysis"),
    "dokument": (models.GoalDocument, services.delete_goal_document, services.MANAGE, "steer:goals"),
    "mal": (models.Goal, services.delete_goal, services.MANAGE, "steer:goals"),
    "eget-mal": (models.OwnGoal, services.delete_own_goal, services.OWN_GOALS, "steer:goals"),
    "konflikt": (models.GoalConflict, services.delete_goal_conflict, services.MANAGE, "steer:goals"),
    "indikator": (models.Indicator, services.delete_indicator, services.MANAGE, "steer:goals"),
    "varde": (models.IndicatorValue, services.remove_value, services.ENTER_VALUES, None),
    "omgang": (models.FollowUpRound, services.delete_round, services.MANAGE, "steer:rounds"),
    "bedomning": (models.Assessment, services.remove_assessment, services.FOLLOW_UP, None),
    "underlag": (models.Evidence, services.remove_evidence, services.FOLLOW_UP, "steer:rounds"),
    "dialog": (models.AnalysisEntry, services.remove_analysis_entry, services.FOLLOW_UP, None),
    "omvarld": (models.EnvironmentalScan, services.remove_scan, services.FOLLOW_UP, "steer:scans"),
}

# Objects whose History tab is shown by `SteerHistoryView`.
WITH_HISTORY = {
    "analys": models.SituationAnalysis,
    "malvarde": models.IndicatorTarget,
    **{kind: spec[0] for kind, spec in DELETABLE.items()},
}


class SteerDeleteView(LoginRequiredMixin, SteerMixin, View):
    """Remove one object (POST). A refusal by the service is shown as a message."""

    def post(self, request, slug, kind, pk):
        if kind not in DELETABLE:
            raise Http404
        model, remove, permission, after = DELETABLE[kind]
        obj = get_object_or_404(self.scoped(model), pk=pk)
        if not request.user.has_perm(permission, obj):
            raise PermissionDenied(_("Du har inte behörighet att ta bort det här."))
        back = obj.get_absolute_url() if after is None else reverse(after, args=[slug])
        if kind == "varde":
            back = obj.indicator.get_absolute_url() + "#varden"
        try:
            remove_current(request, obj, remove)
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
            return redirect(obj.get_absolute_url())
        messages.success(request, _("Borttaget: %(obj)s") % {"obj": obj})
        return redirect(back)


class SteerHistoryView(SteerMixin, ObjectHistoryView):
    """The History tab of any object of the steering."""

    def get_queryset(self):
        kind = self.kwargs["kind"]
        if kind not in WITH_HISTORY:
            raise Http404
        return self.scoped(WITH_HISTORY[kind])
