"""Forms of activities: the activity itself, a progress note, the pilot's evaluation, a competence, a target
group, a year's resources."""

from __future__ import annotations

from typing import Any, cast

from django import forms
from django.utils.translation import gettext_lazy as _

from actors.models import Person
from collaborations.parts.forms import DATE, PartForm
from core.formfields import DecimalNumberField, WholeNumberField, number_formfield
from work.choices import ActivityStatus
from work.forms.plans import visibility_by_coordinators
from work.models import Activity, ActivityCompetence, ActivityResource, ActivityTargetGroup, ProgressNote
from work.services.activities import ACTIVITY_FIELDS
from work.services.resources import AMOUNTS

ROWS = {"rows": 3}


class ActivityForm(PartForm, forms.ModelForm):
    """What, who owns it (a party and a person who represents it), when, which goals, what it rests on."""

    party_fields = ("owner_organization",)

    class Meta:
        model = Activity
        formfield_callback = number_formfield
        fields = list(ACTIVITY_FIELDS)  # what the service sets
        widgets = {
            "description": forms.Textarea(attrs=ROWS),
            "evidence_reference": forms.Textarea(attrs={"rows": 2}),
            "evaluation_plan": forms.Textarea(attrs={"rows": 2}),
            "source_note": forms.Textarea(attrs={"rows": 2}),
            "start_date": DATE,
            "end_date": DATE,
            "evaluation_due": DATE,
        }
        help_texts = {
            "owner_person": _("Personen som ansvarar för aktiviteten och skriver lägesrapporter."),
            "goals": _("Minst ett mål: ett gemensamt mål eller ett av partens egna mål."),
            "pilot_scope": _("För en innovation: var piloten prövas."),
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        visibility_by_coordinators(self)
        owner = cast("forms.ModelChoiceField[Person]", self.fields["owner_person"])
        owner.queryset = (
            Person.objects.filter(representations__organization__in=self.parties_queryset)
            .distinct()
            .order_by("last_name", "first_name")
        )
        self.fields["owner_person"].required = True
        self.fields["owner_organization"].required = True

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not data.get("goals") and not data.get("own_goals") and "goals" not in self.errors:
            self.add_error(
                "goals", _("Ange minst ett mål som aktiviteten tjänar: ett gemensamt mål eller partens eget.")
            )
        start, end = data.get("start_date"), data.get("end_date")
        if start and end and end < start:
            self.add_error("end_date", _("Aktiviteten kan inte sluta före den startar."))
        return data


class ProgressNoteForm(forms.ModelForm):
    class Meta:
        model = ProgressNote
        formfield_callback = number_formfield
        fields = ["written_on", "status", "text"]
        widgets = {"written_on": DATE, "text": forms.Textarea(attrs={"rows": 4})}
        help_texts = {"status": _("Aktivitetens status från och med den här rapporten.")}

    def __init__(self, *args: Any, collaboration: Any = None, user: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        status = cast("forms.ChoiceField", self.fields["status"])
        status.choices = ActivityStatus.choices


class EvaluationForm(forms.ModelForm):
    class Meta:
        model = Activity
        formfield_callback = number_formfield
        fields = ["evaluated_on", "evaluation_result"]
        widgets = {"evaluated_on": DATE, "evaluation_result": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args: Any, collaboration: Any = None, user: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["evaluated_on"].required = True
        self.fields["evaluation_result"].required = True


class CompetenceForm(PartForm, forms.ModelForm):
    party_fields = ("provider",)

    class Meta:
        model = ActivityCompetence
        formfield_callback = number_formfield
        fields = ["competence", "provider", "note"]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        provider = cast("forms.ModelChoiceField[Any]", self.fields["provider"])
        provider.empty_label = _("Ingen part ännu (en brist)")


class TargetGroupForm(forms.ModelForm):
    class Meta:
        model = ActivityTargetGroup
        formfield_callback = number_formfield
        fields = ["kind", "description", "involvement", "evidence"]
        widgets = {"evidence": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args: Any, collaboration: Any = None, user: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)


class ResourceForm(forms.Form):
    year = WholeNumberField(label=_("År"), min_value=1990, max_value=2100)
    money_committed = DecimalNumberField(
        label=_("Pengar, utlovat (kr)"), required=False, min_value=0, max_digits=14, decimal_places=2
    )
    money_actual = DecimalNumberField(
        label=_("Pengar, utfall (kr)"), required=False, min_value=0, max_digits=14, decimal_places=2
    )
    fte_committed = DecimalNumberField(
        label=_("Årsarbetskrafter, utlovat"), required=False, min_value=0, max_digits=6, decimal_places=2
    )
    fte_actual = DecimalNumberField(
        label=_("Årsarbetskrafter, utfall"), required=False, min_value=0, max_digits=6, decimal_places=2
    )
    note = forms.CharField(label=_("Anteckning"), required=False, max_length=300)

    def __init__(self, *args: Any, collaboration: Any = None, user: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if all(data.get(name) is None for name in AMOUNTS):
            self.add_error("money_committed", _("Ange pengar eller årsarbetskrafter för året."))
        return data


class ResourceAmountsForm(forms.ModelForm):
    """One year's figures, changed (the year stays)."""

    class Meta:
        model = ActivityResource
        formfield_callback = number_formfield
        fields = [*AMOUNTS, "note"]

    def __init__(self, *args: Any, collaboration: Any = None, user: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if all(data.get(name) is None for name in AMOUNTS):
            self.add_error("money_committed", _("Ange pengar eller årsarbetskrafter för året."))
        return data
