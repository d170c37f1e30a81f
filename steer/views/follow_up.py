"""Follow-up rounds with assessments and the analysis dialogue, qualitative evidence and the
environmental scan."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _t
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import FormView, TemplateView

from actors.models import Organization
from collaborations.parts.views import FORM_TEMPLATE, serve_attachment
from core.numbers import read_id
from core.permissions import VisiblePrefetch
from core.views import ServiceFormMixin
from steer import queries, services
from steer.choices import ScanLevel
from steer.forms import (
    AnalysisEntryForm,
    AssessmentForm,
    EnvironmentalScanForm,
    EvidenceForm,
    FollowUpRoundForm,
)
from steer.models import AnalysisEntry, Assessment, EnvironmentalScan, Evidence, FollowUpRound, Goal, Indicator
from steer.views.base import SteerCreateView, SteerMixin, SteerUpdateView


def _rounds_url(collaboration) -> str:
    return reverse("steer:rounds", args=[collaboration.slug])


class RoundsView(SteerMixin, TemplateView):
    template_name = "steer/rounds.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            rounds=list(self.scoped(FollowUpRound).select_related("coordinating_organization")),
            evidence=list(self.scoped(Evidence).filter(round__isnull=True)),
        )
        return context


class RoundDetailView(SteerMixin, TemplateView):
    """The round: each goal and indicator with its computed status beside the round's judgement,
    the evidence, the analysis dialogue and the scans of the round."""

    template_name = "steer/round_detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        collaboration, user = self.get_collaboration(), self.request.user
        round_ = get_object_or_404(
            self.scoped(FollowUpRound).select_related("coordinating_organization"), pk=self.kwargs["pk"]
        )
        board = queries.dashboard(collaboration, user)
        assessments = list(Assessment.objects.visible_to(user).filter(round=round_))
        by_goal = {a.goal_id: a for a in assessments if a.goal_id}
        by_indicator = {a.indicator_id: a for a in assessments if a.indicator_id}
        rows = []
        for goal, depth in board.goals:
            rows.append(("goal", goal, depth, board.goal_results[goal.pk], by_goal.get(goal.pk)))
            for indicator in board.indicators_by_goal.get(goal.pk, []):
                result, judged = board.results[indicator.pk], by_indicator.get(indicator.pk)
                rows.append(("indicator", indicator, depth + 1, result, judged))
        context.update(
            object=round_,
            round=round_,
            kind="omgang",
            rows=rows,
            evidence=list(
                self.scoped(Evidence)
                .filter(round=round_)
                .prefetch_related(
                    Prefetch("participant_organizations", queryset=Organization.objects.order_by("name")),
                    VisiblePrefetch("goals", user, queryset=Goal.objects.select_related("collaboration")),
                )
            ),
            entries=list(
                self.scoped(AnalysisEntry)
                .filter(round=round_)
                .select_related("goal__collaboration", "indicator__collaboration")
            ),
            scans=list(self.scoped(EnvironmentalScan).filter(round=round_)),
            is_closed=round_.status == "closed",
            not_begun=round_.start_date > timezone.localdate(),
        )
        return context


class RoundCreateView(SteerCreateView):
    form_class = FollowUpRoundForm
    heading = _("Ny uppföljningsomgång")

    def get_initial(self):
        collaboration = self.get_collaboration()
        coordinator = collaboration.participations.filter(role="coordinator").values_list("organization_id", flat=True)
        return {"visibility": collaboration.visibility, "coordinating_organization": coordinator.first()}

    def perform(self, form):
        return services.create_round(self.get_collaboration(), actor=self.request.user, **form.cleaned_data)

    def get_success_url(self):
        if getattr(self, "object", None):
            return self.object.get_absolute_url()
        return _rounds_url(self.get_collaboration())


class RoundUpdateView(SteerUpdateView):
    model = FollowUpRound
    form_class = FollowUpRoundForm

    def perform(self, form):
        return services.update_round(self.object, actor=self.request.user, **self.changed_data(form))


class CloseRoundView(LoginRequiredMixin, SteerMixin, View):
    def post(self, request, slug, pk):
        round_ = get_object_or_404(self.scoped(FollowUpRound), pk=pk)
        if not request.user.has_perm(services.MANAGE, round_):
            raise PermissionDenied(_t("Bara samverkans samordnare kan avsluta en omgång."))
        try:
            services.close_round(
                round_, actor=request.user, confirm_before_start=request.POST.get("confirm_before_start") == "on"
            )
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            messages.success(request, _t("Omgången är avslutad och indikatorernas läge är sparat."))
        return redirect(round_.get_absolute_url())


class FollowUpFormView(LoginRequiredMixin, SteerMixin, ServiceFormMixin, FormView):
    """A form inside a round, for those who do the follow-up (coordinators and analysts)."""

    template_name = FORM_TEMPLATE

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            self.round = get_object_or_404(self.scoped(FollowUpRound), pk=kwargs["pk"])
            if not request.user.has_perm(services.FOLLOW_UP, self.round):
                raise PermissionDenied(_("Bara samordnare och analytiker i samverkan gör uppföljningen."))
        return super().dispatch(request, *args, **kwargs)

    def get_success_url(self):
        return self.round.get_absolute_url()

    def get_context_data(self, **kwargs):
        return super().get_context_data(heading=self.get_heading(), back_url=self.get_success_url(), **kwargs)


class AssessView(FollowUpFormView):
    """The round's judgement of one goal or one indicator."""

    form_class = AssessmentForm

    def get_target(self):
        if not hasattr(self, "_target"):
            model = Goal if self.kwargs["what"] == "mal" else Indicator
            self._target = get_object_or_404(self.scoped(model), pk=self.kwargs["target"])
        return self._target

    def get_existing(self):
        field = "goal" if self.kwargs["what"] == "mal" else "indicator"
        mine = Assessment.objects.visible_to(self.request.user).filter(round=self.round)
        return mine.filter(**{field: self.get_target()}).first()

    def get_initial(self):
        existing = self.get_existing()
        return {"status": existing.status, "text": existing.text} if existing else {}

    def get_heading(self):
        return _t("Bedömning av ”%(target)s” i %(round)s") % {"target": self.get_target(), "round": self.round}

    def perform(self, form):
        field = "goal" if self.kwargs["what"] == "mal" else "indicator"
        return services.assess(self.round, actor=self.request.user, **{field: self.get_target()}, **form.cleaned_data)


