"""Serializers of the steering part. Relations are limited to what the caller may see; the services
check the domain rules (the same collaboration, a party of it, targets after the baseline, …).

Indicators and goals carry their computed status and trend. They are computed in bulk for all the
objects of a response (a page of a list, or the one object of a detail) by the list serializer, with
a fixed number of queries, the same way the pages compute them."""

from __future__ import annotations

from typing import Any

from django.db.models import Manager
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from actors.models import Area
from api.serializers.base import ScopedSerializer, VisibleRelatedField, organization_field, validated_document
from collaborations.choices import ParticipationRole
from collaborations.parts.sources import SOURCE_FIELDS
from core.numbers import plain_number
from organize.models import ResourceCommitment
from stats.models import Series
from steer import queries
from steer.choices import GoalStatus, RoundStatus, Status, Trend
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
    IndicatorTarget,
    IndicatorValue,
    OwnBenefit,
    OwnGoal,
    SituationAnalysis,
)

ORDER_LIMITS = {"min_value": 0, "max_value": 1000}


def _field_name(model, name):
    return model._meta.get_field(name).verbose_name


def _read_only_collaboration():
    return serializers.SlugRelatedField(slug_field="slug", read_only=True)


def _user_of(serializer):
    request = serializer.context.get("request")
    return request.user if request is not None else None


def area_field(**kwargs):
    """Areas by SCB code, as for collaborations and statistics."""
    return serializers.SlugRelatedField(slug_field="scb_code", queryset=Area.objects.all(), **kwargs)


# Computed status and trend ----------------------------------------------------------------------------


class ComputedListSerializer(serializers.ListSerializer):
    """Computes what the items show (status, trend …) for all of them at once, then serializes each."""

    def to_representation(self, data):
        items = list(data.all() if isinstance(data, Manager) else data)
        self.child.remember(self.child.compute(items))
        return [self.child.to_representation(item) for item in items]


class ComputedMixin:
    """A serializer whose objects show values computed in bulk; a single object is computed on its own.
    The serializer that mixes it in defines `compute(objects) -> {pk: result}`."""

    _computed: dict | None = None

    def remember(self, results: dict) -> None:
        self._computed = {**(self._computed or {}), **results}

    def computed(self, obj):
        if self._computed is None or obj.pk not in self._computed:
            self.remember(self.compute([obj]))
        return self._computed[obj.pk]


# The situation analysis ---------------------------------------------------------------------------------


class SituationAnalysisSerializer(ScopedSerializer):
    """One version of the analysis. POST saves a new version; what is left out is carried over from the
    current version."""

    class Meta(ScopedSerializer.Meta):
        model = SituationAnalysis
        fields = [
            *ScopedSerializer.Meta.fields,
            "number",
            "drafted_on",
            "problem",
            "causes",
            "trends",
            "done_local",
            "done_regional",
            "done_national",
            "done_international",
            "research",
            "others_succeeded",
            "collective_benefit",
            *SOURCE_FIELDS,
        ]
        read_only_fields = ["number"]


class AnalysisActorSerializer(ScopedSerializer):
    organization = organization_field(required=False, allow_null=True)
    organization_name = serializers.CharField(source="organization.name", read_only=True, allow_null=True)

    class Meta(ScopedSerializer.Meta):
        model = AnalysisActor
        fields = [
            *ScopedSerializer.Meta.fields,
            "organization",
            "organization_name",
            "name",
            "sector",
            "effect",
            "is_missing",
            "invitation_status",
            "invited_on",
            "invitation_message",
        ]
        read_only_fields = ["invitation_status", "invited_on", "invitation_message"]


class InvitationSerializer(serializers.Serializer):
    """Invite a missing actor: the organization (from the register) and a message."""

    organization = organization_field(required=False, allow_null=True)
    message = serializers.CharField(required=False, allow_blank=True, default="")


class InvitationAnswerSerializer(serializers.Serializer):
    """The invited organization's answer; a yes makes it a participant in the given role."""

    accepted = serializers.BooleanField()
    role = serializers.ChoiceField(choices=ParticipationRole.choices, required=False, default="party")


class OwnBenefitSerializer(ScopedSerializer):
    organization = organization_field()
    organization_name = serializers.CharField(source="organization.name", read_only=True)

    class Meta(ScopedSerializer.Meta):
        model = OwnBenefit
        fields = [*ScopedSerializer.Meta.fields, "organization", "organization_name", "text", *SOURCE_FIELDS]


class OwnBenefitUpdateSerializer(OwnBenefitSerializer):
    collaboration = _read_only_collaboration()
    organization = serializers.PrimaryKeyRelatedField(read_only=True)


# Goals --------------------------------------------------------------------------------------------------


