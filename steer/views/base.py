"""What every steering page shares, built on the collaboration-part framework
(`collaborations.parts.views`): the tab, what the user may do in the steering, and the registry of
parts that the one History page and the one delete page serve."""

from __future__ import annotations

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
from steer import models, services


class SteerMixin(PartPageMixin):
    """The collaboration in the URL, visible to the user, and what the user may do in its steering."""

    tab = "steer"
    manage_permission = services.MANAGE

    def get_context_data(self, **kwargs):
        collaboration, user = self.get_collaboration(), self.request.user
        return super().get_context_data(
            may_steer=user.has_perm(services.MANAGE, collaboration),
            may_follow_up=user.has_perm(services.FOLLOW_UP, collaboration),
            **kwargs,
        )


class SteerCreateView(SteerMixin, PartCreateView):
    permission = services.MANAGE


class SteerUpdateView(SteerMixin, PartUpdateView):
    permission = services.MANAGE

    def get_heading(self):
        return _("Ändra ”%(obj)s”") % {"obj": self.get_object()}


def _values_of_the_indicator(value) -> str:
    return value.indicator.get_absolute_url() + "#varden"


# The parts of the steering, by the name used in their URLs (after removal: the list named, or the
# removed object's own page, which for a part is its parent's).
PARTS = Parts(
    {
        "analys": Part(models.SituationAnalysis),
        "malvarde": Part(models.IndicatorTarget),
        "aktor": Part(models.AnalysisActor, services.remove_analysis_actor, services.MANAGE, "steer:analysis"),
        "egennytta": Part(models.OwnBenefit, services.remove_own_benefit, services.OWN_GOALS, "steer:analysis"),
        "dokument": Part(models.GoalDocument, services.delete_goal_document, services.MANAGE, "steer:goals"),
        "mal": Part(models.Goal, services.delete_goal, services.MANAGE, "steer:goals"),
        "eget-mal": Part(models.OwnGoal, services.delete_own_goal, services.OWN_GOALS, "steer:goals"),
        "konflikt": Part(models.GoalConflict, services.delete_goal_conflict, services.MANAGE, "steer:goals"),
        "indikator": Part(models.Indicator, services.delete_indicator, services.MANAGE, "steer:goals"),
        "varde": Part(models.IndicatorValue, services.remove_value, services.ENTER_VALUES, _values_of_the_indicator),
        "omgang": Part(models.FollowUpRound, services.delete_round, services.MANAGE, "steer:rounds"),
        "bedomning": Part(models.Assessment, services.remove_assessment, services.FOLLOW_UP),
        "underlag": Part(models.Evidence, services.remove_evidence, services.FOLLOW_UP, "steer:rounds"),
        "dialog": Part(models.AnalysisEntry, services.remove_analysis_entry, services.FOLLOW_UP),
        "omvarld": Part(models.EnvironmentalScan, services.remove_scan, services.FOLLOW_UP, "steer:scans"),
    },
    denied=_("Du har inte behörighet att ta bort det här."),
)


class SteerDeleteView(SteerMixin, PartDeleteView):
    parts = PARTS


class SteerHistoryView(SteerMixin, PartHistoryView):
    parts = PARTS
