"""Serializers of the formal basis. Relations are limited to what the caller may see; the services
check the domain rules (a party of the collaboration, shares that add up, …)."""

from __future__ import annotations

from typing import Any

from rest_framework import serializers

from actors.models import Person
from api.serializers.base import ScopedSerializer, VisibleRelatedField, organization_field, validated_document
from collaborations.parts.sources import SOURCE_FIELDS
from organize.models import (
    Adoption,
    Agreement,
    AgreementVersion,
    Body,
    BodyDocument,
    ExternalFunding,
    FinancingModel,
    FinancingShare,
    FollowUpDuty,
    Membership,
    ResourceCommitment,
    Responsibility,
)


class AgreementSerializer(ScopedSerializer):
    commissioned_organization = organization_field(required=False, allow_null=True)
    parties = organization_field(
        many=True,
        required=False,
        help_text="The organizations that must adopt the agreement; empty: every party on a version's date.",
    )
    current_version = serializers.SerializerMethodField()

    class Meta(ScopedSerializer.Meta):
        model = Agreement
        fields = [
            *ScopedSerializer.Meta.fields,
            "kind",
            "title",
            "parties",
            "commissioned_organization",
            *SOURCE_FIELDS,
            "current_version",
        ]

    def get_current_version(self, obj) -> int | None:
        versions = getattr(obj, "visible_versions", None)
        return versions[0].pk if versions else None


class AgreementVersionSerializer(ScopedSerializer):
    collaboration = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    agreement: serializers.PrimaryKeyRelatedField[Any] = VisibleRelatedField(Agreement)
    attachment = serializers.FileField(required=False, allow_null=True, use_url=False)

    class Meta(ScopedSerializer.Meta):
        model = AgreementVersion
        fields = [
            *ScopedSerializer.Meta.fields,
            "agreement",
            "number",
            "drafted_on",
            "valid_from",
            "in_force_on_adoption",
            "valid_until",
            "until_further_notice",
            "review_date",
            "purpose",
            "goals",
            "conflict_clause",
            "exit_clause",
            "text",
            "attachment",
            *SOURCE_FIELDS,
        ]
        read_only_fields = ["number"]

    def validate_attachment(self, upload):
        return validated_document(upload)


class AgreementVersionUpdateSerializer(AgreementVersionSerializer):
    agreement = serializers.PrimaryKeyRelatedField(read_only=True)


class AdoptionSerializer(ScopedSerializer):
    collaboration = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    version: serializers.PrimaryKeyRelatedField[Any] = VisibleRelatedField(AgreementVersion)
    organization = organization_field()
    organization_name = serializers.CharField(source="organization.name", read_only=True)

    class Meta(ScopedSerializer.Meta):
        model = Adoption
        fields = [
            *ScopedSerializer.Meta.fields,
            "version",
            "organization",
            "organization_name",
            "status",
            "decision_body",
            "decision_body_name",
            "decision_date",
            "reference",
            "note",
            *SOURCE_FIELDS,
        ]


class AdoptionUpdateSerializer(AdoptionSerializer):
    version = serializers.PrimaryKeyRelatedField(read_only=True)
    organization = serializers.PrimaryKeyRelatedField(read_only=True)


class BoardRowSerializer(serializers.Serializer):
    organization = serializers.IntegerField(source="participation.organization_id")
    organization_name = serializers.CharField(source="participation.organization.name")
    role = serializers.CharField(source="participation.role")
    required = serializers.BooleanField(  # type: ignore[assignment]  # a field named like Field.required
        help_text="The party must adopt the version on the board's date."
    )
    note = serializers.CharField(help_text="Why a listed party need not adopt (not named, joined later, left).")
    missing = serializers.BooleanField()
    adoption = serializers.IntegerField(source="adoption.pk", allow_null=True, default=None)
    status = serializers.CharField(help_text="adopted, pending, declined, unknown; empty: nothing recorded.")


class InForceSerializer(serializers.Serializer):
    state = serializers.CharField(help_text="in_force, not_yet, awaiting_adoptions, ended or unknown.")
    since = serializers.DateField(allow_null=True)
    until = serializers.DateField(allow_null=True)
    text = serializers.CharField()


class AdoptionBoardSerializer(serializers.Serializer):
    """Who must adopt the version current on the date, who has, and whether it is in force."""

    on = serializers.DateField()
    version = serializers.IntegerField(source="current.pk", allow_null=True, default=None)
    version_date = serializers.DateField(allow_null=True)
    named_parties = serializers.BooleanField(help_text="The agreement names its parties (else: all parties).")
    in_force = InForceSerializer(allow_null=True)
    rows = BoardRowSerializer(many=True)
    warnings = serializers.ListField(child=serializers.CharField())


class ResponsibilitySerializer(ScopedSerializer):
    organization = organization_field(required=False, allow_null=True)
    organization_name = serializers.CharField(source="organization.name", read_only=True, default=None)

    class Meta(ScopedSerializer.Meta):
        model = Responsibility
        fields = [
            *ScopedSerializer.Meta.fields,
            "organization",
            "organization_name",
            "kind",
            "description",
            *SOURCE_FIELDS,
        ]


class FollowUpDutySerializer(ScopedSerializer):
    responsible_organization = organization_field(required=False, allow_null=True)
    responsible_person = serializers.PrimaryKeyRelatedField(
        queryset=Person.objects.all(), required=False, allow_null=True
    )
    report_to = VisibleRelatedField(Body, required=False, allow_null=True)

    class Meta(ScopedSerializer.Meta):
        model = FollowUpDuty
        fields = [
            *ScopedSerializer.Meta.fields,
            "subject",
            "responsible_organization",
            "responsible_person",
            "frequency",
            "first_due",
            "report_to",
            *SOURCE_FIELDS,
        ]


