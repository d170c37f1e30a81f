"""Goal documents and shared goals with their status, each party's own goals and goal conflicts."""

from __future__ import annotations

from collections import defaultdict

from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from collaborations.parts.queries import visible_parties
from core.numbers import read_id
from core.permissions import VisiblePrefetch
from core.views import lazy_context
from steer import engine, queries, services
from steer.forms import GoalConflictForm, GoalDocumentForm, GoalForm, OwnGoalForm
from steer.models import Goal, GoalConflict, GoalDocument, OwnGoal
from steer.views.base import SteerCreateView, SteerMixin, SteerUpdateView


def _goals_url(collaboration) -> str:
    return reverse("steer:goals", args=[collaboration.slug])


class GoalsView(SteerMixin, TemplateView):
    template_name = "steer/goals.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        collaboration, user = self.get_collaboration(), self.request.user
        board = queries.dashboard(collaboration, user)
        by_document = defaultdict(list)
        for goal, depth in board.goals:
            by_document[goal.document_id].append((goal, depth))
        documents = list(self.scoped(GoalDocument))
        own_by_party = defaultdict(list)
        for own in board.own_goals:
            own_by_party[own.organization].append(own)
        conflicts = list(
            self.scoped(GoalConflict).prefetch_related(
                VisiblePrefetch("goals", user, queryset=Goal.objects.select_related("collaboration")), "parties"
            )
        )
        parties = visible_parties(collaboration, user, timezone.localdate())  # the parties of today
        context.update(
            board=board,
            documents=[(d, by_document.get(d.pk, [])) for d in documents],
            own_by_party=sorted(own_by_party.items(), key=lambda item: item[0].name),
            conflicts=conflicts,
            parties_without_own_goals=[p for p in parties if p not in own_by_party],
            # the own goals this user may change: the coordinators all, a party's people their party's
            may_change_own={own.pk for own in board.own_goals if user.has_perm(services.OWN_GOALS, own)},
        )
        return context


class GoalDetailView(SteerMixin, TemplateView):
    """Its content is a cached part: what the goal's page shows (`queries.goal_page`) is read only when the
    part is missing."""

    template_name = "steer/goal_detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        goal = get_object_or_404(
            self.scoped(Goal).select_related("document", "parent__collaboration"), pk=self.kwargs["pk"]
        )
        context.update(
            object=goal,
            goal=goal,
            kind="mal",
            roll_up_rule=engine.ROLL_UP_RULE,
            **lazy_context(
                lambda: vars(queries.goal_page(goal, user)),
                *("result", "successor", "predecessors", "children", "indicators", "own_goals", "resources"),
                *("evidence", "conflicts"),
            ),
        )
        return context


class DocumentCreateView(SteerCreateView):
    form_class = GoalDocumentForm
    heading = _("Nytt måldokument")

    def get_initial(self):
        return {"visibility": self.get_collaboration().visibility}

    def perform(self, form):
        return services.create_goal_document(self.get_collaboration(), actor=self.request.user, **form.cleaned_data)

    def get_success_url(self):
        return _goals_url(self.get_collaboration())


class DocumentUpdateView(SteerUpdateView):
    model = GoalDocument
    form_class = GoalDocumentForm

    def perform(self, form):
        return services.update_goal_document(self.object, actor=self.request.user, **self.changed_data(form))


class GoalCreateView(SteerCreateView):
    form_class = GoalForm
    heading = _("Nytt gemensamt mål")

    def get_initial(self):
        initial = {"visibility": self.get_collaboration().visibility}
        for name in ("document", "parent"):
            if read_id(self.request.GET.get(name)):
                initial[name] = read_id(self.request.GET.get(name))
        return initial

    def perform(self, form):
        data = dict(form.cleaned_data)
        document = data.pop("document")
        return services.create_goal(document, actor=self.request.user, **data)

    def get_success_url(self):
        return self.object.get_absolute_url() if getattr(self, "object", None) else _goals_url(self.get_collaboration())


class GoalUpdateView(SteerUpdateView):
    model = Goal
    form_class = GoalForm

    def perform(self, form):
        return services.update_goal(self.object, actor=self.request.user, **self.changed_data(form))


class OwnGoalCreateView(SteerCreateView):
    form_class = OwnGoalForm
    heading = _("Nytt eget mål för en part")
    permission = services.OWN_GOALS

    def check_permission(self) -> None:
        # A party's representative may add its own goals: the organization is checked when saving.
        collaboration = self.get_collaboration()
        user = self.request.user
        if not user.has_perm(services.MANAGE, collaboration) and not any(
            user.has_perm(services.OWN_GOALS, OwnGoal(collaboration=collaboration, organization=p))
            for p in self._parties()
        ):
            super().check_permission()

    def _parties(self):
        return visible_parties(self.get_collaboration(), self.request.user)

    def get_initial(self):
        initial = {"visibility": self.get_collaboration().visibility}
        if goal := read_id(self.request.GET.get("mal")):
            initial["shared_goals"] = [goal]
        return initial

    def perform(self, form):
        data = dict(form.cleaned_data)
        organization = data.pop("organization")
        return services.create_own_goal(self.get_collaboration(), organization, actor=self.request.user, **data)

    def get_success_url(self):
        return _goals_url(self.get_collaboration()) + "#egna-mal"


class OwnGoalUpdateView(SteerUpdateView):
    model = OwnGoal
    form_class = OwnGoalForm
    permission = services.OWN_GOALS

    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        form.fields["organization"].disabled = True
        return form

    def perform(self, form):
        data = self.changed_data(form)
        data.pop("organization", None)
        return services.update_own_goal(self.object, actor=self.request.user, **data)


class ConflictCreateView(SteerCreateView):
    form_class = GoalConflictForm
    heading = _("Ny målkonflikt")

    def get_initial(self):
        return {"visibility": self.get_collaboration().visibility}

    def perform(self, form):
        return services.record_goal_conflict(self.get_collaboration(), actor=self.request.user, **form.cleaned_data)

    def get_success_url(self):
        return _goals_url(self.get_collaboration()) + "#konflikter"


class ConflictUpdateView(SteerUpdateView):
    model = GoalConflict
    form_class = GoalConflictForm

    def perform(self, form):
        return services.update_goal_conflict(self.object, actor=self.request.user, **self.changed_data(form))