class EntryCreateView(FollowUpFormView):
    form_class = AnalysisEntryForm

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "collaboration": self.get_collaboration(), "user": self.request.user}

    def get_heading(self):
        return _t("Ny punkt i analysdialogen")

    def perform(self, form):
        return services.add_analysis_entry(self.round, actor=self.request.user, **form.cleaned_data)


class EntryUpdateView(SteerUpdateView):
    model = AnalysisEntry
    form_class = AnalysisEntryForm
    permission = services.FOLLOW_UP

    def perform(self, form):
        return services.update_analysis_entry(self.object, actor=self.request.user, **self.changed_data(form))


class EvidenceDetailView(SteerMixin, TemplateView):
    template_name = "steer/evidence_detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        evidence = get_object_or_404(
            self.scoped(Evidence)
            .select_related("round__collaboration")
            .prefetch_related(
                "participant_organizations",
                VisiblePrefetch("goals", user, queryset=Goal.objects.select_related("collaboration")),
                VisiblePrefetch("indicators", user, queryset=Indicator.objects.select_related("collaboration")),
            ),
            pk=self.kwargs["pk"],
        )
        context.update(object=evidence, evidence=evidence, kind="underlag")
        return context


class EvidenceFileView(SteerMixin, View):
    """The attached file of evidence, served only to those who may see the evidence."""

    def get(self, request, slug, pk):
        return serve_attachment(request, get_object_or_404(self.scoped(Evidence), pk=pk))


class EvidenceCreateView(SteerCreateView):
    form_class = EvidenceForm
    heading = _("Nytt kvalitativt underlag")
    permission = services.FOLLOW_UP

    def get_initial(self):
        initial = {"visibility": self.get_collaboration().visibility}
        if round_id := read_id(self.request.GET.get("omgang")):
            initial["round"] = round_id
        return initial

    def perform(self, form):
        return services.add_evidence(self.get_collaboration(), actor=self.request.user, **form.cleaned_data)

    def get_success_url(self):
        if getattr(self, "object", None):
            return self.object.get_absolute_url()
        return _rounds_url(self.get_collaboration())


class EvidenceUpdateView(SteerUpdateView):
    model = Evidence
    form_class = EvidenceForm
    permission = services.FOLLOW_UP

    def perform(self, form):
        return services.update_evidence(self.object, actor=self.request.user, **self.changed_data(form))


class ScansView(SteerMixin, TemplateView):
    template_name = "steer/scans.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        scans = list(
            self.scoped(EnvironmentalScan)
            .select_related("round__collaboration")
            .prefetch_related(VisiblePrefetch("goals", user, queryset=Goal.objects.select_related("collaboration")))
        )
        levels = [(value, label, [s for s in scans if s.level == value]) for value, label in ScanLevel.choices]
        context.update(levels=levels, scans=scans)
        return context


class ScanCreateView(SteerCreateView):
    form_class = EnvironmentalScanForm
    heading = _("Ny omvärldsbevakning")
    permission = services.FOLLOW_UP

    def get_initial(self):
        return {"visibility": self.get_collaboration().visibility}

    def perform(self, form):
        return services.add_scan(self.get_collaboration(), actor=self.request.user, **form.cleaned_data)

    def get_success_url(self):
        return reverse("steer:scans", args=[self.get_collaboration().slug])


class ScanUpdateView(SteerUpdateView):
    model = EnvironmentalScan
    form_class = EnvironmentalScanForm
    permission = services.FOLLOW_UP

    def perform(self, form):
        return services.update_scan(self.object, actor=self.request.user, **self.changed_data(form))
