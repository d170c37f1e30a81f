"""Forms of the formal basis. Each form that names a party offers only the collaboration's parties;
the services check the same rules again (and the API goes straight to the services)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.db import models
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from actors.models import Organization, Person
from collaborations.parts.forms import DATE, PartForm, check_dates_ordered, clean_document
from collaborations.parts.sources import SOURCE_FIELDS
from organize.choices import ChairMode, FinancingMethod
from organize.models import (
    Adoption,
    Agreement,
    AgreementVersion,
    Body,
    BodyDocument,
    ExternalFunding,
    FinancingModel,
    FollowUpDuty,
    Membership,
    ResourceCommitment,
    Responsibility,
)


def https_links(db_field: Any, **kwargs: Any) -> Any:
    """Form fields of a model's fields, a link without a scheme read as https (`Sourced.source_url`)."""
    if isinstance(db_field, models.URLField):
        kwargs.setdefault("assume_scheme", "https")
    return db_field.formfield(**kwargs)


class AgreementForm(PartForm, forms.ModelForm):
    party_fields = ("commissioned_organization", "parties")

    class Meta:
        model = Agreement
        formfield_callback = https_links
        fields = ["kind", "title", "parties", "commissioned_organization", *SOURCE_FIELDS, "visibility", "shared_with"]
        widgets = {"source_note": forms.Textarea(attrs={"rows": 2}), "parties": forms.CheckboxSelectMultiple}


class AgreementVersionForm(PartForm, forms.ModelForm):
    class Meta:
        model = AgreementVersion
        formfield_callback = https_links
        fields = [
            "drafted_on",
            "valid_from",
            "in_force_on_adoption",
            "valid_until",
            "until_further_notice",
            "review_date",
            "purpose",
            "goals",
            "conflict_clause",
            "exit_clause",
            "text",
            "attachment",
            *SOURCE_FIELDS,
        ]
        widgets = {
            "source_note": forms.Textarea(attrs={"rows": 2}),
            "drafted_on": DATE,
            "valid_from": DATE,
            "valid_until": DATE,
            "review_date": DATE,
            "purpose": forms.Textarea(attrs={"rows": 3}),
            "goals": forms.Textarea(attrs={"rows": 3}),
            "conflict_clause": forms.Textarea(attrs={"rows": 2}),
            "exit_clause": forms.Textarea(attrs={"rows": 2}),
            "text": forms.Textarea(attrs={"rows": 8}),
        }

    def clean_attachment(self):
        return clean_document(self)

    def clean(self):
        data = super().clean()
        start, end = data.get("valid_from"), data.get("valid_until")
        if start and end and end < start:
            self.add_error("valid_until", _("Slutet på giltighetstiden kan inte ligga före början."))
        if start and data.get("in_force_on_adoption"):
            self.add_error(
                "in_force_on_adoption",
                _("Ange antingen ett datum då versionen börjar gälla eller att den gäller från sista antagandet."),
            )
        if end and data.get("until_further_notice"):
            self.add_error(
                "until_further_notice", _("Ange antingen ett slutdatum eller att versionen gäller tills vidare.")
            )
        return data


class AdoptionForm(PartForm, forms.ModelForm):
    class Meta:
        model = Adoption
        formfield_callback = https_links
        fields = [
            "status",
            "decision_body",
            "decision_body_name",
            "decision_date",
            "reference",
            "note",
            *SOURCE_FIELDS,
        ]
        widgets = {
            "decision_date": DATE,
            "note": forms.Textarea(attrs={"rows": 2}),
            "source_note": forms.Textarea(attrs={"rows": 2}),
            "status": forms.RadioSelect,
        }
        help_texts = {
            "decision_body": _("Partens eget beslutande organ. Lämna tomt om det är okänt."),
            "decision_date": _("Lämna tomt om datumet är okänt; det visas då som okänt."),
        }


class ResponsibilityForm(PartForm, forms.ModelForm):
    party_fields = ("organization",)

    class Meta:
        model = Responsibility
        fields = ["organization", "kind", "description", "visibility", "shared_with", *SOURCE_FIELDS]
        widgets = {"description": forms.Textarea(attrs={"rows": 3}), "source_note": forms.Textarea(attrs={"rows": 2})}


class FollowUpDutyForm(PartForm, forms.ModelForm):
    party_fields = ("responsible_organization",)

    class Meta:
        model = FollowUpDuty
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


class LinesField(forms.CharField):
    """A list of short texts, one per line."""

    widget = forms.Textarea(attrs={"rows": 4})

    def prepare_value(self, value):
        return "\n".join(value) if isinstance(value, list) else value

    def to_python(self, value):
        return [line.strip() for line in (value or "").splitlines() if line.strip()]


