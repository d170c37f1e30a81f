"""API of the parties' work (S5, W1–W4): action plans and their versions, activities with their progress
notes, competences, target groups and resources. The same services and the same permission gateway as the
pages: each party keeps its own plan and activities, the coordinators the joint plan and any other."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework.decorators import action

from api.serializers import work as s
from api.views.base import COLLABORATION_FILTER, ScopedWriteViewSet, filtered_by_id, id_param, with_visible_references
from core.services import field_error
from organize.models import ResourceCommitment
from steer.models import Goal, OwnGoal
from work import services
from work.choices import OPEN_ACTIVITY, ActivityStatus, KnowledgeBasis
from work.models import (
    ActionPlan,
    ActionPlanVersion,
    Activity,
    ActivityCompetence,
    ActivityResource,
    ActivityTargetGroup,
    ProgressNote,
)
from work.queries.activities import with_goals
from work.queries.plans import VersionRows

BOOLEAN = {"true": True, "1": True, "false": False, "0": False}


def _listing(request) -> bool:
    return request.method in ("GET", "HEAD")  # a write's answer is the object written


def choice_param(request, name: str, values: Iterable[str]) -> str | None:
    """The value of the query parameter `name`, None when not given; refused (400) naming the parameter
    when it is none of `values`."""
    value = request.query_params.get(name)
    if not value or not _listing(request):
        return None
    allowed = list(values)
    if value not in allowed:
        raise field_error(name, _("Välj ett av: %(values)s.") % {"values": ", ".join(allowed)}, code="invalid_choice")
    return value


def bool_param(request, name: str) -> bool | None:
    value = choice_param(request, name, BOOLEAN)
    return None if value is None else BOOLEAN[value]


# Action plans -----------------------------------------------------------------------------------------

PLAN_FILTERS = [
    COLLABORATION_FILTER,
    OpenApiParameter("organization", OpenApiTypes.INT, description="Only the plans of this party (its id)."),
    OpenApiParameter(
        "joint",
        OpenApiTypes.BOOL,
        description="`true`: only the collaboration's joint plan (it has no party); `false`: only the parties' plans.",
    ),
]


@extend_schema_view(list=extend_schema(parameters=PLAN_FILTERS))
class ActionPlanViewSet(ScopedWriteViewSet):
    """Action plans (S5): each party's own plan for the collaboration and a period, and the collaboration's
    joint plan (no `organization`). Any participant may start a plan for their own organization; its
    representatives and the coordinators keep it. A plan with activities is not deleted (400)."""

    model = ActionPlan
    serializer_class = s.ActionPlanSerializer
    update_serializer_class = s.ActionPlanUpdateSerializer
    related = ("organization",)

    def get_queryset(self):
        qs = filtered_by_id(super().get_queryset(), self.request, "organization")
        joint = bool_param(self.request, "joint")
        return qs if joint is None else qs.filter(organization__isnull=joint)

    def create_with(self, data):
        return services.create_action_plan(data.pop("collaboration"), actor=self.request.user, **data)

    def update_with(self, obj, data):
        return services.update_action_plan(obj, actor=self.request.user, **data)

    def delete_with(self, obj):
        services.delete_action_plan(obj, actor=self.request.user)


PLAN_FILTER = OpenApiParameter("plan", OpenApiTypes.INT, description="Only what belongs to this action plan (its id).")


@extend_schema_view(list=extend_schema(parameters=[COLLABORATION_FILTER, PLAN_FILTER]))
class ActionPlanVersionViewSet(ScopedWriteViewSet):
    """The saved versions of the action plans, newest first. POST keeps a plan as it is now as its next
    version; `decision` records the party's decision on a version (body, date, reference)."""

    model = ActionPlanVersion
    serializer_class = s.ActionPlanVersionSerializer
    related = ("plan",)
    prefetch = ()

    def get_queryset(self):
        qs = super().get_queryset().order_by("plan_id", "-number")
        return filtered_by_id(qs, self.request, "plan")

    def get_serializer_context(self) -> dict[str, Any]:
        return {**super().get_serializer_context(), "rows_of": VersionRows(self.request.user)}

    def create_with(self, data):
        return services.save_plan_version(data["plan"], actor=self.request.user, note=data.get("note", ""))

    @extend_schema(request=s.PlanDecisionSerializer, responses=s.ActionPlanVersionSerializer)
    @action(detail=True, methods=["post"])
    def decision(self, request, pk=None):
        """Record the party's decision on the version: which of its bodies decided, when (not before the
        version was saved, not in the future), with which reference."""
        version = self.get_object()
        serializer = s.PlanDecisionSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        decided = services.record_plan_decision(version, actor=request.user, **serializer.validated_data)
        return self.answer_with(decided)


