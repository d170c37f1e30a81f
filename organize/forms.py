"""Forms of the formal basis. Each form that names a party offers only the collaboration's parties;
the services check the same rules again (and the API goes straight to the services)."""

from __future__ import annotations

from django import forms
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from actors.models import Organization, Person
from collaborations.parts.forms import DATE, PartForm, check_dates_ordered, clean_document
from collaborations.parts.sources import SOURCE_FIELDS
from core.formfields import DecimalNumberField, NumberInput, WholeNumberField, WholeNumberInput, number_formfield
from organize.choices import PERCENT_PLACES, ChairMode, FinancingMethod
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
from organize.queries import GroupSpec, ShareSpec


class AgreementForm(PartForm, forms.ModelForm):
    party_fields = ("commissioned_organization", "parties")
    all_parties = forms.TypedChoiceField(
        label=_("Vilka ska anta avtalet?"),
        choices=[
            ("true", _("Alla parter i samverkan på versionens datum (den samordnande parten medräknad)")),
            ("false", _("Bara de avtalsparter som kryssas i nedan")),
        ],
        coerce=lambda value: value == "true",
        empty_value=None,  # not sent (a script's post): the parties ticked decide, none ticked all parties
        required=False,
        widget=forms.RadioSelect,
        initial="true",
    )

    class Meta:
        model = Agreement
        formfield_callback = number_formfield
        fields = [
            "kind",
            "title",
            "all_parties",
            "parties",
            "commissioned_organization",
            *SOURCE_FIELDS,
            "visibility",
            "shared_with",
        ]
        widgets = {"source_note": forms.Textarea(attrs={"rows": 2}), "parties": forms.CheckboxSelectMultiple}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is not None:
            self.initial["all_parties"] = "true" if self.instance.all_parties else "false"
        self.fields["parties"].help_text = _("Bara när avtalet namnger sina parter, till exempel ett uppdragsavtal.")

    def clean(self):
        data = super().clean()
        if data.get("all_parties"):
            data["parties"] = []  # all parties: the boxes left ticked say nothing
        return data


class AgreementVersionForm(PartForm, forms.ModelForm):
    class Meta:
        model = AgreementVersion
        formfield_callback = number_formfield
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
        formfield_callback = number_formfield
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


PARTY_PREFIXES = ("pays_", "percent_", "amount_", "paid_by_", "group_", "src_")
SHARE_SOURCE_LABELS = {
    "source_note": _("källa"),
    "source_url": _("länk till källan"),
    "source_page": _("sida eller avsnitt"),
    "is_assumption": _("antaget värde"),
}


def _percent_field(label, initial=None) -> DecimalNumberField:
    return DecimalNumberField(
        label=label,
        required=False,
        max_digits=PERCENT_PLACES + 3,
        decimal_places=PERCENT_PLACES,
        min_value=0,
        max_value=100,
        initial=initial,
        widget=NumberInput(attrs={"class": "narrow"}),
    )


def _amount_field(label, initial=None) -> DecimalNumberField:
    return DecimalNumberField(
        label=label,
        required=False,
        max_digits=14,
        decimal_places=2,
        min_value=0,
        initial=initial,
    )


def _source_field(name: str, label, initial) -> forms.Field:
    if name == "is_assumption":
        return forms.BooleanField(label=label, required=False, initial=initial)
    if name == "source_url":
        return forms.URLField(label=label, required=False, max_length=500, initial=initial, assume_scheme="https")
    return forms.CharField(
        label=label, required=False, max_length=30 if name == "source_page" else None, initial=initial
    )


