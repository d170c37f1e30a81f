from typing import Any

from rest_framework import serializers

from actors.models import Area, AreaPopulation, Organization, OrganizationName, Person, Representation


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
