"""API of the steering part: the same services and the same permission gateway as the pages."""

from __future__ import annotations

from drf_spectacular.utils import extend_schema
from rest_framework.decorators import action

from api.serializers import steer as s
from api.views.base import ScopedWriteViewSet
from core.permissions import VisiblePrefetch
from steer import queries, services
from steer.models import (
    AnalysisActor,
    AnalysisEntry,
    Assessment,
    EnvironmentalScan,
    Evidence,
    FollowUpRound,
    Goal,
    GoalConflict,
    GoalDocument,
    Indicator,
    IndicatorValue,
    OwnBenefit,
    OwnGoal,
    SituationAnalysis,
)


class SituationAnalysisViewSet(ScopedWriteViewSet):
    """Versions of the joint situation analysis, newest first. POST saves a new version (what is left
    out is carried over from the current one); an old version is never changed."""

    model = SituationAnalysis
    serializer_class = s.SituationAnalysisSerializer

    def create_with(self, data):
        return services.save_situation_analysis(data.pop("collaboration"), actor=self.request.user, **data)


class AnalysisActorViewSet(ScopedWriteViewSet):
    """Actors that affect the issue; a missing actor can be invited (`invite`) and its answer recorded
    (`answer`: a yes makes it a participant)."""

    model = AnalysisActor
    serializer_class = s.AnalysisActorSerializer
    related = ("organization",)

    def create_with(self, data):
        return services.add_analysis_actor(data.pop("collaboration"), actor=self.request.user, **data)

    def update_with(self, obj, data):
        return services.update_analysis_actor(obj, actor=self.request.user, **data)

    def delete_with(self, obj):
        services.remove_analysis_actor(obj, actor=self.request.user)

    @extend_schema(request=s.InvitationSerializer, responses=s.AnalysisActorSerializer)
    @action(detail=True, methods=["post"])
    def invite(self, request, pk=None):
        """Invite the missing actor to take part; the organization must be in the register."""
        obj = self.get_object()
        serializer = s.InvitationSerializer(data=request.data, context=self.get_serializer_context())
        serializer.is_valid(raise_exception=True)
        invited = services.invite_missing_actor(obj, actor=request.user, **serializer.validated_data)
        return self.answer_with(invited)

    @extend_schema(request=s.InvitationAnswerSerializer, responses=s.AnalysisActorSerializer)
    @action(detail=True, methods=["post"])
    def answer(self, request, pk=None):
        """Record the invited organization's answer."""
        obj = self.get_object()
        serializer = s.InvitationAnswerSerializer(data=request.data, context=self.get_serializer_context())
        serializer.is_valid(raise_exception=True)
        answered = services.answer_invitation(obj, actor=request.user, **serializer.validated_data)
        return self.answer_with(answered)


class OwnBenefitViewSet(ScopedWriteViewSet):
    """What each party gains from the collaboration. POST replaces the party's earlier statement."""

    model = OwnBenefit
    serializer_class = s.OwnBenefitSerializer
    update_serializer_class = s.OwnBenefitUpdateSerializer
    related = ("organization",)

    def create_with(self, data):
        collaboration, organization = data.pop("collaboration"), data.pop("organization")
        return services.set_own_benefit(collaboration, organization, actor=self.request.user, **data)

    def update_with(self, obj, data):
        return services.set_own_benefit(obj.collaboration, obj.organization, actor=self.request.user, **data)

    def delete_with(self, obj):
        services.remove_own_benefit(obj, actor=self.request.user)


class GoalDocumentViewSet(ScopedWriteViewSet):
    """Documents that hold the shared goals (a regional strategy, a comprehensive plan, our own …)."""

    model = GoalDocument
    serializer_class = s.GoalDocumentSerializer

    def create_with(self, data):
        return services.create_goal_document(data.pop("collaboration"), actor=self.request.user, **data)

    def update_with(self, obj, data):
        return services.update_goal_document(obj, actor=self.request.user, **data)

    def delete_with(self, obj):
        services.delete_goal_document(obj, actor=self.request.user)


