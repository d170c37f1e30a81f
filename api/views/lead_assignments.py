"""Assignments (L3) in the API: list (filters), detail, give, change, the owner's report and cancel, each
write through the services of `lead`."""

from __future__ import annotations

from django.utils import timezone
from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework.decorators import action

from api.serializers import lead_assignments as s
from api.views.base import COLLABORATION_FILTER, ScopedWriteViewSet, filtered_by_id
from core.services import field_error
from lead import services
from lead.choices import OPEN_ASSIGNMENT
from lead.models import Assignment

FILTERS = [
    COLLABORATION_FILTER,
    OpenApiParameter("body", int, description="Only the assignments given by this body (its id)."),
    OpenApiParameter("owner_organization", int, description="Only those owned by this organization (its id)."),
    OpenApiParameter("owner_person", int, description="Only those owned by this person (its id)."),
    OpenApiParameter(
        "status", str, description="`not_started`, `in_progress`, `done`, `cancelled`, or `open` (either open one)."
    ),
    OpenApiParameter("overdue", OpenApiTypes.BOOL, description="`true`: only open assignments past their due date."),
]


@extend_schema_view(list=extend_schema(parameters=FILTERS))
class AssignmentViewSet(ScopedWriteViewSet):
    """Assignments given by a body, at a meeting or by a decision, each owned by a person and the party the
    person represents. POST gives one (name `meeting`, `decision` or `body`); `report` is the owner's
    status and report; `cancel` ends it. An assignment of a body under secrecy is seen by the body's
    sitting members and its owner only."""

    model = Assignment
    serializer_class = s.AssignmentSerializer
    update_serializer_class = s.AssignmentUpdateSerializer
    related = ("body", "owner_person", "owner_organization")

    def get_queryset(self):
        qs = super().get_queryset().order_by("due_date", "pk")
        params = self.request.query_params
        for name in ("body", "owner_organization", "owner_person"):
            qs = filtered_by_id(qs, self.request, name)
        status = params.get("status")
        if status == "open":
            qs = qs.filter(status__in=OPEN_ASSIGNMENT)
        elif status:
            qs = qs.filter(status=status)
        if params.get("overdue") in ("true", "1"):
            qs = qs.filter(status__in=OPEN_ASSIGNMENT, due_date__lt=timezone.localdate())
        return qs

    def create_with(self, data):
        data.pop("collaboration", None)
        source = data.pop("decision", None) or data.pop("meeting", None) or data.pop("body", None)
        data.pop("meeting", None)
        data.pop("body", None)
        if source is None:
            raise field_error("body", _("Ange organet som ger uppdraget, eller mötet eller beslutet."), code="required")
        return services.give_assignment(source, actor=self.request.user, **data)

    def update_with(self, obj, data):
        return services.update_assignment(obj, actor=self.request.user, **data)

    @extend_schema(request=s.ReportSerializer, responses=s.AssignmentSerializer)
    @action(detail=True, methods=["post"])
    def report(self, request, pk=None):
        """The owner's (or a coordinator's) report: `status` and `report` (required when done)."""
        assignment = self.get_object()
        serializer = s.ReportSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        return self.answer_with(services.report_assignment(assignment, actor=request.user, **serializer.validated_data))

    @extend_schema(request=s.CancelSerializer, responses=s.AssignmentSerializer)
    @action(detail=True, methods=["post"])
    def cancel(self, request, pk=None):
        """Cancel an open assignment (coordinators), with the reason."""
        assignment = self.get_object()
        serializer = s.CancelSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        return self.answer_with(services.cancel_assignment(assignment, actor=request.user, **serializer.validated_data))
