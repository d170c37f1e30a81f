"""Statistics through the API: series and their observations are open; imports need the permission."""

from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import permissions, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from api.serializers.stats import ImportRunSerializer, KoladaImportSerializer, ObservationSerializer, SeriesSerializer
from api.views.base import CachedListMixin
from stats import queries, services
from stats.models import Observation


class SeriesViewSet(CachedListMixin, viewsets.ReadOnlyModelViewSet):
    """Statistical series (Kolada KPIs, SCB measures, files); `?q=` searches title, id and description."""

    serializer_class = SeriesSerializer
    permission_classes = [permissions.AllowAny]

    def get_queryset(self):
        return queries.series_list(self.request.query_params.get("q", ""))

    @extend_schema(
        responses=ObservationSerializer(many=True),
        parameters=[OpenApiParameter("area", str, description="SCB area codes, comma-separated")],
    )
    @action(detail=True, methods=["get"])
    def observations(self, request, pk=None):
        """The values of the series (null where the source has none), optionally for some areas."""
        series = self.get_object()
        qs = Observation.objects.filter(series=series).select_related("area").order_by("area__scb_code", "period")
        if request.query_params.get("area"):
            qs = qs.filter(area__scb_code__in=request.query_params["area"].split(","))
        page = self.paginate_queryset(qs)
        return self.get_paginated_response(ObservationSerializer(page, many=True).data)


class ImportRunViewSet(viewsets.ReadOnlyModelViewSet):
    """Imports the caller started; POST starts a Kolada import in the task worker."""

    permission_classes = [permissions.IsAuthenticated]

    def get_queryset(self):
        return queries.runs_for(self.request.user)

    def get_serializer_class(self):
        return KoladaImportSerializer if self.action == "create" else ImportRunSerializer

    @extend_schema(request=KoladaImportSerializer, responses={202: ImportRunSerializer})
    def create(self, request, *args, **kwargs):
        serializer = KoladaImportSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        run = services.start_kolada_import(actor=request.user, **serializer.validated_data)
        run.refresh_from_db()
        return Response(ImportRunSerializer(run).data, status=202)