class GoalViewSet(ScopedWriteViewSet):
    """Shared goals (nested under an overall goal); `status` and `trend` are rolled up from the goal's
    indicators and sub-goals."""

    model = Goal
    serializer_class = s.GoalSerializer

    def get_queryset(self):
        return super().get_queryset().prefetch_related(VisiblePrefetch("resources", self.request.user))

    def create_with(self, data):
        document, parent = data.pop("document"), data.pop("parent", None)
        return services.create_goal(document, actor=self.request.user, parent=parent, **data)

    def update_with(self, obj, data):
        return services.update_goal(obj, actor=self.request.user, **data)

    def delete_with(self, obj):
        services.delete_goal(obj, actor=self.request.user)


class OwnGoalViewSet(ScopedWriteViewSet):
    """Each party's own goals, placed in its own steering and contributing to shared goals."""

    model = OwnGoal
    serializer_class = s.OwnGoalSerializer
    update_serializer_class = s.OwnGoalUpdateSerializer
    related = ("organization",)

    def get_queryset(self):
        return super().get_queryset().prefetch_related(VisiblePrefetch("shared_goals", self.request.user))

    def create_with(self, data):
        collaboration, organization = data.pop("collaboration"), data.pop("organization")
        return services.create_own_goal(collaboration, organization, actor=self.request.user, **data)

    def update_with(self, obj, data):
        return services.update_own_goal(obj, actor=self.request.user, **data)

    def delete_with(self, obj):
        services.delete_own_goal(obj, actor=self.request.user)


class GoalConflictViewSet(ScopedWriteViewSet):
    """Conflicts between goals of different documents or parties, and how they are handled."""

    model = GoalConflict
    serializer_class = s.GoalConflictSerializer

    def get_queryset(self):
        return super().get_queryset().prefetch_related(VisiblePrefetch("goals", self.request.user), "parties")

    def create_with(self, data):
        return services.record_goal_conflict(data.pop("collaboration"), actor=self.request.user, **data)

    def update_with(self, obj, data):
        return services.update_goal_conflict(obj, actor=self.request.user, **data)

    def delete_with(self, obj):
        services.delete_goal_conflict(obj, actor=self.request.user)


class IndicatorViewSet(ScopedWriteViewSet):
    """Indicators of goals with baseline, targets and areas; `status`, `trend`, `latest_year` and
    `latest_value` are computed from the values by the same rule as the pages. Writing `targets`
    replaces all of them."""

    model = Indicator
    serializer_class = s.IndicatorSerializer

    def get_queryset(self):
        return queries.indicators_with_data(super().get_queryset(), self.request.user)

    @staticmethod
    def _targets(data) -> list | None:
        return [dict(t) for t in data.pop("targets")] if "targets" in data else None

    def create_with(self, data):
        goal, areas, targets = data.pop("goal"), data.pop("areas", []), self._targets(data)
        return services.create_indicator(goal, actor=self.request.user, areas=areas, targets=targets, **data)

    def update_with(self, obj, data):
        targets, areas = self._targets(data), data.pop("areas", None)
        return services.update_indicator(obj, actor=self.request.user, targets=targets, areas=areas, **data)

    def delete_with(self, obj):
        services.delete_indicator(obj, actor=self.request.user)


class IndicatorValueViewSet(ScopedWriteViewSet):
    """Values entered by hand, each with its source (beside a statistical series: for the years it lacks).
    POST enters or corrects the value of an indicator, area, year and gender."""

    model = IndicatorValue
    serializer_class = s.IndicatorValueSerializer
    update_serializer_class = s.IndicatorValueUpdateSerializer
    related = ("area", "indicator")

    def create_with(self, data):
        indicator, area, year = data.pop("indicator"), data.pop("area"), data.pop("year")
        return services.record_value(indicator, area, year, actor=self.request.user, **data)

    def update_with(self, obj, data):
        return services.record_value(
            obj.indicator, obj.area, obj.year, actor=self.request.user, gender=obj.gender, **data
        )

    def delete_with(self, obj):
        services.remove_value(obj, actor=self.request.user)


