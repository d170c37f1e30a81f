"""API of the rendered kallelse and protokoll and of the calendar feeds (L1): the same services as the
pages. A rendered document is its requester's alone; a calendar feed is its person's alone."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import mixins, permissions, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from api.serializers import lead_documents as s
from api.views.base import COLLABORATION_FILTER, ScopedWriteViewSet, filtered_by_id
from api.views.lead_meetings import MEETING_FILTER
from core.permissions import scope_for
from core.services import field_error
from lead.models import CalendarFeed, MeetingDocument
from lead.queries.calendar import feed_address, feeds_of
from lead.services import calendar, documents


@extend_schema_view(list=extend_schema(parameters=[COLLABORATION_FILTER, MEETING_FILTER]))
class MeetingDocumentViewSet(ScopedWriteViewSet):
    """The kallelse and protokoll the caller has had rendered (each holds what the caller may see of the
    meeting). POST asks for one; it is rendered in the background (`status`)."""

    model = MeetingDocument
    serializer_class = s.MeetingDocumentSerializer
    related = ("meeting", "progress")
    prefetch = ()
    permission_classes = [permissions.IsAuthenticated]

    def get_queryset(self):
        return filtered_by_id(super().get_queryset(), self.request, "meeting")

    def list(self, request, *args, **kwargs):
        # not kept in the cache: the rendering's progress moves without a recorded change
        return mixins.ListModelMixin.list(self, request, *args, **kwargs)

    def create_with(self, data: dict[str, Any]) -> MeetingDocument:
        return documents.request_document(data["meeting"], data["kind"], data["format"], actor=self.request.user)


class CalendarFeedViewSet(mixins.CreateModelMixin, viewsets.ReadOnlyModelViewSet):
    """The caller's calendar addresses. POST makes one (for all the caller's bodies, or one `body` the
    caller sits in) and answers with its `address`, once; `revoke` makes an address answer 410 Gone."""

    serializer_class = s.CalendarFeedSerializer
    permission_classes = [permissions.IsAuthenticated]
    http_method_names = ["get", "post", "head", "options"]

    def get_queryset(self) -> Any:
        person_id = scope_for(self.request.user).person_id
        return feeds_of(person_id) if person_id is not None else CalendarFeed.objects.none()

    def perform_create(self, serializer: Any) -> None:
        person = getattr(self.request.user, "person", None)
        if person is None:
            raise field_error("person", _("Ditt konto hör inte till någon person; en kalender kan inte göras."))
        feed, token = calendar.create_feed(person, serializer.validated_data.get("body"), actor=self.request.user)
        feed.address = feed_address(self.request, token)  # type: ignore[attr-defined]  # shown once
        serializer.instance = feed

    @extend_schema(request=None, responses=s.CalendarFeedSerializer)
    @action(detail=True, methods=["post"])
    def revoke(self, request, pk=None):
        """Revoke the address: from now on it answers 410 Gone."""
        feed = calendar.revoke_feed(self.get_object(), actor=request.user)
        return Response(self.get_serializer(feed).data)
