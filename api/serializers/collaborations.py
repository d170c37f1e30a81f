from typing import Any

from rest_framework import serializers

from actors.models import Area, Organization
from collaborations.choices import ParticipationRole
from collaborations.models import AgendaTarget, Collaboration, CollaborationRole, Driver, Participation, Theme
from collaborations.parts.sources import SOURCE_FIELDS
from core.models import ChangeRecord


class ParticipationSerializer(serializers.ModelSerializer):
    collaboration: serializers.SlugRelatedField[Any] = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    organization = serializers.PrimaryKeyRelatedField(queryset=Organization.objects.all())
    organization_name = serializers.CharField(source="organization.name", read_only=True)
    shared_with = serializers.PrimaryKeyRelatedField(queryset=Organization.objects.all(), many=True, required=False)

    class Meta:
        model = Participation
        fields = [
            "id",
            "collaboration",
            "organization",
            "organization_name",
            "role",
            "start_date",
            "end_date",
            "note",
            "visibility",
            "shared_with",
            *SOURCE_FIELDS,
        ]
        validators: list = []


class ParticipationUpdateSerializer(ParticipationSerializer):
    organization = serializers.PrimaryKeyRelatedField(read_only=True)


class ParticipationCreateSerializer(ParticipationSerializer):
    collaboration = serializers.SlugRelatedField(slug_field="slug", queryset=Collaboration.objects.none())

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        request = self.context.get("request")
        if request is not None:
            self.fields["collaboration"].queryset = Collaboration.objects.visible_to(request.user)


class CollaborationRoleSerializer(serializers.ModelSerializer):
    person_name = serializers.CharField(source="person.__str__", read_only=True)

    class Meta:
        model = CollaborationRole
        fields = ["id", "person", "person_name", "organization", "kind", "start_date", "end_date", "visibility"]


class CollaborationSerializer(serializers.ModelSerializer):
    drivers = serializers.SlugRelatedField(slug_field="code", queryset=Driver.objects.all(), many=True, required=False)
    themes = serializers.SlugRelatedField(slug_field="code", queryset=Theme.objects.all(), many=True, required=False)
    agenda_targets = serializers.SlugRelatedField(
        slug_field="code", queryset=AgendaTarget.objects.all(), many=True, required=False
    )
    areas = serializers.SlugRelatedField(slug_field="scb_code", queryset=Area.objects.all(), many=True, required=False)
    shared_with = serializers.PrimaryKeyRelatedField(queryset=Organization.objects.all(), many=True, required=False)
    participations = ParticipationSerializer(source="visible_participations", many=True, read_only=True)

    class Meta:
        model = Collaboration
        fields = [
            "id",
            "slug",
            "name",
            "summary",
            "problem",
            "why_joint",
            "drivers",
            "themes",
            "agenda_targets",
            "areas",
            "stage",
            "status",
            "start_date",
            "end_date",
            "visibility",
            "shared_with",
            *SOURCE_FIELDS,
            "participations",
        ]
        read_only_fields = ["slug"]


class CollaborationCreateSerializer(CollaborationSerializer):
    coordinating_organization = serializers.PrimaryKeyRelatedField(queryset=Organization.objects.all(), write_only=True)
    organization_role = serializers.ChoiceField(
        choices=[ParticipationRole.COORDINATOR.value, ParticipationRole.PARTY.value],
        default=ParticipationRole.COORDINATOR.value,
        write_only=True,
        help_text="The role of `coordinating_organization`: `coordinator`, or `party` when the sources do not "
        "say which party coordinates.",
    )

    class Meta(CollaborationSerializer.Meta):
        fields = [*CollaborationSerializer.Meta.fields, "coordinating_organization", "organization_role"]


class ChangeRecordSerializer(serializers.ModelSerializer):
    """A record as the caller may read it (`core.queries.readable_records` prepares every record): the
    object's title and every referenced object's title are "dolt objekt" when the caller may not see it."""

    object_type = serializers.CharField(source="content_type.model", read_only=True)
    object_repr = serializers.CharField(source="shown_repr", read_only=True)
    changes = serializers.JSONField(source="shown_changes", read_only=True)

    class Meta:
        model = ChangeRecord
        fields = ["id", "time", "actor_name", "action", "object_type", "object_id", "object_repr", "changes", "reason"]
