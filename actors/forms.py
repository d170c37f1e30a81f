from django import forms
from django.utils.translation import gettext_lazy as _

from actors.models import Organization, Person, Representation


class OrganizationForm(forms.ModelForm):
    website = forms.URLField(label=_("Webbplats"), required=False, assume_scheme="https")

    class Meta:
        model = Organization
        fields = ["name", "short_name", "sector", "kind", "org_number", "area", "website", "description"]
        widgets = {"description": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["area"].queryset = self.fields["area"].queryset.order_by("kind", "name")


class PersonForm(forms.ModelForm):
    class Meta:
        model = Person
        fields = ["first_name", "last_name", "title", "email", "phone"]


class RepresentationForm(forms.ModelForm):
    class Meta:
        model = Representation
        fields = ["organization", "position", "start_date", "end_date"]
        widgets = {
            "start_date": forms.DateInput(attrs={"type": "date"}),
            "end_date": forms.DateInput(attrs={"type": "date"}),
        }
        labels = {"organization": _("Organisation")}
