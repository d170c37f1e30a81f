"""Forms of responsibilities and follow-up: a party's responsibility, and a follow-up duty (its person one
who represents a party, the body reported to one of the collaboration's)."""

from __future__ import annotations

from django import forms
from django.db.models import QuerySet

from actors.models import Person
from collaborations.parts.forms import DATE, PartForm
from collaborations.parts.sources import SOURCE_FIELDS
from core.formfields import number_formfield
from organize.models import Body, FollowUpDuty, Responsibility


class ResponsibilityForm(PartForm, forms.ModelForm):
    party_fields = ("organization",)

    class Meta:
        model = Responsibility
        formfield_callback = number_formfield
        fields = ["organization", "kind", "description", "visibility", "shared_with", *SOURCE_FIELDS]
        widgets = {"description": forms.Textarea(attrs={"rows": 3}), "source_note": forms.Textarea(attrs={"rows": 2})}


class FollowUpDutyForm(PartForm, forms.ModelForm):
    party_fields = ("responsible_organization",)

    class Meta:
        model = FollowUpDuty
        formfield_callback = number_formfield
        fields = [
            "subject",
            "responsible_organization",
            "responsible_person",
            "frequency",
            "first_due",
            "report_to",
            "visibility",
            "shared_with",
            *SOURCE_FIELDS,
        ]
        widgets = {"first_due": DATE, "source_note": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["responsible_person"].queryset = _people_of(self.parties_queryset)
        self.fields["report_to"].queryset = Body.objects.visible_to(self.user).filter(collaboration=self.collaboration)


def _people_of(parties) -> QuerySet[Person]:
    """People who represent one of `parties`."""
    return (
        Person.objects.filter(representations__organization__in=parties).distinct().order_by("last_name", "first_name")
    )
