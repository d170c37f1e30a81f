"""Serializers of the parties' work (S5, W1–W4): action plans with their versions and decisions, activities
with their progress notes, competences, target groups and resources. Relations are offered only among what
the caller may see; the services check the domain rules (an owner and a goal, a party's own plan, a pilot
evaluated before it is scaled up, resources within the party's commitment) and name the field."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from actors.models import Person
from api.serializers.base import ScopedSerializer, VisibleRelatedField, organization_field
from collaborations.parts.sources import SOURCE_FIELDS
from organize.choices import DecisionBody
from organize.models import ResourceCommitment
from steer.models import Goal, OwnGoal
from work.engine.pilot import RULE
from work.models import (
    ActionPlan,
    ActionPlanVersion,
    Activity,
    ActivityCompetence,
    ActivityResource,
    ActivityTargetGroup,
    ProgressNote,
)


def _read_only_collaboration() -> serializers.SlugRelatedField[Any]:
    return serializers.SlugRelatedField(slug_field="slug", read_only=True)


# Action plans -----------------------------------------------------------------------------------------


class ActionPlanSerializer(ScopedSerializer):
    """A party's action plan for the collaboration and a period (`organization`), or without one the
    collaboration's joint plan, which the coordinators write. A representative writes their own party's
    plan only (400 naming `organization` otherwise)."""

    organization = organization_field(
        required=False,
        allow_null=True,
        help_text=_("Den part vars handlingsplan det är. Tomt: samverkans gemensamma handlingsplan."),
    )
    # no default: a default is left out of a PATCH's answer (DRF's partial)
    organization_name = serializers.CharField(source="organization.name", read_only=True, allow_null=True)
    is_joint = serializers.BooleanField(read_only=True)
    period = serializers.CharField(read_only=True)

    class Meta(ScopedSerializer.Meta):
        model = ActionPlan
        fields = [
            *ScopedSerializer.Meta.fields,
            "organization",
            "organization_name",
            "is_joint",
            "title",
            "start_year",
            "end_year",
            "period",
            "description",
            *SOURCE_FIELDS,
        ]


class ActionPlanUpdateSerializer(ActionPlanSerializer):
    collaboration = _read_only_collaboration()


class ActionPlanRowSerializer(serializers.Serializer):
    """An activity as it was when the version was saved: the columns of the Excel template."""

    id = serializers.IntegerField(allow_null=True)
    title = serializers.CharField()
    description = serializers.CharField(allow_blank=True)
    owner_organization = serializers.CharField(allow_blank=True)
    owner_person = serializers.CharField(allow_blank=True)
    start_date = serializers.CharField(allow_blank=True, help_text="YYYY-MM-DD; empty when not known.")
    end_date = serializers.CharField(allow_blank=True, help_text="YYYY-MM-DD; empty when not known.")
    status = serializers.CharField(allow_blank=True)
    goals = serializers.CharField(
        allow_blank=True, help_text="The goals' titles, separated by “; ” (one the caller may not see: “dolt objekt”)."
    )
    knowledge_basis = serializers.CharField(allow_blank=True)
    evidence_reference = serializers.CharField(allow_blank=True)


class ActionPlanVersionSerializer(ScopedSerializer):
    """A saved version of a plan: POST saves the plan as it is now as its next version (`note`: what
    changed); `rows` are its activities as they were then (those the caller may see). The party's decision
    on it is recorded with the `decision` action."""

    collaboration = _read_only_collaboration()
    plan: serializers.PrimaryKeyRelatedField[Any] = VisibleRelatedField(ActionPlan)
    rows = serializers.SerializerMethodField()
    decision_body = serializers.ChoiceField(
        choices=DecisionBody.choices, allow_blank=True, read_only=True, help_text="Empty: not known (or no decision)."
    )
    is_decided = serializers.BooleanField(read_only=True)
    visibility = None  # a part of its plan: exactly as visible as the plan
    shared_with = None

    class Meta(ScopedSerializer.Meta):
        model = ActionPlanVersion
        fields = [
            "id",
            "collaboration",
            "plan",
            "number",
            "saved_on",
            "note",
            "imported_from",
            "rows",
            "decision_body",
            "decision_body_name",
            "decision_date",
            "decision_reference",
            "is_decided",
        ]
        read_only_fields = [
            "number",
            "saved_on",
            "imported_from",
            "decision_body_name",
            "decision_date",
            "decision_reference",
        ]

    @extend_schema_field(ActionPlanRowSerializer(many=True))
    def get_rows(self, obj: ActionPlanVersion) -> list[dict[str, Any]]:
        reader = self.context.get("rows_of")
        if reader is None:
            return []
        listed = self.parent.instance if isinstance(self.parent, serializers.ListSerializer) else None
        return reader(obj, list(listed) if listed is not None else None)  # read once for the whole list


class PlanDecisionSerializer(serializers.ModelSerializer):
    """The party's decision on a version: which of its bodies decided, when, with which reference (each
    may be unknown; what is not sent is kept)."""

    class Meta:
        model = ActionPlanVersion
        fields = ["decision_body", "decision_body_name", "decision_date", "decision_reference"]
        extra_kwargs = {name: {"required": False} for name in fields}


# Activities -------------------------------------------------------------------------------------------


class ActivitySerializer(ScopedSerializer):
    """An activity of an action plan. It has a responsible organization, a party of the collaboration, and
    a responsible person who represents it, and serves at least one goal (`goals` or `own_goals`); without
    them it is refused naming the field. `status` moves with a progress note (`progress`), the pilot's
    evaluation with `evaluation`, the scale-up with `scale-up`."""

    collaboration = _read_only_collaboration()  # the plan's
    plan: serializers.PrimaryKeyRelatedField[Any] = VisibleRelatedField(ActionPlan)
    owner_organization = organization_field(
        required=False,
        allow_null=True,
        help_text="Required: the organization, a party of the collaboration, that is responsible.",
    )
    owner_organization_name = serializers.CharField(source="owner_organization.name", read_only=True)
    owner_person = serializers.PrimaryKeyRelatedField(
        queryset=Person.objects.all(),
        required=False,
        allow_null=True,
        help_text="Required: the responsible person, who represents the responsible organization.",
    )
    goals = VisibleRelatedField(
        Goal, many=True, required=False, help_text="Shared goals it serves (at least one goal or own goal)."
    )
    own_goals = VisibleRelatedField(
        OwnGoal,
        many=True,
        required=False,
        help_text="The responsible party's (or the plan's party's) own goals it serves.",
    )
    is_late = serializers.SerializerMethodField()
    is_pilot = serializers.BooleanField(read_only=True)

    class Meta(ScopedSerializer.Meta):
        model = Activity
        fields = [
            *ScopedSerializer.Meta.fields,
            "plan",
            "title",
            "description",
            "owner_organization",
            "owner_organization_name",
            "owner_person",
            "start_date",
            "end_date",
            "status",
            "is_late",
            "goals",
            "own_goals",
            "knowledge_basis",
            "evidence_reference",
            "is_pilot",
            "pilot_scope",
            "pilot_size",
            "evaluation_plan",
            "evaluation_due",
            "evaluated_on",
            "evaluation_result",
            "scaled_up_on",
            *SOURCE_FIELDS,
        ]
        read_only_fields = ["status", "evaluated_on", "evaluation_result", "scaled_up_on"]
        extra_kwargs = {"pilot_size": {"max_value": 2_147_483_647}}

    def get_is_late(self, obj: Activity) -> bool:
        """Still open after its end date."""
        return obj.is_late()


class ActivityUpdateSerializer(ActivitySerializer):
    """A change of an activity; it stays in its plan."""

    plan = serializers.PrimaryKeyRelatedField(read_only=True)


class ActivityProgressSerializer(serializers.ModelSerializer):
    """How the activity goes: what was done (`text`), the status it has from then on (its present status
    unless given), the day (today unless given; not in the future)."""

    class Meta:
        model = ProgressNote
        fields = ["written_on", "status", "text"]
        extra_kwargs = {"written_on": {"required": False}, "status": {"required": False}}


class ActivityEvaluationSerializer(serializers.ModelSerializer):
    """The evaluation of an innovation's pilot: the day it was done and what it showed (both required)."""

    class Meta:
        model = Activity
        fields = ["evaluated_on", "evaluation_result"]