class FollowUpRoundViewSet(ScopedWriteViewSet):
    """Rounds of joint follow-up, each coordinated by one party. `close` ends a round and keeps the
    computed status of every indicator in its assessments."""

    model = FollowUpRound
    serializer_class = s.FollowUpRoundSerializer

    def create_with(self, data):
        return services.create_round(data.pop("collaboration"), actor=self.request.user, **data)

    def update_with(self, obj, data):
        return services.update_round(obj, actor=self.request.user, **data)

    def delete_with(self, obj):
        services.delete_round(obj, actor=self.request.user)

    @extend_schema(request=s.CloseRoundSerializer, responses=s.FollowUpRoundSerializer)
    @action(detail=True, methods=["post"])
    def close(self, request, pk=None):
        """Close the round, optionally with the joint conclusion (`summary`); a round whose period has not
        begun only with `confirm_before_start`."""
        round_ = self.get_object()
        serializer = s.CloseRoundSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        closed = services.close_round(round_, actor=request.user, **serializer.validated_data)
        return self.answer_with(closed)


class AssessmentViewSet(ScopedWriteViewSet):
    """Each round's judgement of goals and indicators. POST replaces an earlier judgement of the same
    goal or indicator in the round."""

    model = Assessment
    serializer_class = s.AssessmentSerializer
    update_serializer_class = s.AssessmentUpdateSerializer

    def create_with(self, data):
        round_, goal, indicator = data.pop("round"), data.pop("goal", None), data.pop("indicator", None)
        return services.assess(round_, actor=self.request.user, goal=goal, indicator=indicator, **data)

    def update_with(self, obj, data):
        return services.assess(obj.round, actor=self.request.user, goal=obj.goal, indicator=obj.indicator, **data)

    def delete_with(self, obj):
        services.remove_assessment(obj, actor=self.request.user)


class EvidenceViewSet(ScopedWriteViewSet):
    """Qualitative evidence: focus groups, interviews, visits, inspections and surveys. An attached
    file is sent only through the pages, to those who may see the evidence."""

    model = Evidence
    serializer_class = s.EvidenceSerializer

    def get_queryset(self):
        return (
            super()
            .get_queryset()
            .prefetch_related(
                "participant_organizations",
                VisiblePrefetch("goals", self.request.user),
                VisiblePrefetch("indicators", self.request.user),
            )
        )

    def create_with(self, data):
        return services.add_evidence(data.pop("collaboration"), actor=self.request.user, **data)

    def update_with(self, obj, data):
        return services.update_evidence(obj, actor=self.request.user, **data)

    def delete_with(self, obj):
        services.remove_evidence(obj, actor=self.request.user)


class AnalysisEntryViewSet(ScopedWriteViewSet):
    """The analysis dialogue of each round: deviations, their causes, improvements and decisions."""

    model = AnalysisEntry
    serializer_class = s.AnalysisEntrySerializer
    update_serializer_class = s.AnalysisEntryUpdateSerializer

    def create_with(self, data):
        return services.add_analysis_entry(data.pop("round"), actor=self.request.user, **data)

    def update_with(self, obj, data):
        return services.update_analysis_entry(obj, actor=self.request.user, **data)

    def delete_with(self, obj):
        services.remove_analysis_entry(obj, actor=self.request.user)


class EnvironmentalScanViewSet(ScopedWriteViewSet):
    """The recurring environmental scan: what happens locally, regionally, nationally and
    internationally, and which goals it touches."""

    model = EnvironmentalScan
    serializer_class = s.EnvironmentalScanSerializer

    def get_queryset(self):
        return super().get_queryset().prefetch_related(VisiblePrefetch("goals", self.request.user))

    def create_with(self, data):
        return services.add_scan(data.pop("collaboration"), actor=self.request.user, **data)

    def update_with(self, obj, data):
        return services.update_scan(obj, actor=self.request.user, **data)

    def delete_with(self, obj):
        services.remove_scan(obj, actor=self.request.user)
