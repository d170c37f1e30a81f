"""Filters shared by the HTML lists and the API."""

import django_filters
from django.db.models import Exists, OuterRef, Q
from django.utils.translation import gettext_lazy as _

from actors.choices import AreaKind, OrganizationKind, Sector
from actors.models import Area, Organization, OrganizationName, Person, User


class AreaFilterSet(django_filters.FilterSet):
    q = django_filters.CharFilter(method="search", label=_("Sök"))
    kind = django_filters.ChoiceFilter(choices=AreaKind.choices, label=_("Slag"), empty_label=_("Alla"))
    county = django_filters.ModelChoiceFilter(
        queryset=Area.objects.filter(kind=AreaKind.REGION), label=_("Län"), empty_label=_("Alla län")
    )

    class Meta:
        model = Area
        fields = ["q", "kind", "county"]

    def search(self, queryset, name, value):
        return queryset.filter(Q(name__icontains=value) | Q(official_name__icontains=value) | Q(scb_code=value))


class OrganizationFilterSet(django_filters.FilterSet):
    q = django_filters.CharFilter(method="search", label=_("Sök"))
    sector = django_filters.ChoiceFilter(choices=Sector.choices, label=_("Sektor"), empty_label=_("Alla"))
    kind = django_filters.ChoiceFilter(
        choices=OrganizationKind.choices, label=_("Organisationsform"), empty_label=_("Alla")
    )

    class Meta:
        model = Organization
        fields = ["q", "sector", "kind"]

    def search(self, queryset, name, value):
        """By name, short name, organization number, or any former name or alias."""
        other_name = OrganizationName.objects.filter(organization=OuterRef("pk"), name__icontains=value)
        return queryset.filter(
            Q(name__icontains=value)
            | Q(short_name__icontains=value)
            | Q(org_number__icontains=value)
            | Q(Exists(other_name))
        )


class PersonFilterSet(django_filters.FilterSet):
    q = django_filters.CharFilter(method="search", label=_("Sök"))
    organization = django_filters.ModelChoiceFilter(
        field_name="representations__organization",
        queryset=Organization.objects.all(),
        label=_("Organisation"),
        empty_label=_("Alla"),
    )

    class Meta:
        model = Person
        fields = ["q", "organization"]

    def search(self, queryset, name, value):
        return queryset.filter(
            Q(first_name__icontains=value) | Q(last_name__icontains=value) | Q(email__icontains=value)
        )


class UserFilterSet(django_filters.FilterSet):
    """The accounts page (administrators): by name or address, organization and whether the account is active."""

    q = django_filters.CharFilter(method="search", label=_("Sök"))
    organization = django_filters.ModelChoiceFilter(
        field_name="person__representations__organization",
        queryset=Organization.objects.all(),
        label=_("Organisation"),
        empty_label=_("Alla"),
        distinct=True,
    )
    status = django_filters.ChoiceFilter(
        method="by_status",
        choices=[("active", _("Aktiva")), ("inactive", _("Avstängda"))],
        label=_("Konto"),
        empty_label=_("Alla"),
    )

    class Meta:
        model = User
        fields = ["q", "organization", "status"]

    def by_status(self, queryset, name, value):
        return queryset.filter(is_active=value == "active")

    def search(self, queryset, name, value):
        return queryset.filter(
            Q(email__icontains=value)
            | Q(first_name__icontains=value)
            | Q(last_name__icontains=value)
            | Q(person__first_name__icontains=value)
            | Q(person__last_name__icontains=value)
        )
