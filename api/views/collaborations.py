from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import mixins, permissions, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from api.serializers.collaborations import (
    ChangeRecordSerializer,
    CollaborationCreateSerializer,
    CollaborationRoleSerializer,
    CollaborationSerializer,
    ParticipationCreateSerializer,
    ParticipationSerializer,
    ParticipationUpdateSerializer,
)
from api.views.base import COLLABORATION_FILTER, PER_FILTER, CachedListMixin, HistoryMixin
from collaborations import queries, services
from collaborations.filters import CollaborationFilterSet, ParticipationFilterSet
from collaborations.models import CollaborationRole, Participation
from collaborations.parts.time import active_on, per_from_query
from core.permissions import scope_for
from core.queries import collaboration_log, readable_records


@extend_schema_view(list=extend_schema(parameters=[PER_FILTER]), retrieve=extend_schema(parameters=[PER_FILTER]))
class CollaborationViewSet(
    HistoryMixin, CachedListMixin, mixins.CreateModelMixin, mixins.UpdateModelMixin, viewsets.ReadOnlyModelViewSet
):
    """Collaborations the caller may see; writes go through the same services as the pages."""

    filterset_class = CollaborationFilterSet
    lookup_field = "slug"
    permission_classes = [permissions.IsAuthenticatedOrReadOnly]
    http_method_names = ["get", "post", "patch", "head", "options"]

    def get_queryset(self):
        """With `?per=YYYY-MM-DD` the parties listed are those of that day; without it, all of them."""
        return queries.collaboration_detail(self.request.user, per_from_query(self.request))

    def get_serializer_class(self):
        return CollaborationCreateSerializer if self.action == "create" else CollaborationSerializer

    def perform_create(self, serializer):
        data = dict(serializer.validated_data)
        organization = data.pop("coordinating_organization")
        created = services.create_collaboration(actor=self.request.user, coordinating_organization=organization, **data)
        serializer.instance = self.get_queryset().get(pk=created.pk)

    def perform_update(self, serializer):
        services.update_collaboration(self.get_object(), actor=self.request.user, **serializer.validated_data)
        serializer.instance = self.get_queryset().get(pk=serializer.instance.pk)

    @extend_schema(responses=ChangeRecordSerializer(many=True))
    @action(detail=True, methods=["get"])
    def log(self, request, slug=None):
        """Every change in the collaboration that the caller may read."""
        if not request.user.is_authenticated:
            self.permission_denied(request)
        page = self.paginate_queryset(collaboration_log(self.get_object(), request.user))
        page = readable_records(page, request.user)
        return self.get_paginated_response(ChangeRecordSerializer(page, many=True).data)


@extend_schema_view(list=extend_schema(parameters=[PER_FILTER]))
class ParticipationViewSet(
    HistoryMixin,
    mixins.CreateModelMixin,
    mixins.UpdateModelMixin,
    mixins.DestroyModelMixin,
    viewsets.ReadOnlyModelViewSet,
):
    """Which organizations take part in which collaborations, in which role."""

    filterset_class = ParticipationFilterSet
    permission_classes = [permissions.IsAuthenticatedOrReadOnly]
    http_method_names = ["get", "post", "patch", "delete", "head", "options"]

    def get_queryset(self):
        """With `?per=YYYY-MM-DD`, the participations valid on that day."""
        participations = (
            Participation.objects.visible_to(self.request.user)
            .select_related("organization", "collaboration")
            .prefetch_related("shared_with")
        )
        on = per_from_query(self.request)
        return participations if on is None else participations.filter(active_on(on))

    def get_serializer_class(self):
        if self.action == "create":
            return ParticipationCreateSerializer
        if self.action in ("update", "partial_update"):
            return ParticipationUpdateSerializer
        return ParticipationSerializer

    def perform_create(self, serializer):
        data = dict(serializer.validated_data)
        collaboration = data.pop("collaboration")
        organization = data.pop("organization")
        serializer.instance = services.add_participation(collaboration, organization, actor=self.request.user, **data)

    def perform_update(self, serializer):
        serializer.instance = services.update_participation(
            self.get_object(), actor=self.request.user, **serializer.validated_data
        )

    def perform_destroy(self, instance):
        services.remove_participation(instance, actor=self.request.user)


@extend_schema_view(list=extend_schema(parameters=[COLLABORATION_FILTER, PER_FILTER]))
class CollaborationRoleViewSet(viewsets.ReadOnlyModelViewSet):
    """Roles of people in collaborations (assigned on the collaboration's page)."""

    serializer_class = CollaborationRoleSerializer
    permission_classes = [permissions.IsAuthenticated]

    def get_queryset(self):
        qs = CollaborationRole.objects.visible_to(self.request.user).select_related("person", "collaboration")
        slug = self.request.query_params.get("collaboration")
        on = per_from_query(self.request)
        if on is not None:
            qs = qs.filter(active_on(on))
        return qs.filter(collaboration__slug=slug) if slug else qs


class MyScopeView(viewsets.ViewSet):
    """Who the caller is in the platform: organizations and roles per collaboration."""

    permission_classes = [permissions.IsAuthenticated]

    @extend_schema(responses={200: dict})
    def list(self, request):
        scope = scope_for(request.user)
        return Response(
            {
                "user": request.user.email,
                "is_admin": scope.is_admin,
                "organizations": sorted(scope.organization_ids),
                "roles": {str(k): sorted(v) for k, v in scope.roles.items()},
            }
        )
