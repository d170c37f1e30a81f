"""Serializers of the rendered kallelse and protokoll and of the personal calendar feeds (L1)."""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from api.serializers.base import VisibleRelatedField
from lead.models import CalendarFeed, Meeting, MeetingDocument
from organize.models import Body


class MeetingDocumentSerializer(serializers.ModelSerializer):
    """A kallelse or protokoll rendered for the caller, as PDF or Word, by the task worker. POST asks for
    one (`meeting`, `kind`, `format`); `status` follows the rendering; `url` downloads it when done."""

    collaboration: serializers.SlugRelatedField[Any] = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    meeting = VisibleRelatedField(Meeting)
    kind = serializers.CharField(help_text="kallelse (the notice) or protokoll (the minutes, of a held meeting only)")
    format = serializers.CharField(help_text="pdf or docx")
    status = serializers.SerializerMethodField()
    url = serializers.SerializerMethodField()

    class Meta:
        model = MeetingDocument
        fields = ["id", "collaboration", "meeting", "kind", "format", "language", "status", "url", "requested_at"]
        read_only_fields = ["language", "requested_at"]

    @extend_schema_field(
        {"type": "string", "nullable": True, "description": "The rendering's progress: pending, running, …"}
    )
    def get_status(self, obj: MeetingDocument) -> str | None:
        return obj.progress.status if obj.progress is not None else None

    @extend_schema_field({"type": "string", "nullable": True, "description": "Download address, when rendered."})
    def get_url(self, obj: MeetingDocument) -> str | None:
        return obj.get_absolute_url() if obj.file else None


class CalendarFeedSerializer(serializers.ModelSerializer):
    """One of the caller's calendar addresses (iCalendar): the meetings of all their bodies, or of `body`.
    `address` is given once, in the answer to POST; only a hash of its secret is kept."""

    body = VisibleRelatedField(Body, required=False, allow_null=True)
    body_name = serializers.CharField(source="body.name", read_only=True, allow_null=True, default=None)
    address = serializers.SerializerMethodField()

    class Meta:
        model = CalendarFeed
        fields = ["id", "body", "body_name", "created_at", "revoked_at", "last_read_at", "address"]

    @extend_schema_field(
        {"type": "string", "nullable": True, "description": "The feed's address: in the answer to POST only."}
    )
    def get_address(self, obj: Any) -> str | None:
        return getattr(obj, "address", None)
