"""What every serializer of a collaboration part shares: the collaboration by its slug, visibility and
the organizations an object is shared with, relations offered only among what the caller may see, and
the pages' rule for attached documents."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import models
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from actors.models import Organization
from collaborations.models import Collaboration
from core.uploads import validate_document


class VisibleRelatedField(serializers.PrimaryKeyRelatedField):
    """A relation to a collaboration-scoped object, offered only among those the caller may see."""

    def __init__(self, model, **kwargs):
        self.scoped_model = model
        super().__init__(**kwargs)

    def get_queryset(self):
        request = self.context.get("request")
        user = request.user if request is not None else None
        return self.scoped_model.objects.visible_to(user)

    def get_attribute(self, instance):
        # A viewset that annotates `<field>_visible` (`api.views.base.with_visible_references`) shows a
        # reference the caller may not see as null: not even its id reaches them.
        if getattr(instance, f"{self.source}_visible", True) is False:
            return None
        return super().get_attribute(instance)


class CollaborationField(serializers.SlugRelatedField):
    def __init__(self, **kwargs):
        super().__init__(slug_field="slug", **kwargs)

    def get_queryset(self):
        request = self.context.get("request")
        return Collaboration.objects.visible_to(request.user if request is not None else None)


def organization_field(**kwargs):
    return serializers.PrimaryKeyRelatedField(queryset=Organization.objects.all(), **kwargs)


@extend_schema_field(
    {
        "type": "string",
        "pattern": r"^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]+)?)?$",
        "example": "09:30",
        "description": "A time of day in Swedish time, hours and minutes (HH:MM, seconds optional), no time zone.",
    }
)
class LocalTimeField(serializers.TimeField):
    """A time of day as the meetings keep it: local time without an offset (OpenAPI's `format: time` would
    ask for one)."""


class ScopedSerializer(serializers.ModelSerializer):
    # Common fields: the collaboration by slug, visibility and the organizations it is shared with.

    serializer_field_mapping = {
        **serializers.ModelSerializer.serializer_field_mapping,
        models.TimeField: LocalTimeField,
    }

    collaboration: serializers.SlugRelatedField[Any] = CollaborationField()
    shared_with = organization_field(many=True, required=False)

    class Meta:
        fields = ["id", "collaboration", "visibility", "shared_with"]
        validators: list = []

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        attrs = super().validate(attrs)
        if self.instance is not None:
            for name in hidden_references(self.instance, self.fields):
                if name in attrs and attrs[name] is None:
                    attrs.pop(name)  # what was read as null (hidden) and sent back stays as it is
        return attrs


def hidden_references(instance: Any, fields: Any) -> list[str]:
    """The references of `instance` that the reader may not see (annotated `<name>_visible` False by
    `api.views.base.with_visible_references`): read as null, and not cleared when null is sent back."""
    return [
        str(field.source)
        for field in fields.values()
        if isinstance(field, VisibleRelatedField)
        and not field.read_only
        and getattr(instance, f"{field.source}_visible", True) is False
    ]


def validated_document(upload: Any) -> Any:
    """The same file rules as the pages (type and size)."""
    try:
        validate_document(upload)
    except DjangoValidationError as exc:
        raise serializers.ValidationError(exc.messages) from exc
    return upload
