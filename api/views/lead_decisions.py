"""API of decisions (L2): the same services, filters and permission gateway as the register's pages."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view

from api.serializers import lead_decisions as s
from api.views.base import COLLABORATION_FILTER, ScopedWriteViewSet, id_param
from core.numbers import read_id
from core.permissions import VisiblePrefetch
from core.services import field_error
from lead.choices import DecisionStatus
from lead.models import Decision, Reservation
from lead.queries import decisions as queries
from lead.services import decisions as services
from organize.models import Adoption
from steer.models import Goal

REGISTER_FILTERS = [
    COLLABORATION_FILTER,
    OpenApiParameter("q", str, description="Words in the reference, area or text, in any case (å, ä, ö too)."),
    OpenApiParameter("body", OpenApiTypes.INT, description="Only the decisions of this body (its id)."),
    OpenApiParameter("year", OpenApiTypes.INT, description="Only the decisions of this year."),
    OpenApiParameter("area", str, description="Only the decisions in this decision area (as written)."),
    OpenApiParameter(
        "party",
        OpenApiTypes.INT,
        description="Only the decisions this organization reserved itself against or adopted, and those of the "
        "bodies it sits in.",
    ),
    OpenApiParameter("status", str, enum=DecisionStatus.values, description="in_force, replaced or cancelled."),
]


def _year(request) -> int | None:
    value = request.query_params.get("year")
    if not value:
        return None
    year = read_id(value)
    if year is None or not 1900 <= year <= 2200:
        raise field_error("year", _("Ange ett år med fyra siffror, till exempel 2026."), code="invalid")
    return year


@extend_schema_view(list=extend_schema(parameters=REGISTER_FILTERS))
class DecisionViewSet(ScopedWriteViewSet):
    """The decision register: each decision with its stable reference and the mandate check's flags.
    Created at an item of a held meeting (`item`), never deleted (replace or cancel it on its page)."""

    model = Decision
    serializer_class = s.DecisionSerializer
    update_serializer_class = s.DecisionUpdateSerializer
    related = ("body", "meeting")
    prefetch = ()

    def get_queryset(self):
        user = self.request.user
        qs = (
            super()
            .get_queryset()
            .prefetch_related(
                "shared_with",
                VisiblePrefetch("goals", user, queryset=Goal.objects.all()),
                VisiblePrefetch("adoptions", user, queryset=Adoption.objects.all()),
                VisiblePrefetch("reservations", user, queryset=Reservation.objects.select_related("organization")),
            )
        )
        qs = queries.with_visible_replacement(qs.annotate(**queries.quorum_counts()), user)
        qs = qs.order_by("-year", "-number", "-pk")
        if self.request.method not in ("GET", "HEAD"):  # a write's answer is the object written
            return qs
        params = self.request.query_params
        register = queries.RegisterFilter(
            q=params.get("q", ""),
            body=id_param(self.request, "body"),
            year=_year(self.request),
            area=params.get("area", ""),
            party=id_param(self.request, "party"),
            status=params.get("status", ""),
        )
        return queries.filtered(qs, register, user)

    def get_serializer_context(self) -> dict[str, Any]:
        context = super().get_serializer_context()
        return {**context, "flags_of": queries.mandate_reader(self.request.user)}

    def create_with(self, data):
        return services.take_decision(data.pop("item"), actor=self.request.user, **data)

    def update_with(self, obj, data):
        data.pop("item", None)
        return services.update_decision(obj, actor=self.request.user, **data)


class ReservationViewSet(ScopedWriteViewSet):
    """Reservations (dissent) of named parties against decisions; as visible as their decision."""

    model = Reservation
    serializer_class = s.ReservationSerializer
    related = ("organization", "decision")
    prefetch = ()

    def create_with(self, data):
        return services.add_reservation(data.pop("decision"), actor=self.request.user, **data)

    def delete_with(self, obj):
        services.remove_reservation(obj, actor=self.request.user)
