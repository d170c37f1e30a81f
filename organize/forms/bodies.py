"""Forms of bodies: a body with the latest version of its rotating chair's rule and the parties' places in
the turn, a seat in a body (a person of the register or one typed in), a body's material."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from actors.models import Organization, Person
from collaborations.parts.forms import DATE, PartForm, check_dates_ordered, clean_document
from collaborations.parts.sources import SOURCE_FIELDS
from core.formfields import WholeNumberField, WholeNumberInput, number_formfield
from organize.choices import ChairMode
from organize.models import Body, BodyDocument, Membership


class LinesField(forms.CharField):
    """A list of short texts, one per line."""

    widget = forms.Textarea(attrs={"rows": 4})

    def prepare_value(self, value):
        return "\n".join(value) if isinstance(value, list) else value

    def to_python(self, value):
        return [line.strip() for line in (value or "").splitlines() if line.strip()]


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
    rule_period_months = WholeNumberField(
        label=_("Månader per ordförandeperiod"), required=False, min_value=1, max_value=120
    )
    rule_note = forms.CharField(
        label=_("Anteckning om regeln"),
        required=False,
        help_text=_("Till exempel vilket beslut som ändrade regeln."),
    )
    chair_rules = forms.CharField(required=False, widget=forms.HiddenInput)  # carries the service's errors

    rule_fields = ("rule_valid_from", "rule_period_months", "rule_note", "chair_rules")

    class Meta:
        model = Body
        formfield_callback = number_formfield
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
            self.fields[name] = WholeNumberField(
                label=_("%(org)s: plats i turordningen") % {"org": org.name},
                required=False,
                min_value=1,
                initial=order.index(org.pk) + 1 if org.pk in order else None,
                widget=WholeNumberInput(attrs={"class": "narrow"}),
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

    new_person_first_name = forms.CharField(label=_("Ny person: förnamn"), required=False, max_length=100)
    new_person_last_name = forms.CharField(label=_("Ny person: efternamn"), required=False, max_length=100)
    new_person_title = forms.CharField(label=_("Ny person: titel"), required=False, max_length=200)
    new_person_email = forms.EmailField(label=_("Ny person: e-post"), required=False)

    NEW = ("new_person_first_name", "new_person_last_name", "new_person_title", "new_person_email")
    field_order = ["person", *NEW, "organization"]

    class Meta:
        model = Membership
        formfield_callback = number_formfield
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
            for name in self.NEW:
                del self.fields[name]
        else:  # a person of the register, or one typed here who is added to it
            self.fields["person"].required = False
            self.fields["person"].help_text = _(
                "Finns personen inte i registret? Skriv förnamn och efternamn nedan: personen läggs till som "
                "företrädare för organisationen och blir ledamot."
            )

    def clean(self):
        data = super().clean()
        check_dates_ordered(self, data)
        if self.instance.pk:
            return data
        new = self.new_person()
        if new is None:
            if not data.get("person") and "person" not in self.errors:
                self.add_error("person", _("Välj en person i registret eller skriv in en ny."))
        elif data.get("person"):
            self.add_error("new_person_first_name", _("Välj en person i registret eller skriv in en ny, inte båda."))
        else:
            if not new["first_name"]:
                self.add_error("new_person_first_name", _("Skriv personens förnamn."))
            if not new["last_name"]:
                self.add_error("new_person_last_name", _("Skriv personens efternamn."))
        return data

    def new_person(self) -> dict | None:
        """The fields of a person typed in the form, or None when none is typed."""
        data = getattr(self, "cleaned_data", {})
        values = {name.removeprefix("new_person_"): (data.get(name) or "").strip() for name in self.NEW}
        return values if any(values.values()) else None

    def service_data(self) -> dict:
        return {k: v for k, v in self.cleaned_data.items() if k not in ("person", "organization", *self.NEW)}


class BodyDocumentForm(PartForm, forms.ModelForm):
    class Meta:
        model = BodyDocument
        formfield_callback = number_formfield
        fields = ["kind", "title", "description", "attachment"]
        widgets = {"description": forms.Textarea(attrs={"rows": 3})}

    def clean_attachment(self):
        return clean_document(self)
