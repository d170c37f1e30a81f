"""Serializers of the news, the after-project plans and the handovers of leading (L4, L6, L7, X5)."""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from actors.models import Person
from api.serializers.base import CollaborationField, ScopedSerializer, VisibleRelatedField, organization_field
from collaborations.models import Collaboration
from lead.models import AfterProjectPlan, Decision, Handover, NewsPost
from lead.queries.continuity import receipt
from organize.models import ExternalFunding
from steer.models import Goal


class NewsPostSerializer(ScopedSerializer):
    goal = VisibleRelatedField(Goal, required=False, allow_null=True)
    decision = VisibleRelatedField(Decision, required=False, allow_null=True)
    author: serializers.StringRelatedField[Any] = serializers.StringRelatedField(read_only=True, allow_null=True)

    class Meta(ScopedSerializer.Meta):
        model = NewsPost
        fields = [
            *ScopedSerializer.Meta.fields,
            "title",
            "text",
            "published_on",
            "is_win",
            "goal",
            "decision",
            "author",
            "created_at",
        ]
        read_only_fields = ["created_at"]


class AfterProjectPlanSerializer(ScopedSerializer):
    """The plan for what follows one project funding; its collaboration is the funding's."""

    collaboration = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    funding = VisibleRelatedField(ExternalFunding)
    decision = VisibleRelatedField(Decision, required=False, allow_null=True)

    class Meta(ScopedSerializer.Meta):
        model = AfterProjectPlan
        fields = [*ScopedSerializer.Meta.fields, "funding", "kind", "description", "decision", "decided_on"]


class AfterProjectPlanUpdateSerializer(AfterProjectPlanSerializer):
    funding: serializers.PrimaryKeyRelatedField[Any] = serializers.PrimaryKeyRelatedField(  # type: ignore[assignment]
        read_only=True
    )  # a plan keeps its funding


class ReceiptRowSerializer(serializers.Serializer):
    kind = serializers.CharField()
    shown = serializers.CharField(help_text="The object's title, or “dolt objekt” when the caller may not see it.")
    field = serializers.CharField()
    change = serializers.CharField()
    successor = serializers.CharField()


class HandoverSerializer(serializers.ModelSerializer):
    """A handover; `receipt` lists what moved, each object as the caller may see it."""

    from_person = serializers.PrimaryKeyRelatedField(queryset=Person.objects.all())
    to_person = serializers.PrimaryKeyRelatedField(queryset=Person.objects.all())
    organization = organization_field(required=False, allow_null=True)
    collaborations = CollaborationField(many=True)
    receipt = serializers.SerializerMethodField()

    class Meta:
        model = Handover
        fields = [
            "id",
            "from_person",
            "to_person",
            "organization",
            "collaborations",
            "effective_on",
            "successor_outside",
            "reason",
            "receipt",
            "created_at",
        ]
        read_only_fields = ["created_at"]

    def to_representation(self, instance: Handover) -> dict[str, Any]:
        data = super().to_representation(instance)
        request = self.context.get("request")
        user = request.user if request is not None else None
        shown = Collaboration.objects.visible_to(user).filter(pk__in=instance.collaborations.values("pk"))
        data["collaborations"] = sorted(c.slug for c in shown)
        return data

    @extend_schema_field(ReceiptRowSerializer(many=True))
    def get_receipt(self, obj: Handover) -> list[dict[str, Any]]:
        request = self.context.get("request")
        rows = receipt(obj, request.user if request is not None else None)
        return ReceiptRowSerializer(rows, many=True).data  # type: ignore[return-value]