class GoalDocumentSerializer(ScopedSerializer):
    class Meta(ScopedSerializer.Meta):
        model = GoalDocument
        fields = [
            *ScopedSerializer.Meta.fields,
            "kind",
            "title",
            "year_from",
            "year_to",
            "adopted_by",
            "url",
            "description",
            *SOURCE_FIELDS,
        ]


def goal_results(goals: list[Goal], user) -> dict[int, queries.GoalResult]:
    """Each goal's status and trend rolled up from all visible indicators and sub-goals of its
    collaboration (`queries.goal_statuses_in`)."""
    if not goals:
        return {}
    results = queries.goal_statuses_in({g.collaboration_id for g in goals}, user)
    missing = [g for g in goals if g.pk not in results]  # written but not visible to the caller
    if missing:
        results.update(queries.goal_statuses(missing, [], {}))
    return results


class GoalSerializer(ComputedMixin, ScopedSerializer):
    """A shared goal in a goal document (sub-goals name their `parent`); `status` and `trend` are rolled up
    from its indicators and sub-goals by the same rule as the pages. A goal marked achieved (`achieved_year`,
    `achieved_evidence`) or superseded (`superseded_by`, the successor) has that status instead, and
    `measured_status` keeps what its indicators say; `supersedes` lists the goals it replaced."""

    collaboration = _read_only_collaboration()
    document = VisibleRelatedField(GoalDocument)
    # The API field `parent` shares its name with DRF's Field.parent (the serializer a bound field belongs
    # to), which the stubs type on every serializer; DRF collects this class attribute as a field all the same.
    parent = VisibleRelatedField(Goal, required=False, allow_null=True)  # type: ignore[assignment]
    resources = VisibleRelatedField(ResourceCommitment, many=True, required=False)
    superseded_by = VisibleRelatedField(Goal, required=False, allow_null=True)
    supersedes = serializers.SerializerMethodField()
    status = serializers.SerializerMethodField()
    measured_status = serializers.SerializerMethodField()
    trend = serializers.SerializerMethodField()

    class Meta(ScopedSerializer.Meta):
        model = Goal
        list_serializer_class = ComputedListSerializer
        fields = [
            *ScopedSerializer.Meta.fields,
            "document",
            "parent",
            "title",
            "description",
            "term",
            "target_year",
            "order",
            "resources",
            "achieved_year",
            "achieved_evidence",
            "superseded_by",
            "supersedes",
            *SOURCE_FIELDS,
            "status",
            "measured_status",
            "trend",
        ]
        extra_kwargs = {"order": ORDER_LIMITS}

    def compute(self, objects):
        user = _user_of(self)
        results = goal_results(objects, user)
        predecessors: dict[int, list[int]] = {o.pk: [] for o in objects}
        if objects:
            for successor_id, pk in (
                Goal.objects.visible_to(user)
                .filter(superseded_by__in=[o.pk for o in objects])
                .order_by("pk")
                .values_list("superseded_by_id", "pk")
            ):
                predecessors[successor_id].append(pk)
        return {o.pk: (results[o.pk], predecessors[o.pk]) for o in objects}

    @extend_schema_field(serializers.ChoiceField(choices=GoalStatus.choices))
    def get_status(self, obj) -> str:
        """Rolled up from the goal's indicators and sub-goals; `achieved` or `superseded` when marked so."""
        return self.computed(obj)[0].status

    @extend_schema_field(serializers.ChoiceField(choices=Status.choices, allow_null=True))
    def get_measured_status(self, obj) -> str | None:
        """For a goal marked achieved or superseded: what its indicators and sub-goals roll up to."""
        return self.computed(obj)[0].measured

    @extend_schema_field(serializers.ChoiceField(choices=Trend.choices))
    def get_trend(self, obj) -> str:
        return self.computed(obj)[0].trend

    @extend_schema_field(serializers.ListField(child=serializers.IntegerField()))
    def get_supersedes(self, obj) -> list[int]:
        """The goals (that the caller may see) which this goal replaced."""
        return self.computed(obj)[1]


class OwnGoalSerializer(ScopedSerializer):
    organization = organization_field()
    organization_name = serializers.CharField(source="organization.name", read_only=True)
    shared_goals = VisibleRelatedField(Goal, many=True)

    class Meta(ScopedSerializer.Meta):
        model = OwnGoal
        fields = [
            *ScopedSerializer.Meta.fields,
            "organization",
            "organization_name",
            "title",
            "description",
            "shared_goals",
            "placement",
            "document_name",
            "document_year",
            *SOURCE_FIELDS,
        ]


class OwnGoalUpdateSerializer(OwnGoalSerializer):
    collaboration = _read_only_collaboration()
    organization = serializers.PrimaryKeyRelatedField(read_only=True)