class ActivityScaleUpSerializer(serializers.Serializer):
    scaled_up_on = serializers.DateField(
        required=False, allow_null=True, help_text=f"The day it was scaled up (today unless given). {RULE}"
    )


# Parts of an activity ---------------------------------------------------------------------------------


class _ActivityPartSerializer(ScopedSerializer):
    collaboration = _read_only_collaboration()
    activity: serializers.PrimaryKeyRelatedField[Any] = VisibleRelatedField(Activity)
    visibility = None  # a part of its activity: exactly as visible as the activity
    shared_with = None


class ProgressNoteSerializer(_ActivityPartSerializer):
    """A progress note: POST says how the activity goes (its status from then on: the latest note's)."""

    author: serializers.PrimaryKeyRelatedField[Any] = serializers.PrimaryKeyRelatedField(
        read_only=True, allow_null=True
    )
    author_name: serializers.StringRelatedField[Any] = serializers.StringRelatedField(
        source="author", read_only=True, allow_null=True
    )

    class Meta(ScopedSerializer.Meta):
        model = ProgressNote
        fields = ["id", "collaboration", "activity", "written_on", "status", "text", "author", "author_name"]
        extra_kwargs = {"written_on": {"required": False}, "status": {"required": False}}


class ActivityCompetenceSerializer(_ActivityPartSerializer):
    """A competence the activity needs and the party that provides it; without one it is a gap (`is_gap`)."""

    provider = organization_field(required=False, allow_null=True)
    provider_name = serializers.CharField(source="provider.name", read_only=True, allow_null=True)
    is_gap = serializers.BooleanField(read_only=True)

    class Meta(ScopedSerializer.Meta):
        model = ActivityCompetence
        fields = ["id", "collaboration", "activity", "competence", "provider", "provider_name", "note", "is_gap"]