class FinancingModelForm(PartForm, forms.ModelForm):
    """The model; per party whether it pays, and how: a stated amount, a percentage or a part by the
    key, who pays it and in which group; and the groups that pay as one (each with its own key)."""

    # Where the services' errors about the shares and the groups are shown (beside the tables).
    shares = forms.CharField(required=False, widget=forms.HiddenInput)
    groups = forms.CharField(required=False, widget=forms.HiddenInput)

    class Meta:
        model = FinancingModel
        formfield_callback = number_formfield
        fields = [
            "name",
            "year",
            "method",
            "total",
            "population_year",
            "population_weight",
            "note",
            "is_invented",
            *SOURCE_FIELDS,
            "visibility",
            "shared_with",
        ]
        widgets = {"note": forms.Textarea(attrs={"rows": 2}), "source_note": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        saved = {s.organization_id: s for s in self.instance.shares.all()} if self.instance.pk else {}
        saved_groups = list(self.instance.groups.all()) if self.instance.pk else []
        self.parties = list(self.parties_queryset)
        self.group_slots = []
        for i in range(max(2, len(saved_groups) + 1)):
            g = saved_groups[i] if i < len(saved_groups) else None
            number = i + 1
            self.fields[f"group_pk_{i}"] = WholeNumberField(
                required=False, widget=forms.HiddenInput, initial=g.pk if g else None
            )
            self.fields[f"group_name_{i}"] = forms.CharField(
                label=_("Grupp %(n)d: namn") % {"n": number},
                required=False,
                max_length=200,
                initial=g.name if g else "",
            )
            self.fields[f"group_method_{i}"] = forms.ChoiceField(
                label=_("Grupp %(n)d: fördelningsnyckel inom gruppen") % {"n": number},
                required=False,
                choices=[("", "—"), *FinancingMethod.choices],
                initial=g.method if g else "",
            )
            self.fields[f"group_weight_{i}"] = DecimalNumberField(
                label=_("Grupp %(n)d: andel efter folkmängd (%%)") % {"n": number},
                required=False,
                max_digits=5,
                decimal_places=2,
                min_value=0,
                max_value=100,
                initial=g.population_weight if g else None,
                help_text=_("För en viktad nyckel; resten delas lika."),
            )
            self.fields[f"group_percent_{i}"] = _percent_field(
                _("Grupp %(n)d: gruppens andel (%%)") % {"n": number}, g.percent if g else None
            )
            self.fields[f"group_amount_{i}"] = _amount_field(
                _("Grupp %(n)d: gruppens angivna belopp (kr)") % {"n": number}, g.amount if g else None
            )
            self.group_slots.append(i)
        slot_of = {g.pk: str(i) for i, g in enumerate(saved_groups)}
        group_choices = [("", _("— ingen grupp"))] + [
            (str(i), saved_groups[i].name if i < len(saved_groups) else _("Grupp %(n)d") % {"n": i + 1})
            for i in self.group_slots
        ]
        self.party_rows = []
        by_pk = {org.pk: org for org in self.parties}
        payer_choices = [("", _("— parten själv")), *((str(org.pk), org.name) for org in self.parties)]
        for org in self.parties:
            share = saved.get(org.pk)
            pk = org.pk
            self.fields[f"pays_{pk}"] = forms.BooleanField(
                label=_("%(org)s betalar") % {"org": org.name}, required=False, initial=share is not None
            )
            self.fields[f"percent_{pk}"] = _percent_field(
                _("%(org)s: andel (%%)") % {"org": org.name}, share.percent if share else None
            )
            self.fields[f"amount_{pk}"] = _amount_field(
                _("%(org)s: angivet belopp (kr)") % {"org": org.name}, share.amount if share else None
            )
            self.fields[f"paid_by_{pk}"] = forms.TypedChoiceField(
                label=_("%(org)s: betalas av") % {"org": org.name},
                choices=payer_choices,  # one list for every row: no query per party
                coerce=lambda value: by_pk[int(value)],
                empty_value=None,
                required=False,
                initial=str(share.paid_by_id) if share and share.paid_by_id else "",
            )
            self.fields[f"group_{pk}"] = forms.ChoiceField(
                label=_("%(org)s: betalar med gruppen") % {"org": org.name},
                choices=group_choices,
                required=False,
                initial=slot_of.get(share.group_id, "") if share and share.group_id else "",
            )
            for name, label in SHARE_SOURCE_LABELS.items():
                self.fields[f"src_{name}_{pk}"] = _source_field(
                    name, _("%(org)s: %(what)s") % {"org": org.name, "what": label}, getattr(share, name, None)
                )
            self.party_rows.append((org, pk))

    def clean(self):
        data = super().clean()
        slots = {}
        for i in self.group_slots:
            name = (data.get(f"group_name_{i}") or "").strip()
            slots[str(i)] = name
        members: dict[str, int] = {}
        shares = []
        for org, pk in self.party_rows:
            if not data.get(f"pays_{pk}"):
                continue
            percent, amount, slot = data.get(f"percent_{pk}"), data.get(f"amount_{pk}"), data.get(f"group_{pk}") or ""
            if percent is not None and amount is not None:
                self.add_error(
                    f"amount_{pk}", _("%(org)s: ange antingen en andel i procent eller ett belopp.") % {"org": org.name}
                )
            if slot and not slots.get(slot):
                self.add_error(f"group_{pk}", _("%(org)s: ge gruppen ett namn.") % {"org": org.name})
            if slot:
                members[slot] = members.get(slot, 0) + 1
            group_method = data.get(f"group_method_{slot}") if slot else data.get("method")
            if group_method == FinancingMethod.FIXED_SHARES and percent is None and amount is None:
                self.add_error(
                    f"percent_{pk}",
                    _("Ange andelen i procent (eller ett belopp) för %(org)s: nyckeln är fasta andelar.")
                    % {"org": org.name},
                )
            source = {
                name: data.get(f"src_{name}_{pk}") or ("" if name != "is_assumption" else False)
                for name in SHARE_SOURCE_LABELS
            }
            shares.append(
                ShareSpec(org, percent, amount, data.get(f"paid_by_{pk}"), slots.get(slot, "") if slot else "", source)
            )
        groups = []
        for i in self.group_slots:
            name = slots[str(i)]
            if not name:
                continue
            if not data.get(f"group_method_{i}"):
                self.add_error(f"group_method_{i}", _("Välj hur gruppen %(name)s delar sitt belopp.") % {"name": name})
            if not members.get(str(i)):
                self.add_error(f"group_name_{i}", _("Gruppen %(name)s har inga medlemmar.") % {"name": name})
            if data.get(f"group_percent_{i}") is not None and data.get(f"group_amount_{i}") is not None:
                self.add_error(
                    f"group_amount_{i}",
                    _("%(name)s: ange antingen en andel i procent eller ett belopp.") % {"name": name},
                )
            groups.append(
                GroupSpec(
                    name,
                    data.get(f"group_method_{i}") or "",
                    data.get(f"group_weight_{i}"),
                    data.get(f"group_percent_{i}"),
                    data.get(f"group_amount_{i}"),
                    data.get(f"group_pk_{i}"),
                )
            )
        data["shares"] = shares
        data["groups"] = groups
        return data

    def service_data(self) -> dict:
        return {
            k: v
            for k, v in self.cleaned_data.items()
            if not k.startswith(PARTY_PREFIXES) and k in (*self.Meta.fields, "shares", "groups")
        }

    def main_fields(self):
        return [f for f in self.visible_fields() if not f.name.startswith(PARTY_PREFIXES)]

    def party_table(self):
        return [
            (
                org,
                self[f"pays_{pk}"],
                self[f"percent_{pk}"],
                self[f"amount_{pk}"],
                self[f"paid_by_{pk}"],
                self[f"group_{pk}"],
            )
            for org, pk in self.party_rows
        ]

    def source_table(self):
        return [(org, [self[f"src_{name}_{pk}"] for name in SHARE_SOURCE_LABELS]) for org, pk in self.party_rows]

    def group_table(self):
        return [
            [self[f"group_{what}_{i}"] for what in ("name", "method", "weight", "percent", "amount")]
            + [self[f"group_pk_{i}"]]
            for i in self.group_slots
        ]


class ExternalFundingForm(PartForm, forms.ModelForm):
    class Meta:
        model = ExternalFunding
        formfield_callback = number_formfield
        fields = [
            "kind",
            "funder",
            "description",
            "amount",
            "start_date",
            "end_date",
            "is_invented",
            *SOURCE_FIELDS,
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
        formfield_callback = number_formfield
        fields = [
            "organization",
            "year",
            "money_committed",
            "money_actual",
            "fte_committed",
            "fte_actual",
            "note",
            "is_invented",
            *SOURCE_FIELDS,
            "visibility",
            "shared_with",
        ]
        widgets = {"note": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["organization"].disabled = True
            self.fields["year"].disabled = True