class GoalConflictSerializer(ScopedSerializer):
    goals = VisibleRelatedField(Goal, many=True, required=False)
    parties = organization_field(many=True)

    class Meta(ScopedSerializer.Meta):
        model = GoalConflict
        fields = [
            *ScopedSerializer.Meta.fields,
            "title",
            "description",
            "goals",
            "documents",
            "parties",
            "handling",
            "status",
            *SOURCE_FIELDS,
        ]


# Indicators ---------------------------------------------------------------------------------------------


class IndicatorTargetSerializer(serializers.ModelSerializer):
    class Meta:
        model = IndicatorTarget
        fields = ["year", "value", "value_high", "note"]
        validators: list = []


class IndicatorSerializer(ComputedMixin, ScopedSerializer):
    """An indicator with its targets and areas; `status`, `trend`, `latest_year` and `latest_value`
    are computed from its values (or its statistical series) by the same rule as the pages."""

    collaboration = _read_only_collaboration()
    goal = VisibleRelatedField(Goal)
    areas = area_field(many=True)
    series = serializers.PrimaryKeyRelatedField(queryset=Series.objects.all(), required=False, allow_null=True)
    responsible_organization = organization_field(required=False, allow_null=True)
    targets = IndicatorTargetSerializer(many=True, required=False)
    status = serializers.SerializerMethodField()
    trend = serializers.SerializerMethodField()
    latest_year = serializers.SerializerMethodField()
    latest_value = serializers.SerializerMethodField()
    baseline_text = serializers.SerializerMethodField()

    class Meta(ScopedSerializer.Meta):
        model = Indicator
        list_serializer_class = ComputedListSerializer
        fields = [
            *ScopedSerializer.Meta.fields,
            "goal",
            "name",
            "measure_type",
            "unit",
            "direction",
            "baseline_value",
            "baseline_year",
            "baseline_source",
            "baseline_text",
            "targets",
            "areas",
            "by_gender",
            "series",
            "is_ratio",
            "numerator_label",
            "denominator_label",
            "responsible_organization",
            "frequency",
            "rationale",
            "order",
            "values_invented",
            *SOURCE_FIELDS,
            "status",
            "trend",
            "latest_year",
            "latest_value",
        ]
        extra_kwargs = {"order": ORDER_LIMITS}

    def compute(self, objects):
        return queries.indicator_statuses(objects, _user_of(self))

    @extend_schema_field(serializers.ChoiceField(choices=Status.choices))
    def get_status(self, obj) -> str:
        return self.computed(obj).status

    @extend_schema_field(serializers.ChoiceField(choices=Trend.choices))
    def get_trend(self, obj) -> str:
        return self.computed(obj).trend

    @extend_schema_field(serializers.IntegerField(min_value=1900, max_value=2100, allow_null=True))
    def get_latest_year(self, obj) -> int | None:
        return self.computed(obj).latest_year

    @extend_schema_field(serializers.FloatField(allow_null=True))
    def get_latest_value(self, obj) -> float | None:
        """The latest value of the area and gender that decides the status."""
        return self.computed(obj).latest_value

    def get_baseline_text(self, obj) -> str:
        """The baseline as the pages show it: value, unit and year, or "utgångsvärde saknas" when unknown."""
        if obj.baseline_year is None:
            return _("utgångsvärde saknas")
        return f"{plain_number(obj.baseline_value)} {obj.unit}".strip() + f" ({obj.baseline_year})"


class IndicatorValueSerializer(ScopedSerializer):
    """A value entered by hand, with its source; POST enters or corrects the value of an indicator, area, year
    and gender. For a ratio indicator, give `numerator` and `denominator`: `value` is their share."""

    collaboration = _read_only_collaboration()
    indicator: serializers.PrimaryKeyRelatedField[Any] = VisibleRelatedField(Indicator)
    area = area_field()
    entered_by = organization_field(required=False, allow_null=True)

    class Meta(ScopedSerializer.Meta):
        model = IndicatorValue
        fields = [
            *ScopedSerializer.Meta.fields,
            "indicator",
            "area",
            "year",
            "gender",
            "value",
            "numerator",
            "denominator",
            "comment",
            "entered_by",
            "is_invented",
            *SOURCE_FIELDS,
        ]
        # for a ratio indicator the value is computed from the numerator and denominator
        extra_kwargs = {"value": {"required": False}}


class IndicatorValueUpdateSerializer(IndicatorValueSerializer):
    indicator = serializers.PrimaryKeyRelatedField(read_only=True)
    area = serializers.SlugRelatedField(slug_field="scb_code", read_only=True)

    class Meta(IndicatorValueSerializer.Meta):
        read_only_fields = ["year", "gender"]


# Follow-up ----------------------------------------------------------------------------------------------