# Activities -------------------------------------------------------------------------------------------

ACTIVITY_FILTERS = [
    COLLABORATION_FILTER,
    PLAN_FILTER,
    OpenApiParameter(
        "goal",
        OpenApiTypes.INT,
        description="Only the activities serving this shared goal (its id), directly or through a party's own goal.",
    ),
    OpenApiParameter("own_goal", OpenApiTypes.INT, description="Only the activities serving this own goal (its id)."),
    OpenApiParameter(
        "status",
        str,
        enum=[*ActivityStatus.values, "open", "late"],
        description="An activity's status; `open`: planned, ongoing or paused; `late`: open after its end date.",
    ),
    OpenApiParameter(
        "knowledge_basis",
        str,
        enum=[*KnowledgeBasis.values, "unknown"],
        description="What the activity rests on; `unknown`: not said.",
    ),
    OpenApiParameter(
        "owner_organization", OpenApiTypes.INT, description="Only the activities this organization is responsible for."
    ),
]


@extend_schema_view(list=extend_schema(parameters=ACTIVITY_FILTERS))
class ActivityViewSet(ScopedWriteViewSet):
    """Activities of the action plans, each with its responsible organization and person and the goals it
    serves (only those the caller may see are named). POST adds one to a plan (`plan`); `progress` says how
    it goes (and moves its status); an innovation's pilot is evaluated with `evaluation` and then scaled up
    with `scale-up`."""

    model = Activity
    serializer_class = s.ActivitySerializer
    update_serializer_class = s.ActivityUpdateSerializer
    related = ("plan", "owner_organization", "owner_person")

    def get_queryset(self):
        user = self.request.user
        qs = with_goals(super().get_queryset(), user).order_by("start_date", "pk")
        for name in ("plan", "owner_organization"):
            qs = filtered_by_id(qs, self.request, name)
        if not _listing(self.request):
            return qs
        goal, own_goal = id_param(self.request, "goal"), id_param(self.request, "own_goal")
        if goal is not None:
            goals = Goal.objects.visible_to(user).filter(pk=goal).values("pk")
            through_own = OwnGoal.objects.visible_to(user).filter(shared_goals__in=goals).values("pk")
            serving = Activity.objects.visible_to(user).filter(Q(goals__in=goals) | Q(own_goals__in=through_own))
            qs = qs.filter(pk__in=serving.values("pk"))
        if own_goal is not None:
            qs = qs.filter(own_goals__in=OwnGoal.objects.visible_to(user).filter(pk=own_goal).values("pk"))
        status = choice_param(self.request, "status", [*ActivityStatus.values, "open", "late"])
        if status == "open":
            qs = qs.filter(status__in=OPEN_ACTIVITY)
        elif status == "late":
            qs = qs.filter(status__in=OPEN_ACTIVITY, end_date__lt=timezone.localdate())
        elif status:
            qs = qs.filter(status=status)
        basis = choice_param(self.request, "knowledge_basis", [*KnowledgeBasis.values, "unknown"])
        if basis:
            qs = qs.filter(knowledge_basis="" if basis == "unknown" else basis)
        return qs

    def create_with(self, data):
        return services.create_activity(data.pop("plan"), actor=self.request.user, **data)

    def update_with(self, obj, data):
        # The goals the caller may not see are kept by the service when the caller sends the goals back.
        user = self.request.user
        return services.update_activity(obj, actor=user, **data)

    def delete_with(self, obj):
        services.delete_activity(obj, actor=self.request.user)

    @extend_schema(request=s.ActivityProgressSerializer, responses=s.ActivitySerializer)
    @action(detail=True, methods=["post"])
    def progress(self, request, pk=None):
        """Say how the activity goes (a progress note); the status given is the activity's from then on."""
        activity = self.get_object()
        serializer = s.ActivityProgressSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        services.add_progress_note(activity, actor=request.user, **serializer.validated_data)
        return self.answer_with(activity)

    @extend_schema(request=s.ActivityEvaluationSerializer, responses=s.ActivitySerializer)
    @action(detail=True, methods=["post"])
    def evaluation(self, request, pk=None):
        """Record the evaluation of an innovation's pilot: the day it was done and what it showed."""
        activity = self.get_object()
        serializer = s.ActivityEvaluationSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        evaluated = services.record_evaluation(
            activity,
            actor=request.user,
            evaluated_on=data.get("evaluated_on"),
            evaluation_result=data.get("evaluation_result", ""),
        )
        return self.answer_with(evaluated)

    @extend_schema(request=s.ActivityScaleUpSerializer, responses=s.ActivitySerializer)
    @action(detail=True, methods=["post"], url_path="scale-up", url_name="scale-up")
    def scale_up(self, request, pk=None):
        """Mark the innovation as scaled up: only once its pilot's evaluation is recorded (400 naming
        `scaled_up_on`, with the rule)."""
        activity = self.get_object()
        serializer = s.ActivityScaleUpSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        on = serializer.validated_data.get("scaled_up_on")
        return self.answer_with(services.scale_up_activity(activity, actor=request.user, on=on))


