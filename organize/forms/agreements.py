"""Forms of agreements: an agreement with the parties that must adopt it, a version with its validity and
clauses, a party's adoption of a version."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from collaborations.parts.forms import DATE, PartForm, clean_document
from collaborations.parts.sources import SOURCE_FIELDS
from core.formfields import number_formfield
from organize.models import Adoption, Agreement, AgreementVersion


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
