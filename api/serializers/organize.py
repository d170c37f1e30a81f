"""Serializers of the formal basis. Relations are limited to what the caller may see; the services
check the domain rules (a party of the collaboration, shares that add up, …)."""

from __future__ import annotations

from typing import Any

from django.utils import timezone
from drf_spectacular.utils import extend_schema_field
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
    ChairRule,
    ExternalFunding,
    FinancingModel,
    FinancingShare,
    FollowUpDuty,
    Membership,
    PayerGroup,
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
    all_parties = serializers.BooleanField(
        required=False,
        help_text=(
            "Every party of the collaboration on a version's date must adopt the agreement (it names no "
            "parties). Written false, `parties` must name at least one; written true, none."
        ),
    )
    current_version = serializers.SerializerMethodField()

    class Meta(ScopedSerializer.Meta):
        model = Agreement
        fields = [
            *ScopedSerializer.Meta.fields,
            "kind",
            "title",
            "all_parties",
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
    organization_name = serializers.CharField(source="organization.name", read_only=True, default=None, allow_null=True)

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
    organization_name = serializers.CharField(source="organization.name", read_only=True)

    class Meta(ScopedSerializer.Meta):
        model = Membership
        fields = [
            *ScopedSerializer.Meta.fields,
            "body",
            "person",
            "person_name",
            "organization",
            "organization_name",
            "position",
            "title",
            "outside_role",
            "start_date",
            "end_date",
            "second_seat_reason",
            *SOURCE_FIELDS,
        ]


class MembershipUpdateSerializer(MembershipSerializer):
    body = serializers.PrimaryKeyRelatedField(read_only=True)
    person = serializers.PrimaryKeyRelatedField(read_only=True)


class ChairRuleSerializer(serializers.ModelSerializer):
    """One version of a rotating chair's rule: from `valid_from` the chair passes every `period_months`
    months in `order` (organization ids), counted from `valid_from`."""

    order = serializers.ListField(child=serializers.IntegerField(min_value=1))

    class Meta:
        model = ChairRule
        fields = ["valid_from", "order", "period_months", "note"]
        validators: list = []


class ChairSerializer(serializers.Serializer):
    """Who chairs the body on the day: `how` is `recorded` (a member recorded as chair), `fixed` or
    `computed` from the rule in force (`rule_valid_from`); `not_party` names the organization a computed
    turn falls to when it does not take part that day, and then no organization is given."""

    how = serializers.CharField()
    organization = serializers.IntegerField(source="organization_id", allow_null=True)
    organization_name = serializers.CharField()
    rule_valid_from = serializers.DateField(source="rule.valid_from", allow_null=True, default=None)
    not_party = serializers.IntegerField(source="not_party.pk", allow_null=True, default=None)


class BodySerializer(ScopedSerializer):
    """A body with its members on the day (today, or the `?per=` date of the list) and who chairs it
    then. `chair_rules` are all versions of a rotating chair's rule; a write that gives them replaces
    them all."""

    # The API field `parent` shares its name with DRF's Field.parent (the serializer a bound field belongs
    # to), which the stubs type on every serializer; DRF collects this class attribute as a field all the same.
    parent = VisibleRelatedField(Body, required=False, allow_null=True)  # type: ignore[assignment]
    convener = organization_field(required=False, allow_null=True)
    chair_organization = organization_field(required=False, allow_null=True)
    decision_areas = serializers.ListField(child=serializers.CharField(max_length=300), required=False)
    chair_rules = ChairRuleSerializer(many=True, required=False)
    chair = serializers.SerializerMethodField()
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
            "chair_rules",
            "chair",
            "current_chair",
            "confidentiality",
            "established_on",
            "closed_on",
            "closing_reason",
            *SOURCE_FIELDS,
            "members",
        ]

    def _chair(self, obj) -> Any:
        from organize.queries import chair_facts, chair_on

        if not hasattr(obj, "_chair_on"):
            on = self.context.get("on") or timezone.localdate()
            if "chair_facts" not in self.context:  # read once for the whole list (or the one body)
                listed = self.parent.instance if isinstance(self.parent, serializers.ListSerializer) else None
                self.context["chair_facts"] = chair_facts(list(listed) if listed is not None else [obj], on)
            obj._chair_on = chair_on(obj, on, getattr(obj, "current_members", None), self.context["chair_facts"])
        return obj._chair_on

    @extend_schema_field(ChairSerializer(allow_null=True))
    def get_chair(self, obj) -> Any:
        chair = self._chair(obj)
        return ChairSerializer(chair).data if chair is not None else None

    def get_current_chair(self, obj) -> int | None:
        """The organization that chairs the body on the day (for a rotating chair: whose turn it is under
        the rule then in force, unless a member is recorded as chair); null when it is not known."""
        chair = self._chair(obj)
        return chair.organization_id if chair is not None else None


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
    """A party's share: a stated `amount`, a `percent` (of what the stated amounts leave; in a group, of
    the group's amount; up to ten decimals) or, with neither, a part by the key. `paid_by` another party
    that pays it; `group` the name of the group (in the model's `groups`) it pays with."""

    organization = organization_field()
    organization_name = serializers.CharField(source="organization.name", read_only=True)
    paid_by = organization_field(required=False, allow_null=True)
    group = serializers.CharField(source="group.name", required=False, allow_blank=True, allow_null=True, default="")

    class Meta:
        model = FinancingShare
        fields = ["id", "organization", "organization_name", "percent", "amount", "paid_by", "group", *SOURCE_FIELDS]