class ActivityCompetenceUpdateSerializer(ActivityCompetenceSerializer):
    activity = serializers.PrimaryKeyRelatedField(read_only=True)


class ActivityTargetGroupSerializer(_ActivityPartSerializer):
    """A target group the activity involves, how (informed, consulted, co-creating) and what shows it."""

    class Meta(ScopedSerializer.Meta):
        model = ActivityTargetGroup
        fields = ["id", "collaboration", "activity", "kind", "description", "involvement", "evidence"]


class ActivityTargetGroupUpdateSerializer(ActivityTargetGroupSerializer):
    activity = serializers.PrimaryKeyRelatedField(read_only=True)


class ActivityResourceSerializer(_ActivityPartSerializer):
    """The money and staff time the activity takes in a year, committed and actual (each may be unknown).
    POST sets the year's figures (or changes those the year has). They are drawn from what the owner set
    aside for the collaboration that year (`commitment`, a resource commitment; null when there is none or
    the caller may not see it); together the activities take no more of it than it holds."""

    commitment = VisibleRelatedField(ResourceCommitment, read_only=True, allow_null=True)

    class Meta(ScopedSerializer.Meta):
        model = ActivityResource
        fields = [
            "id",
            "collaboration",
            "activity",
            "year",
            "money_committed",
            "money_actual",
            "fte_committed",
            "fte_actual",
            "commitment",
            "note",
        ]


class ActivityResourceUpdateSerializer(ActivityResourceSerializer):
    activity = serializers.PrimaryKeyRelatedField(read_only=True)
    year = serializers.IntegerField(read_only=True)
