"""Filters shared by the HTML lists and the API."""

import django_filters
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from actors.choices import AreaKind, Sector
from actors.models import Area
from collaborations.choices import ParticipationRole, Stage, Status, ThemeChoice
from collaborations.models import Collaboration, Participation


class CollaborationFilterSet(django_filters.FilterSet):
    q = django_filters.CharFilter(method="search", label=_("Sök"))
    stage = django_filters.ChoiceFilter(choices=Stage.choices, label=_("Skede"), empty_label=_("Alla"))
    status = django_filters.ChoiceFilter(choices=Status.choices, label=_("Status"), empty_label=_("Alla"))
    theme = django_filters.ChoiceFilter(
        field_name="themes", choices=ThemeChoice.choices, label=_("Tema"), empty_label=_("Alla")
    )
    county = django_filters.ModelChoiceFilter(
        method="in_county",
        queryset=Area.objects.filter(kind=AreaKind.REGION),
        label=_("Län"),
        empty_label=_("Alla län"),
    )
    sector = django_filters.ChoiceFilter(
        method="with_sector", choices=Sector.choices, label=_("Med aktör från sektor"), empty_label=_("Alla")
    )

    class Meta:
        model = Collaboration
        fields = ["q", "stage", "status", "theme", "county", "sector"]

    def search(self, queryset, name, value):
        return queryset.filter(Q(name__icontains=value) | Q(summary__icontains=value) | Q(problem__icontains=value))

    def in_county(self, queryset, name, value: str):
        return queryset.filter(Q(areas=value) | Q(areas__county=value)).distinct()

    def with_sector(self, queryset, name, value):
        return queryset.filter(participations__organization__sector=value).distinct()


class ParticipationFilterSet(django_filters.FilterSet):
    collaboration = django_filters.CharFilter(field_name="collaboration__slug", label=_("Samverkan"))
    role = django_filters.ChoiceFilter(choices=ParticipationRole.choices, label=_("Roll"))

    class Meta:
        model = Participation
        fields = ["collaboration", "role", "organization"]
