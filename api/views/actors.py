from django.db.models import Prefetch
from rest_framework import mixins, permissions, viewsets

from actors import queries, services
from actors.filters import AreaFilterSet, OrganizationFilterSet, PersonFilterSet, UserFilterSet
from actors.models import Area, Organization, Person, Representation
from api.serializers.actors import (
    AreaSerializer,
    InvitationSerializer,
    OrganizationSerializer,
    PersonSerializer,
    UserSerializer,
)
from api.views.base import HistoryMixin


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


class InvitationViewSet(HistoryMixin, viewsets.ReadOnlyModelViewSet):
    """Invitations to take an account: all for administrators, those of the people of their parties for a
    collaboration's coordinators, none for anyone else. Invitations are sent, sent again and revoked on the
    pages (the link goes by e-mail)."""

    serializer_class = InvitationSerializer
    permission_classes = [permissions.IsAuthenticated]

    def get_queryset(self):
        return queries.invitations_for(self.request.user).order_by("-sent_at", "pk")


class UserViewSet(HistoryMixin, viewsets.ReadOnlyModelViewSet):
    """Accounts, for the platform's administrators (anyone else sees none): `?organization=<id>` those whose
    person represents it, `?status=active|inactive`, `?q=` by name or address."""

    serializer_class = UserSerializer
    filterset_class = UserFilterSet
    permission_classes = [permissions.IsAuthenticated]

    def get_queryset(self):
        return queries.users_for(self.request.user)