class PayerGroupSerializer(serializers.ModelSerializer):
    """Parties that pay as one: the group's place in the model (`amount`, `percent` or, with neither, a
    part by the model's key) and its own key (`method`, `population_weight`) for its members."""

    id = serializers.IntegerField(required=False, allow_null=True)

    class Meta:
        model = PayerGroup
        fields = ["id", "name", "method", "population_weight", "percent", "amount"]


class FinancingModelSerializer(ScopedSerializer):
    """A cost model. `total` null: the source does not give it ("belopp okänt"); the computation then gives
    each share in percent as far as it follows."""

    shares = FinancingShareSerializer(many=True, required=False)
    groups = PayerGroupSerializer(many=True, required=False)

    class Meta(ScopedSerializer.Meta):
        model = FinancingModel
        fields = [
            *ScopedSerializer.Meta.fields,
            "year",
            "name",
            "method",
            "total",
            "population_year",
            "population_weight",
            "note",
            "is_invented",
            *SOURCE_FIELDS,
            "shares",
            "groups",
        ]


class ComputationLineSerializer(serializers.Serializer):
    organization = serializers.SerializerMethodField()
    name = serializers.CharField()
    step = serializers.ChoiceField(choices=["stated", "percentage", "key"])
    basis = serializers.CharField()
    share_percent = serializers.DecimalField(max_digits=9, decimal_places=4, allow_null=True)
    exact = serializers.DecimalField(source="exact_display", max_digits=20, decimal_places=6, allow_null=True)
    amount = serializers.DecimalField(max_digits=14, decimal_places=2, allow_null=True)
    got_extra_ore = serializers.BooleanField()
    paid_by = serializers.CharField(source="payer")
    members = serializers.SerializerMethodField()

    def get_organization(self, line) -> int | None:
        return None if line.is_group else line.key

    @extend_schema_field(serializers.ListField(child=serializers.DictField()))
    def get_members(self, line) -> list[dict[str, Any]]:
        """A group's members, each a line like this one (empty for a party)."""
        if line.group is None:
            return []
        return list(ComputationLineSerializer(line.group.lines, many=True).data)


class PaymentSerializer(serializers.Serializer):
    payer = serializers.CharField()
    amount = serializers.DecimalField(max_digits=14, decimal_places=2, allow_null=True)
    shares = serializers.ListField(child=serializers.CharField())


class ComputationSerializer(serializers.Serializer):
    total = serializers.DecimalField(max_digits=14, decimal_places=2, allow_null=True)
    sum = serializers.DecimalField(max_digits=14, decimal_places=2, allow_null=True)
    difference = serializers.DecimalField(
        max_digits=15, decimal_places=2, allow_null=True, help_text="Summan av beloppen − beloppet att fördela."
    )
    shortfall = serializers.DecimalField(max_digits=15, decimal_places=2, allow_null=True)
    surplus = serializers.DecimalField(max_digits=15, decimal_places=2, allow_null=True)
    rule = serializers.CharField()
    balance = serializers.CharField()
    rounding = serializers.CharField()
    notes = serializers.ListField(child=serializers.CharField())
    lines = ComputationLineSerializer(many=True)
    payments = serializers.SerializerMethodField()

    @extend_schema_field(PaymentSerializer(many=True))
    def get_payments(self, computation) -> list[dict[str, Any]]:
        return list(PaymentSerializer(computation.payments(), many=True).data)


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
            *SOURCE_FIELDS,
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
            *SOURCE_FIELDS,
        ]


class ResourceCommitmentUpdateSerializer(ResourceCommitmentSerializer):
    collaboration = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    organization = serializers.PrimaryKeyRelatedField(read_only=True)
    year = serializers.IntegerField(read_only=True)
