"""Forms of financing: a cost model with each party's share (a stated amount, a percentage or a part by
the key, who pays it, in which group, from which source) and the groups that pay as one; external
funding; a party's resources for a year."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from collaborations.parts.forms import DATE, PartForm, check_dates_ordered
from collaborations.parts.sources import SOURCE_FIELDS
from core.formfields import DecimalNumberField, NumberInput, WholeNumberField, number_formfield
from organize.choices import PERCENT_PLACES, FinancingMethod
from organize.models import ExternalFunding, FinancingModel, ResourceCommitment
from organize.queries import GroupSpec, ShareSpec

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