class MembershipSerializer(ScopedSerializer):
    collaboration = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    body: serializers.PrimaryKeyRelatedField[Any] = VisibleRelatedField(Body)
    person = serializers.PrimaryKeyRelatedField(queryset=Person.objects.all())
    person_name = serializers.CharField(source="person.__str__", read_only=True)
    organization = organization_field()

    class Meta(ScopedSerializer.Meta):
        model = Membership
        fields = [
            *ScopedSerializer.Meta.fields,
            "body",
            "person",
            "person_name",
            "organization",
            "position",
            "title",
            "start_date",
            "end_date",
        ]


class MembershipUpdateSerializer(MembershipSerializer):
    body = serializers.PrimaryKeyRelatedField(read_only=True)
    person = serializers.PrimaryKeyRelatedField(read_only=True)


class BodySerializer(ScopedSerializer):
    # The API field `parent` shares its name with DRF's Field.parent (the serializer a bound field belongs
    # to), which the stubs type on every serializer; DRF collects this class attribute as a field all the same.
    parent = VisibleRelatedField(Body, required=False, allow_null=True)  # type: ignore[assignment]
    convener = organization_field(required=False, allow_null=True)
    chair_organization = organization_field(required=False, allow_null=True)
    decision_areas = serializers.ListField(child=serializers.CharField(max_length=300), required=False)
    rotation_order = serializers.ListField(child=serializers.IntegerField(min_value=1), required=False)
    current_chair = serializers.SerializerMethodField()
    members = MembershipSerializer(source="current_members", many=True, read_only=True)

    class Meta(ScopedSerializer.Meta):
        model = Body
        fields = [
            *ScopedSerializer.Meta.fields,
            "name",
            "kind",
            "parent",
            "purpose",
            "decision_areas",
            "convener",
            "meeting_rhythm",
            "meetings_per_year",
            "chair_mode",
            "chair_organization",
            "rotation_order",
            "rotation_start",
            "rotation_months",
            "current_chair",
            "confidentiality",
            "source_note",
            "members",
        ]

    def get_current_chair(self, obj) -> int | None:
        """The organization that chairs the body today (for a rotating chair: whose turn it is)."""
        from organize.queries import whose_turn

        if obj.chair_mode == "fixed":
            return obj.chair_organization_id
        return whose_turn(obj)[0]


class BodyDocumentSerializer(ScopedSerializer):
    collaboration = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    body = VisibleRelatedField(Body)
    attachment = serializers.FileField(required=False, allow_null=True, use_url=False)

    class Meta(ScopedSerializer.Meta):
        model = BodyDocument
        fields = [*ScopedSerializer.Meta.fields, "body", "kind", "title", "description", "attachment", "created_at"]
        read_only_fields = ["created_at"]

    def validate_attachment(self, upload):
        return validated_document(upload)


class FinancingShareSerializer(serializers.ModelSerializer):
    organization = organization_field()
    organization_name = serializers.CharField(source="organization.name", read_only=True)

    class Meta:
        model = FinancingShare
        fields = ["id", "organization", "organization_name", "percent"]


class FinancingModelSerializer(ScopedSerializer):
    anchor_organization = organization_field(required=False, allow_null=True)
    shares = FinancingShareSerializer(many=True, required=False)

    class Meta(ScopedSerializer.Meta):
        model = FinancingModel
        fields = [
            *ScopedSerializer.Meta.fields,
            "year",
            "name",
            "method",
            "total",
            "population_year",
            "anchor_organization",
            "anchor_percent",
            "note",
            "is_invented",
            "shares",
        ]


class ComputationLineSerializer(serializers.Serializer):
    organization = serializers.IntegerField(source="key")
    name = serializers.CharField()
    basis = serializers.CharField()
    exact = serializers.DecimalField(source="exact_display", max_digits=20, decimal_places=6)
    amount = serializers.DecimalField(max_digits=14, decimal_places=2)
    got_extra_ore = serializers.BooleanField()


class ComputationSerializer(serializers.Serializer):
    total = serializers.DecimalField(max_digits=14, decimal_places=2)
    sum = serializers.DecimalField(max_digits=14, decimal_places=2)
    rule = serializers.CharField()
    rounding = serializers.CharField()
    lines = ComputationLineSerializer(many=True)


class ExternalFundingSerializer(ScopedSerializer):
    funder = organization_field(required=False, allow_null=True)

    class Meta(ScopedSerializer.Meta):
        model = ExternalFunding
        fields = [
            *ScopedSerializer.Meta.fields,
            "kind",
            "funder",
            "description",
            "amount",
            "start_date",
            "end_date",
            "is_invented",
        ]


class ResourceCommitmentSerializer(ScopedSerializer):
    organization = organization_field()
    organization_name = serializers.CharField(source="organization.name", read_only=True)

    class Meta(ScopedSerializer.Meta):
        model = ResourceCommitment
        fields = [
            *ScopedSerializer.Meta.fields,
            "organization",
            "organization_name",
            "year",
            "money_committed",
            "money_actual",
            "fte_committed",
            "fte_actual",
            "note",
            "is_invented",
        ]


class ResourceCommitmentUpdateSerializer(ResourceCommitmentSerializer):
    collaboration = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    organization = serializers.PrimaryKeyRelatedField(read_only=True)
    year = serializers.IntegerField(read_only=True)
