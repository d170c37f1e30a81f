"""API of meetings (L1, L5): the same services and the same permission gateway as the pages. Everything of
a meeting of a body under secrecy is seen only by those who sat in it on the day."""

from __future__ import annotations

from django.db import transaction
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework.decorators import action

from api.serializers import lead_meetings as s
from api.views.base import COLLABORATION_FILTER, ScopedWriteViewSet, filtered_by_id
from core.permissions import VisiblePrefetch
from lead import services
from lead.models import AgendaDocument, AgendaItem, Attendance, Meeting, MinutesApproval

BODY_FILTER = OpenApiParameter("body", int, description="Only the meetings of this body (its id).")
MEETING_FILTER = OpenApiParameter("meeting", int, description="Only what belongs to this meeting (its id).")


@extend_schema_view(list=extend_schema(parameters=[COLLABORATION_FILTER, BODY_FILTER]))
class MeetingViewSet(ScopedWriteViewSet):
    """Meetings of the bodies: date, time, place, status. POST plans one (its body's members on the day
    are called), PATCH changes or moves it (moved, the calls follow the members on the new date)."""

    model = Meeting
    serializer_class = s.MeetingSerializer
    update_serializer_class = s.MeetingUpdateSerializer
    related = ("body",)

    def get_queryset(self):
        return filtered_by_id(super().get_queryset(), self.request, "body", "body_id")

    def create_with(self, data):
        return services.create_meeting(data.pop("body"), actor=self.request.user, **data)

    def update_with(self, obj, data):
        return services.move_meeting(obj, actor=self.request.user, **data)

    def delete_with(self, obj):
        services.delete_meeting(obj, actor=self.request.user)


@extend_schema_view(list=extend_schema(parameters=[COLLABORATION_FILTER, MEETING_FILTER]))
class AgendaItemViewSet(ScopedWriteViewSet):
    """Items of the meetings' agendas with their minutes."""

    model = AgendaItem
    serializer_class = s.AgendaItemSerializer
    related = ("meeting",)

    def get_queryset(self):
        user = self.request.user
        qs = (
            super()
            .get_queryset()
            .prefetch_related(
                VisiblePrefetch("goals", user),
                VisiblePrefetch("indicators", user),
                VisiblePrefetch("follow_up_rounds", user),
                VisiblePrefetch("agreement_versions", user),
                VisiblePrefetch(
                    "documents",
                    user,
                    queryset=AgendaDocument.objects.select_related("collaboration", "item"),
                    to_attr="visible_documents",
                ),
            )
        )
        return filtered_by_id(qs, self.request, "meeting", "meeting_id")

    def create_with(self, data):
        minutes = data.pop("minutes", "")
        with transaction.atomic():
            item = services.add_agenda_item(data.pop("meeting"), actor=self.request.user, **data)
            if minutes:
                item = services.write_minutes(item, actor=self.request.user, minutes=minutes)
        return item

    def update_with(self, obj, data):
        minutes = data.pop("minutes", None)
        item = services.update_agenda_item(obj, actor=self.request.user, **data)
        if minutes is not None:
            item = services.write_minutes(item, actor=self.request.user, minutes=minutes)
        return item

    def delete_with(self, obj):
        services.remove_agenda_item(obj, actor=self.request.user)


@extend_schema_view(list=extend_schema(parameters=[COLLABORATION_FILTER, MEETING_FILTER]))
class AttendanceViewSet(ScopedWriteViewSet):
    """Who is called to a meeting and whether they attended."""

    model = Attendance
    serializer_class = s.AttendanceSerializer
    update_serializer_class = s.AttendanceUpdateSerializer
    related = ("meeting", "person", "organization", "substitute_for")
    prefetch = ()

    def get_queryset(self):
        return filtered_by_id(super().get_queryset(), self.request, "meeting", "meeting_id")

    def create_with(self, data):
        meeting, person = data.pop("meeting"), data.pop("person")
        data.pop("status", None)
        data.pop("substitute_for", None)
        return services.invite_guest(meeting, person, actor=self.request.user, **data)

    def update_with(self, obj, data):
        status = data.get("status", obj.status)
        substitute_for = data.get("substitute_for", obj.substitute_for)
        services.record_attendance(obj.meeting, actor=self.request.user, rows=[(obj, status, substitute_for)])
        return obj

    def delete_with(self, obj):
        services.remove_call(obj, actor=self.request.user)


ITEM_FILTER = OpenApiParameter("item", int, description="Only the documents of this agenda item (its id).")


@extend_schema_view(list=extend_schema(parameters=[COLLABORATION_FILTER, MEETING_FILTER, ITEM_FILTER]))
class AgendaDocumentViewSet(ScopedWriteViewSet):
    """The documents the agenda items need. Seen exactly where the item is seen; uploaded and removed by
    the coordinators and the meeting's chair and secretary, while its minutes are not approved."""

    model = AgendaDocument
    serializer_class = s.AgendaDocumentSerializer
    related = ("item__meeting",)
    prefetch = ()

    def get_queryset(self):
        qs = filtered_by_id(super().get_queryset(), self.request, "meeting", "item__meeting_id")
        return filtered_by_id(qs, self.request, "item")

    def create_with(self, data):
        data.pop("collaboration", None)
        return services.add_agenda_document(data.pop("item"), actor=self.request.user, **data)

    def delete_with(self, obj):
        services.remove_agenda_document(obj, actor=self.request.user)


@extend_schema_view(list=extend_schema(parameters=[COLLABORATION_FILTER, MEETING_FILTER]))
class MinutesApprovalViewSet(ScopedWriteViewSet):
    """The named approvers (justerare) of the meetings' minutes and when they approved."""

    model = MinutesApproval
    serializer_class = s.MinutesApprovalSerializer
    related = ("meeting", "person")
    prefetch = ()

    def get_queryset(self):
        return filtered_by_id(super().get_queryset(), self.request, "meeting", "meeting_id")

    def create_with(self, data):
        meeting, person = data.pop("meeting"), data.pop("person")
        named = [a.person for a in meeting.approvals.select_related("person")]
        approvals = services.name_approvers(meeting, actor=self.request.user, persons=[*named, person])
        return next(a for a in approvals if a.person_id == person.pk)

    @extend_schema(request=None, responses=s.MinutesApprovalSerializer)
    @action(detail=True, methods=["post"])
    def approve(self, request, pk=None):
        """Approve the minutes in the approver's own name (today). When every approver has approved, the
        minutes are approved and frozen."""
        approval = self.get_object()
        return self.answer_with(services.approve_minutes(approval, actor=request.user))
