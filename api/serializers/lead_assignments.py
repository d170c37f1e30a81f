"""Serializers of assignments (L3). The owner's status and report are written with the `report` action,
cancelling with `cancel`; the rest through the services like the pages."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from actors.models import Person
from api.serializers.base import ScopedSerializer, VisibleRelatedField, organization_field
from lead.models import Assignment, Decision, Meeting
from organize.models import Body
from steer.models import Goal


class AssignmentSerializer(ScopedSerializer):
    body = VisibleRelatedField(
        Body, required=False, help_text=_("Organet som ger uppdraget (behövs inte när mötet eller beslutet anges).")
    )
    meeting = VisibleRelatedField(Meeting, required=False, allow_null=True)
    decision = VisibleRelatedField(Decision, required=False, allow_null=True)
    goal = VisibleRelatedField(Goal, required=False, allow_null=True)
    owner_person = serializers.PrimaryKeyRelatedField(queryset=Person.objects.all(), allow_null=True)
    owner_organization = organization_field(allow_null=True)
    given_on = serializers.DateField(
        required=False, help_text=_("Givet den: mötets dag när det ges vid ett möte, annars i dag om inget anges.")
    )
    is_overdue = serializers.SerializerMethodField()

    class Meta(ScopedSerializer.Meta):
        model = Assignment
        fields = [
            *ScopedSerializer.Meta.fields,
            "body",
            "meeting",
            "decision",
            "given_on",
            "title",
            "description",
            "owner_person",
            "owner_organization",
            "due_date",
            "goal",
            "status",
            "report",
            "completed_on",
            "is_overdue",
        ]
        read_only_fields = ["status", "report", "completed_on"]

    def get_is_overdue(self, obj: Assignment) -> bool:
        return obj.is_overdue()


class AssignmentUpdateSerializer(AssignmentSerializer):
    """A change of a given assignment: what it is, its owner, due date and goal (not where it was given)."""

    class Meta(AssignmentSerializer.Meta):
        read_only_fields = ["body", "meeting", "decision", "given_on", "status", "report", "completed_on"]


class ReportSerializer(serializers.ModelSerializer):
    """The owner's report, as on the page: the status, what was done, and (reported later) the day it
    was done."""

    class Meta:
        model = Assignment
        fields = ["status", "report", "completed_on"]
        extra_kwargs = {
            "status": {"required": False},
            "report": {"required": False, "allow_blank": True},
            "completed_on": {"required": False, "allow_null": True},
        }


class CancelSerializer(serializers.Serializer):
    reason = serializers.CharField(required=False, allow_blank=True)