class FollowUpRoundSerializer(ScopedSerializer):
    coordinating_organization = organization_field()

    class Meta(ScopedSerializer.Meta):
        model = FollowUpRound
        fields = [
            *ScopedSerializer.Meta.fields,
            "title",
            "year",
            "start_date",
            "due_date",
            "coordinating_organization",
            "status",
            "summary",
            "closed_on",
            *SOURCE_FIELDS,
        ]
        read_only_fields = ["closed_on"]

    def validate_status(self, value):
        already_closed = self.instance is not None and self.instance.status == RoundStatus.CLOSED
        if value == RoundStatus.CLOSED and not already_closed:
            raise serializers.ValidationError(
                _("En omgång avslutas med åtgärden close, som sparar läget för indikatorerna.")
            )
        return value


class CloseRoundSerializer(serializers.Serializer):
    summary = serializers.CharField(required=False, allow_blank=True)
    confirm_before_start = serializers.BooleanField(
        required=False,
        default=False,
        help_text="Close the round although its period has not begun (refused without it).",
    )


class AssessmentSerializer(ScopedSerializer):
    """The round's judgement of a goal or an indicator; POST replaces an earlier one in the round."""

    collaboration = _read_only_collaboration()
    round: serializers.PrimaryKeyRelatedField[Any] = VisibleRelatedField(FollowUpRound)
    goal: serializers.PrimaryKeyRelatedField[Any] = VisibleRelatedField(Goal, required=False, allow_null=True)
    indicator: serializers.PrimaryKeyRelatedField[Any] = VisibleRelatedField(Indicator, required=False, allow_null=True)
    # Kept for an indicator only: blank ("") for a goal, and for an assessment made before they were kept.
    computed_status = serializers.ChoiceField(
        Status.choices, allow_blank=True, read_only=True, label=capfirst(_field_name(Assessment, "computed_status"))
    )
    computed_trend = serializers.ChoiceField(
        Trend.choices, allow_blank=True, read_only=True, label=capfirst(_field_name(Assessment, "computed_trend"))
    )

    class Meta(ScopedSerializer.Meta):
        model = Assessment
        fields = [
            *ScopedSerializer.Meta.fields,
            "round",
            "goal",
            "indicator",
            "status",
            "text",
            "computed_status",
            "computed_trend",
            "latest_year",
        ]


class AssessmentUpdateSerializer(AssessmentSerializer):
    round = serializers.PrimaryKeyRelatedField(read_only=True)
    goal = serializers.PrimaryKeyRelatedField(read_only=True, allow_null=True)  # one of the two is null
    indicator = serializers.PrimaryKeyRelatedField(read_only=True, allow_null=True)


class EvidenceSerializer(ScopedSerializer):
    round = VisibleRelatedField(FollowUpRound, required=False, allow_null=True)
    participant_organizations = organization_field(many=True, required=False)
    goals = VisibleRelatedField(Goal, many=True, required=False)
    indicators = VisibleRelatedField(Indicator, many=True, required=False)
    attachment = serializers.FileField(required=False, allow_null=True, use_url=False)

    class Meta(ScopedSerializer.Meta):
        model = Evidence
        fields = [
            *ScopedSerializer.Meta.fields,
            "round",
            "method",
            "title",
            "date",
            "participant_organizations",
            "participants_description",
            "summary",
            "attachment",
            "goals",
            "indicators",
            *SOURCE_FIELDS,
        ]

    def validate_attachment(self, upload):
        return validated_document(upload)


class AnalysisEntrySerializer(ScopedSerializer):
    collaboration = _read_only_collaboration()
    round: serializers.PrimaryKeyRelatedField[Any] = VisibleRelatedField(FollowUpRound)
    goal = VisibleRelatedField(Goal, required=False, allow_null=True)
    indicator = VisibleRelatedField(Indicator, required=False, allow_null=True)

    class Meta(ScopedSerializer.Meta):
        model = AnalysisEntry
        fields = [
            *ScopedSerializer.Meta.fields,
            "round",
            "goal",
            "indicator",
            "deviation",
            "causes",
            "improvements",
            "decision",
            "decision_status",
            "decided_on",
            *SOURCE_FIELDS,
        ]


class AnalysisEntryUpdateSerializer(AnalysisEntrySerializer):
    round = serializers.PrimaryKeyRelatedField(read_only=True)


class EnvironmentalScanSerializer(ScopedSerializer):
    round = VisibleRelatedField(FollowUpRound, required=False, allow_null=True)
    goals = VisibleRelatedField(Goal, many=True, required=False)

    class Meta(ScopedSerializer.Meta):
        model = EnvironmentalScan
        fields = [
            *ScopedSerializer.Meta.fields,
            "round",
            "level",
            "date",
            "title",
            "description",
            "reference",
            "goals",
        ]
