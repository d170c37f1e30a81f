"""What every page of the parties' work shares, built on the collaboration-part framework
(`collaborations.parts.views`): the tab, what the user may do, and the registry of parts that the one
History page and the one delete page serve."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_lazy as _

from collaborations.parts.views import (
    Part,
    PartCreateView,
    PartDeleteView,
    PartHistoryView,
    PartPageMixin,
    Parts,
    PartUpdateView,
)
from work import models
from work.services import activities, parts, plans, resources
from work.services.common import KEEP_PLAN, MANAGE, REPORT_ACTIVITY, START_PLAN


class WorkMixin(PartPageMixin):
    """The collaboration in the URL, visible to the user, and what the user may do in its work."""

    tab = "work"
    manage_permission = MANAGE

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        collaboration, user = self.get_collaboration(), self.request.user
        return super().get_context_data(may_start_plan=user.has_perm(START_PLAN, collaboration), **kwargs)


class WorkCreateView(WorkMixin, PartCreateView):
    permission = KEEP_PLAN
    denied = _("Bara partens företrädare och samverkans samordnare kan ändra partens handlingsplan.")


class WorkUpdateView(WorkMixin, PartUpdateView):
    permission = KEEP_PLAN
    denied = WorkCreateView.denied

    def get_heading(self) -> str:
        return str(_("Ändra ”%(obj)s”") % {"obj": self.get_object()})


PARTS = Parts(
    {
        "plan": Part(models.ActionPlan, plans.delete_action_plan, KEEP_PLAN, "work:plans"),
        "version": Part(models.ActionPlanVersion),  # kept: a decided version is a record
        "aktivitet": Part(models.Activity, activities.delete_activity, KEEP_PLAN, lambda a: a.plan.get_absolute_url()),
        "lage": Part(models.ProgressNote, activities.remove_progress_note, REPORT_ACTIVITY),
        "kompetens": Part(models.ActivityCompetence, parts.remove_competence, REPORT_ACTIVITY),
        "malgrupp": Part(models.ActivityTargetGroup, parts.remove_target_group, REPORT_ACTIVITY),
        "resurs": Part(models.ActivityResource, resources.remove_activity_resource, REPORT_ACTIVITY),
    },
    denied=_("Bara aktivitetens ansvariga, partens företrädare och samordnarna kan ta bort det här."),
)


class WorkDeleteView(WorkMixin, PartDeleteView):
    parts = PARTS


class WorkHistoryView(WorkMixin, PartHistoryView):
    parts = PARTS
