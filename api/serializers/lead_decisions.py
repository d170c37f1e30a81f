"""API of decisions (L2): the register's decisions with their stable reference and the flags of the
mandate check, and the reservations of named parties."""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from api.serializers.base import ScopedSerializer, VisibleRelatedField, organization_field
from collaborations.parts.sources import SOURCE_FIELDS
from lead.models import AgendaItem, Decision, Reservation
from organize.models import Adoption, Agreement
from steer.models import Goal


class FlagSerializer(serializers.Serializer):
    """A flag of the mandate check: `code` is `reserved` (the area is another body's), `leads_only` (the
    body has no decision areas), `unnamed` (no body's mandate names the area) or `no_quorum`; `rule` is
    the rule that was broken, in words."""

    code = serializers.CharField()
    message = serializers.CharField()
    rule = serializers.CharField()


class ReservationSerializer(serializers.ModelSerializer):
    """A party's reservation (dissent) against a decision; as visible as the decision."""

    collaboration: serializers.SlugRelatedField[Any] = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    decision: serializers.PrimaryKeyRelatedField[Any] = VisibleRelatedField(Decision)
    organization = organization_field()
    organization_name = serializers.CharField(source="organization.name", read_only=True)

    class Meta:
        model = Reservation
        fields = ["id", "collaboration", "decision", "organization", "organization_name", "person", "text"]
        validators: list = []


class NestedReservationSerializer(ReservationSerializer):
    class Meta(ReservationSerializer.Meta):
        fields = ["id", "organization", "organization_name", "person", "text"]


class DecisionSerializer(ScopedSerializer):
    """A decision taken at an agenda item (`item`) of a held meeting, by the meeting's body. `reference`
    ("BRO-LG 2026:14"), `year` and `number` are given by the register and never change; `status` changes
    by replacing or cancelling the decision on its page. `agreement_effect` never accepts `adopts`:
    adoption of the formal basis is each party's own decision (O1). `flags` are the mandate check's."""

    collaboration: serializers.SlugRelatedField[Any] = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    item: serializers.PrimaryKeyRelatedField[Any] = VisibleRelatedField(AgendaItem)
    meeting: serializers.PrimaryKeyRelatedField[Any] = serializers.PrimaryKeyRelatedField(read_only=True)
    meeting_date = serializers.DateField(source="meeting.date", read_only=True)
    body: serializers.PrimaryKeyRelatedField[Any] = serializers.PrimaryKeyRelatedField(read_only=True)
    body_name = serializers.CharField(source="body.name", read_only=True)
    goals = VisibleRelatedField(Goal, many=True, required=False)
    agreement = VisibleRelatedField(Agreement, required=False, allow_null=True)
    adoptions = VisibleRelatedField(Adoption, many=True, required=False)
    replaced_by = serializers.SerializerMethodField()
    reservations = NestedReservationSerializer(many=True, read_only=True)
    flags = serializers.SerializerMethodField()

    class Meta(ScopedSerializer.Meta):
        model = Decision
        fields = [
            *ScopedSerializer.Meta.fields,
            "reference",
            "year",
            "number",
            "item",
            "meeting",
            "meeting_date",
            "body",
            "body_name",
            "text",
            "area",
            "goals",
            "agreement",
            "agreement_effect",
            "is_identical",
            "adoptions",
            "status",
            "replaced_by",
            "mandate_note",
            "reservations",
            "flags",
            *SOURCE_FIELDS,
        ]
        read_only_fields = ["reference", "year", "number", "status"]

    @extend_schema_field(serializers.IntegerField(allow_null=True))
    def get_replaced_by(self, obj: Decision) -> int | None:
        """The replacing decision, if the caller may see it."""
        return obj.replaced_by_id if getattr(obj, "replacement_visible", False) else None

    @extend_schema_field(FlagSerializer(many=True))
    def get_flags(self, obj: Decision) -> list[dict[str, str]]:
        reader = self.context.get("flags_of")
        flags = reader(obj) if reader is not None else []
        return [{"code": f.code, "message": f.message, "rule": f.rule} for f in flags]


class DecisionUpdateSerializer(DecisionSerializer):
    item = serializers.PrimaryKeyRelatedField(read_only=True)
