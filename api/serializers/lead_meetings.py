"""Serializers of meetings (L1): meetings, agenda items with their minutes, attendance and approvals.
Relations are offered only among what the caller may see; the services check the domain rules (a held
meeting for minutes, none under secrecy, approved minutes frozen, substitutes for called members)."""

from __future__ import annotations

from typing import Any

from rest_framework import serializers

from actors.models import Person
from api.serializers.base import ScopedSerializer, VisibleRelatedField, organization_field, validated_document
from collaborations.parts.sources import SOURCE_FIELDS
from lead.models import AgendaDocument, AgendaItem, Attendance, Meeting, MinutesApproval
from organize.models import AgreementVersion, Body
from steer.models import FollowUpRound, Goal, Indicator


def _person_field(**kwargs: Any) -> serializers.PrimaryKeyRelatedField[Any]:
    return serializers.PrimaryKeyRelatedField(queryset=Person.objects.all(), **kwargs)


class MeetingSerializer(ScopedSerializer):
    collaboration = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    body: serializers.PrimaryKeyRelatedField[Any] = VisibleRelatedField(Body)
    body_name = serializers.CharField(source="body.name", read_only=True)
    chair = _person_field(required=False, allow_null=True)
    secretary = _person_field(required=False, allow_null=True)

    class Meta(ScopedSerializer.Meta):
        model = Meeting
        fields = [
            *ScopedSerializer.Meta.fields,
            "body",
            "body_name",
            "date",
            "start_time",
            "end_time",
            "place",
            "video_url",
            "status",
            "cancelled_reason",
            "chair",
            "secretary",
            "minutes_approved_on",
            "uid",
            "sequence",
            *SOURCE_FIELDS,
        ]
        read_only_fields = ["status", "cancelled_reason", "minutes_approved_on", "uid", "sequence"]


class MeetingUpdateSerializer(MeetingSerializer):
    body = serializers.PrimaryKeyRelatedField(read_only=True)


class AgendaDocumentBriefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    url = serializers.CharField(source="get_absolute_url")


class AgendaItemSerializer(ScopedSerializer):
    collaboration = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    meeting: serializers.PrimaryKeyRelatedField[Any] = VisibleRelatedField(Meeting)
    presenter = _person_field(required=False, allow_null=True)
    order = serializers.IntegerField(
        min_value=0, max_value=32767, required=False, help_text="Place on the agenda; the end unless given."
    )
    minutes = serializers.CharField(
        required=False,
        allow_blank=True,
        help_text="The item's minutes: only for a held meeting, never for a body under secrecy (400 naming "
        "`minutes`); once the minutes are approved they are frozen (400 naming `minutes`: make a correction).",
    )
    goals = VisibleRelatedField(Goal, many=True, required=False)
    indicators = VisibleRelatedField(Indicator, many=True, required=False)
    follow_up_rounds = VisibleRelatedField(FollowUpRound, many=True, required=False)
    agreement_versions = VisibleRelatedField(AgreementVersion, many=True, required=False)
    documents = AgendaDocumentBriefSerializer(many=True, read_only=True, source="visible_documents")

    class Meta(ScopedSerializer.Meta):
        model = AgendaItem
        fields = [
            *ScopedSerializer.Meta.fields,
            "meeting",
            "order",
            "title",
            "kind",
            "presenter",
            "description",
            "minutes",
            "carried_from",
            "goals",
            "indicators",
            "follow_up_rounds",
            "agreement_versions",
            "documents",
        ]
        read_only_fields = ["carried_from"]


class AgendaDocumentSerializer(ScopedSerializer):
    """A document an agenda item needs: POST uploads one (multipart: `item`, `title`, `attachment`, an
    office document or PDF within the size limit) while the meeting's minutes are open; DELETE removes it.
    `url` downloads it, through the same rule as the item (only those who may see the item)."""

    collaboration = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    item = VisibleRelatedField(AgendaItem)
    attachment = serializers.FileField(write_only=True)
    file_name = serializers.SerializerMethodField()
    url = serializers.CharField(source="get_absolute_url", read_only=True)
    visibility = None  # a part of its item: exactly as visible as the item
    shared_with = None

    class Meta(ScopedSerializer.Meta):
        model = AgendaDocument
        fields = ["id", "collaboration", "item", "title", "attachment", "file_name", "url", "created_at"]
        read_only_fields = ["created_at"]

    def get_file_name(self, obj: AgendaDocument) -> str:
        return obj.attachment.name.rsplit("/", 1)[-1] if obj.attachment else ""

    def validate_attachment(self, upload: Any) -> Any:
        return validated_document(upload)


class AttendanceSerializer(ScopedSerializer):
    """A person called to a meeting. POST calls a named guest; PATCH records attendance (`status`,
    `substitute_for`, a person called to the meeting); DELETE takes the call back."""

    collaboration = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    meeting: serializers.PrimaryKeyRelatedField[Any] = VisibleRelatedField(Meeting)
    person = _person_field()
    person_name = serializers.CharField(source="person.__str__", read_only=True)
    organization = organization_field(required=False, allow_null=True)
    substitute_for = _person_field(required=False, allow_null=True)
    shared_with = None  # a part of its meeting: no visibility of its own

    class Meta(ScopedSerializer.Meta):
        model = Attendance
        fields = [
            "id",
            "collaboration",
            "meeting",
            "person",
            "person_name",
            "organization",
            "is_guest",
            "guest_role",
            "status",
            "substitute_for",
        ]
        read_only_fields = ["is_guest"]


class AttendanceUpdateSerializer(AttendanceSerializer):
    meeting = serializers.PrimaryKeyRelatedField(read_only=True)
    person = serializers.PrimaryKeyRelatedField(read_only=True)
    organization = serializers.PrimaryKeyRelatedField(read_only=True)
    guest_role = serializers.CharField(read_only=True)


class MinutesApprovalSerializer(ScopedSerializer):
    """A named approver (justerare) of a meeting's minutes: POST names one more (a person called to the
    meeting); `approve` approves in the approver's own name."""

    collaboration = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    meeting: serializers.PrimaryKeyRelatedField[Any] = VisibleRelatedField(Meeting)
    person = _person_field()
    person_name = serializers.CharField(source="person.__str__", read_only=True)
    shared_with = None  # a part of its meeting: no visibility of its own

    class Meta(ScopedSerializer.Meta):
        model = MinutesApproval
        fields = ["id", "collaboration", "meeting", "person", "person_name", "approved_on"]
        read_only_fields = ["approved_on"]
