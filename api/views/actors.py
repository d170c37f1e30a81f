from django.db.models import Prefetch
from rest_framework import mixins, permissions, viewsets

from actors import services
from actors.filters import AreaFilterSet, OrganizationFilterSet, PersonFilterSet
from actors.models import Area, Organization, Person, Representation
from api.serializers.actors import AreaSerializer, OrganizationSerializer, PersonSerializer


class AreaViewSet(viewsets.ReadOnlyModelViewSet):
    """The territory: 290 municipalities, 21 regions and the nation."""

    serializer_class = AreaSerializer
    filterset_class = AreaFilterSet
    lookup_field = "scb_code"
    queryset = Area.objects.select_related("county").prefetch_related("populations")


class OrganizationViewSet(mixins.CreateModelMixin, mixins.UpdateModelMixin, viewsets.ReadOnlyModelViewSet):
    serializer_class = OrganizationSerializer
    filterset_class = OrganizationFilterSet
    queryset = Organization.objects.select_related("area").prefetch_related("areas", "other_names")
    permission_classes = [permissions.IsAuthenticatedOrReadOnly]
    http_method_names = ["get", "post", "patch", "head", "options"]

    def perform_create(self, serializer):
        serializer.instance = services.create_organization(actor=self.request.user, **serializer.validated_data)

    def perform_update(self, serializer):
        serializer.instance = services.update_organization(
            self.get_object(), actor=self.request.user, **serializer.validated_data
        )


class PersonViewSet(mixins.CreateModelMixin, mixins.UpdateModelMixin, viewsets.ReadOnlyModelViewSet):
    """People and the organizations they represent; readable by logged-in users only."""

    serializer_class = PersonSerializer
    filterset_class = PersonFilterSet
    permission_classes = [permissions.IsAuthenticated]
    http_method_names = ["get", "post", "patch", "head", "options"]

    def get_queryset(self):
        return Person.objects.prefetch_related(
            Prefetch("representations", queryset=Representation.objects.select_related("organization"))
        ).distinct()

    def perform_create(self, serializer):
        serializer.instance = services.create_person(actor=self.request.user, **serializer.validated_data)

    def perform_update(self, serializer):
        serializer.instance = services.update_person(
            self.get_object(), actor=self.request.user, **serializer.validated_data
        )