# Parts of an activity ---------------------------------------------------------------------------------

ACTIVITY_FILTER = OpenApiParameter(
    "activity", OpenApiTypes.INT, description="Only the parts of this activity (its id)."
)


class ActivityPartViewSet(ScopedWriteViewSet):
    """What the viewsets of an activity's parts share: exactly as visible as the activity, `?activity=`."""

    prefetch = ()

    def get_queryset(self):
        return filtered_by_id(super().get_queryset().order_by("activity_id", "pk"), self.request, "activity")


@extend_schema_view(list=extend_schema(parameters=[COLLABORATION_FILTER, ACTIVITY_FILTER]))
class ProgressNoteViewSet(ActivityPartViewSet):
    """The progress notes of the activities, the latest first: each says how it went on a day and the
    status from then on (the latest note's is the activity's)."""

    model = ProgressNote
    serializer_class = s.ProgressNoteSerializer
    related = ("activity", "author")

    def get_queryset(self):
        return super().get_queryset().order_by("activity_id", "-written_on", "-pk")

    def create_with(self, data):
        return services.add_progress_note(data.pop("activity"), actor=self.request.user, **data)

    def delete_with(self, obj):
        services.remove_progress_note(obj, actor=self.request.user)


@extend_schema_view(list=extend_schema(parameters=[COLLABORATION_FILTER, ACTIVITY_FILTER]))
class ActivityCompetenceViewSet(ActivityPartViewSet):
    """The competences the activities need and the parties that provide them; one without a provider is a
    gap (`is_gap`)."""

    model = ActivityCompetence
    serializer_class = s.ActivityCompetenceSerializer
    update_serializer_class = s.ActivityCompetenceUpdateSerializer
    related = ("activity", "provider")

    def create_with(self, data):
        return services.add_competence(data.pop("activity"), actor=self.request.user, **data)

    def update_with(self, obj, data):
        return services.update_competence(obj, actor=self.request.user, **data)

    def delete_with(self, obj):
        services.remove_competence(obj, actor=self.request.user)


@extend_schema_view(list=extend_schema(parameters=[COLLABORATION_FILTER, ACTIVITY_FILTER]))
class ActivityTargetGroupViewSet(ActivityPartViewSet):
    """The target groups the activities involve and how: informed, consulted or co-creating."""

    model = ActivityTargetGroup
    serializer_class = s.ActivityTargetGroupSerializer
    update_serializer_class = s.ActivityTargetGroupUpdateSerializer
    related = ("activity",)

    def create_with(self, data):
        return services.add_target_group(data.pop("activity"), actor=self.request.user, **data)

    def update_with(self, obj, data):
        return services.update_target_group(obj, actor=self.request.user, **data)

    def delete_with(self, obj):
        services.remove_target_group(obj, actor=self.request.user)


@extend_schema_view(list=extend_schema(parameters=[COLLABORATION_FILTER, ACTIVITY_FILTER]))
class ActivityResourceViewSet(ActivityPartViewSet):
    """The money and staff time of the activities per year, committed and actual, drawn from what the
    responsible party set aside for the collaboration that year. POST sets a year's figures (or changes
    those the year has)."""

    model = ActivityResource
    serializer_class = s.ActivityResourceSerializer
    update_serializer_class = s.ActivityResourceUpdateSerializer
    related = ("activity",)

    def get_queryset(self):
        qs = super().get_queryset().order_by("activity_id", "year")
        return with_visible_references(qs, self.request.user, commitment=ResourceCommitment)

    def create_with(self, data):
        activity, year = data.pop("activity"), data.pop("year")
        return services.set_activity_resource(activity, actor=self.request.user, year=year, **data)

    def update_with(self, obj, data):
        # What is not sent is kept (the service takes the year's figures as a whole).
        data = {**obj.amounts(), "note": obj.note, **data}
        return services.set_activity_resource(obj.activity, actor=self.request.user, year=obj.year, **data)

    def delete_with(self, obj):
        services.remove_activity_resource(obj, actor=self.request.user)