def source_url_field() -> forms.URLField:
    """The link to a fact's source (`Sourced.source_url`), read as https when no scheme is given."""
    return forms.URLField(label=_("Länk till källan"), required=False, max_length=500, assume_scheme="https")


class BodyForm(PartForm, forms.ModelForm):
    """A body; for a rotating chair, one version of its rule (the latest shown): saved under a date a
    version already has, it changes that version; under a new date, it records a rule change from then."""

    party_fields = ("convener", "chair_organization")
    decision_areas = LinesField(
        label=_("Får besluta om"), required=False, help_text=_("Organets mandat, ett beslutsområde per rad.")
    )
    rule_valid_from = forms.DateField(
        label=_("Regeln gäller från"),
        required=False,
        widget=DATE,
        help_text=_(
            "Turordningen räknas från denna dag. Ett datum som en tidigare version redan har ändrar den versionen; "
            "ett nytt datum lägger till en ändring av regeln från den dagen."
        ),
    )
    rule_period_months = forms.IntegerField(
        label=_("Månader per ordförandeperiod"), required=False, min_value=1, max_value=120
    )
    rule_note = forms.CharField(
        label=_("Anteckning om regeln"),
        required=False,
        help_text=_("Till exempel vilket beslut som ändrade regeln."),
    )
    chair_rules = forms.CharField(required=False, widget=forms.HiddenInput)  # carries the service's errors
    source_url = source_url_field()

    rule_fields = ("rule_valid_from", "rule_period_months", "rule_note", "chair_rules")

    class Meta:
        model = Body
        fields = [
            "name",
            "kind",
            "parent",
            "purpose",
            "decision_areas",
            "convener",
            "meeting_rhythm",
            "meetings_per_year",
            "chair_mode",
            "chair_organization",
            "confidentiality",
            "established_on",
            "closed_on",
            "closing_reason",
            *SOURCE_FIELDS,
            "visibility",
            "shared_with",
        ]
        widgets = {
            "purpose": forms.Textarea(attrs={"rows": 3}),
            "established_on": DATE,
            "closed_on": DATE,
            "closing_reason": forms.Textarea(attrs={"rows": 2}),
            "source_note": forms.Textarea(attrs={"rows": 2}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        bodies = Body.objects.visible_to(self.user).filter(collaboration=self.collaboration)
        if self.instance.pk:
            bodies = bodies.exclude(pk=self.instance.pk)
        self.fields["parent"].queryset = bodies
        self.saved_rules = list(self.instance.chair_rules.all()) if self.instance.pk else []
        latest = self.saved_rules[-1] if self.saved_rules else None
        if latest is not None:
            self.initial.setdefault("rule_valid_from", latest.valid_from)
            self.initial.setdefault("rule_period_months", latest.period_months)
            self.initial.setdefault("rule_note", latest.note)
        order = list(latest.order) if latest else []
        self.rotation_fields = []
        for org in self.fields["convener"].queryset:
            name = f"place_{org.pk}"
            self.fields[name] = forms.IntegerField(
                label=_("%(org)s: plats i turordningen") % {"org": org.name},
                required=False,
                min_value=1,
                initial=order.index(org.pk) + 1 if org.pk in order else None,
                widget=forms.NumberInput(attrs={"class": "narrow"}),
            )
            self.rotation_fields.append(name)

    def clean(self):
        data = super().clean()
        check_dates_ordered(self, data, "established_on", "closed_on")
        places = {int(n.split("_")[1]): data.get(n) for n in self.rotation_fields if data.get(n)}
        if len(set(places.values())) != len(places):
            self.add_error("chair_rules", _("Två parter har samma plats i turordningen."))
        given = places or data.get("rule_valid_from") or data.get("rule_period_months")
        self.rule_versions = None
        if data.get("chair_mode") == ChairMode.ROTATING and given:
            rule = {
                "valid_from": data.get("rule_valid_from"),
                "order": [pk for pk, _place in sorted(places.items(), key=lambda kv: kv[1])],
                "period_months": data.get("rule_period_months"),
                "note": data.get("rule_note") or "",
            }
            kept = [
                {"valid_from": r.valid_from, "order": r.order, "period_months": r.period_months, "note": r.note}
                for r in self.saved_rules
                if r.valid_from != rule["valid_from"]
            ]
            self.rule_versions = [*kept, rule]
        return data

    def service_data(self) -> dict:
        skip = (*self.rotation_fields, *self.rule_fields)
        data = {k: v for k, v in self.cleaned_data.items() if k not in skip}
        if self.rule_versions is not None:
            data["chair_rules"] = self.rule_versions
        return data

    def main_fields(self):
        skip = (*self.rotation_fields, *self.rule_fields)
        return [f for f in self.visible_fields() if f.name not in skip]

    def rule_inputs(self):
        return [self[name] for name in self.rule_fields if name != "chair_rules"]

    def rotation_table(self):
        return [self[name] for name in self.rotation_fields]


class MembershipForm(PartForm, forms.ModelForm):
    """A seat in a body. The organization may be any organization the person represents: a party, or
    one that is not (an expert's, a guest's, a union's), which does not become a party by it."""

    source_url = source_url_field()

    class Meta:
        model = Membership
        fields = [
            "person",
            "organization",
            "position",
            "title",
            "outside_role",
            "start_date",
            "end_date",
            "second_seat_reason",
            *SOURCE_FIELDS,
            "visibility",
            "shared_with",
        ]
        widgets = {
            "start_date": DATE,
            "end_date": DATE,
            "second_seat_reason": forms.Textarea(attrs={"rows": 2}),
            "source_note": forms.Textarea(attrs={"rows": 2}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["person"].queryset = Person.objects.filter(representations__isnull=False).distinct()
        self.fields["organization"].queryset = Organization.objects.all()
        self.fields["organization"].help_text = _(
            "Organisationen personen sitter för. Den behöver inte vara part: en expert, en gäst eller ett "
            "fackförbund kan sitta i organet utan att organisationen blir part."
        )
        if self.instance.pk:
            self.fields["person"].disabled = True

    def clean(self):
        data = super().clean()
        check_dates_ordered(self, data)
        return data


class BodyDocumentForm(PartForm, forms.ModelForm):
    class Meta:
        model = BodyDocument
        fields = ["kind", "title", "description", "attachment"]
        widgets = {"description": forms.Textarea(attrs={"rows": 3})}

    def clean_attachment(self):
        return clean_document(self)


class FinancingModelForm(PartForm, forms.ModelForm):
    """The model and, per party, whether it pays and (for fixed shares) its percentage."""

    party_fields = ("anchor_organization",)

    class Meta:
        model = FinancingModel
        fields = [
            "name",
            "year",
            "method",
            "total",
            "population_year",
            "anchor_organization",
            "anchor_percent",
            "note",
            "is_invented",
            "visibility",
            "shared_with",
        ]
        widgets = {"note": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        current = {s.organization_id: s.percent for s in self.instance.shares.all()} if self.instance.pk else {}
        self.party_rows = []
        self.parties = list(self.fields["anchor_organization"].queryset)
        for org in self.parties:
            pays, percent = f"pays_{org.pk}", f"percent_{org.pk}"
            self.fields[pays] = forms.BooleanField(
                label=_("%(org)s betalar") % {"org": org.name}, required=False, initial=org.pk in current
            )
            self.fields[percent] = forms.DecimalField(
                label=_("%(org)s: andel (%%)") % {"org": org.name},
                required=False,
                max_digits=7,
                decimal_places=4,
                min_value=0,
                max_value=100,
                initial=current.get(org.pk),
                widget=forms.NumberInput(attrs={"class": "narrow", "step": "any"}),
            )
            self.party_rows.append((org, pays, percent))

    def clean(self):
        data = super().clean()
        shares = []
        for org, pays, percent in self.party_rows:
            if data.get(pays):
                if data.get("method") == FinancingMethod.FIXED_SHARES and data.get(percent) is None:
                    self.add_error(percent, _("Ange andelen i procent för %(org)s.") % {"org": org.name})
                shares.append((org, data.get(percent)))
        data["shares"] = shares
        return data

    def service_data(self) -> dict:
        return {k: v for k, v in self.cleaned_data.items() if not k.startswith(("pays_", "percent_"))}

    def main_fields(self):
        return [f for f in self.visible_fields() if not f.name.startswith(("pays_", "percent_"))]

    def party_table(self):
        return [(org, self[pays], self[percent]) for org, pays, percent in self.party_rows]


class ExternalFundingForm(PartForm, forms.ModelForm):
    class Meta:
        model = ExternalFunding
        fields = [
            "kind",
            "funder",
            "description",
            "amount",
            "start_date",
            "end_date",
            "is_invented",
            "visibility",
            "shared_with",
        ]
        widgets = {"start_date": DATE, "end_date": DATE}

    def clean(self):
        data = super().clean()
        check_dates_ordered(self, data)
        return data


class ResourceCommitmentForm(PartForm, forms.ModelForm):
    party_fields = ("organization",)

    class Meta:
        model = ResourceCommitment
        fields = [
            "organization",
            "year",
            "money_committed",
            "money_actual",
            "fte_committed",
            "fte_actual",
            "note",
            "is_invented",
            "visibility",
            "shared_with",
        ]
        widgets = {"note": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["organization"].disabled = True
            self.fields["year"].disabled = True
