from typing import Any

from rest_framework import serializers

from actors.choices import InvitationStatus
from actors.models import Area, AreaPopulation, Invitation, Organization, OrganizationName, Person, Representation, User


class AreaPopulationSerializer(serializers.ModelSerializer):
    class Meta:
        model = AreaPopulation
        fields = ["year", "gender", "value", "source", "derived"]


class AreaSerializer(serializers.ModelSerializer):
    county: serializers.SlugRelatedField[Any] = serializers.SlugRelatedField(  # none for a region
        slug_field="scb_code", read_only=True, allow_null=True
    )
    populations = AreaPopulationSerializer(many=True, read_only=True)

    class Meta:
        model = Area
        fields = [
            "scb_code",
            "kolada_id",
            "kind",
            "name",
            "official_name",
            "organization_name",
            "kolada_title",
            "county",
            "populations",
        ]


class OrganizationNameSerializer(serializers.ModelSerializer):
    """A former name or an alias, with the period it was used when known."""

    class Meta:
        model = OrganizationName
        fields = ["name", "kind", "valid_from", "valid_until"]
        validators: list = []  # uniqueness is checked by the service, naming the organization that has the name


class OrganizationSerializer(serializers.ModelSerializer):
    """An organization. `area` is its main area (its population is used for sharing by population);
    `areas` are all areas it is linked to, the main one included. `other_names`, when written, replace
    all its former names and aliases; search (`q`) finds it by them."""

    area = serializers.SlugRelatedField(
        slug_field="scb_code", queryset=Area.objects.all(), required=False, allow_null=True
    )
    areas = serializers.SlugRelatedField(slug_field="scb_code", queryset=Area.objects.all(), many=True, required=False)
    other_names = OrganizationNameSerializer(many=True, required=False)

    class Meta:
        model = Organization
        fields = [
            "id",
            "name",
            "short_name",
            "sector",
            "kind",
            "org_number",
            "area",
            "areas",
            "other_names",
            "website",
            "description",
        ]
        validators: list = []  # uniqueness is checked by the service, with its own message


class RepresentationSerializer(serializers.ModelSerializer):
    organization_name = serializers.CharField(source="organization.name", read_only=True)

    class Meta:
        model = Representation
        fields = ["id", "organization", "organization_name", "position", "start_date", "end_date"]


class PersonSerializer(serializers.ModelSerializer):
    representations = RepresentationSerializer(many=True, read_only=True)

    class Meta:
        model = Person
        fields = ["id", "first_name", "last_name", "title", "email", "phone", "is_invented", "representations"]
        read_only_fields = ["is_invented"]


class InvitationSerializer(serializers.ModelSerializer):
    """An invitation to take an account (its link is never shown: only the person it was sent to has it).
    `status`: pending, expired, accepted or revoked."""

    person_name = serializers.CharField(source="person.__str__", read_only=True)
    status = serializers.ChoiceField(choices=InvitationStatus.choices, read_only=True)

    class Meta:
        model = Invitation
        fields = [
            "id",
            "person",
            "person_name",
            "email",
            "status",
            "invited_by",
            "sent_at",
            "expires_at",
            "accepted_at",
            "revoked_at",
            "user",
        ]
        read_only_fields = fields


class UserSerializer(serializers.ModelSerializer):
    """An account: its e-mail address is the user name; `person` says who it is. `last_login` is null when
    the account has never logged in."""

    organizations = serializers.SerializerMethodField()
    is_admin = serializers.BooleanField(source="is_superuser", read_only=True)

    class Meta:
        model = User
        fields = [
            "id",
            "email",
            "first_name",
            "last_name",
            "person",
            "organizations",
            "is_active",
            "is_admin",
            "last_login",
        ]
        read_only_fields = fields

    def get_organizations(self, user: User) -> list[int]:
        """The organizations the account's person represents (ids), none without a person."""
        if user.person is None:
            return []
        return [r.organization_id for r in user.person.representations.all()]
