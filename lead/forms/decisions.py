"""Forms of decisions (L2): take and change a decision, the coordinator's note on why a flagged decision
stands, replace and cancel, a party's reservation, and the register's search and filters."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from actors.models import Person
from collaborations.parts.forms import PartForm
from collaborations.parts.sources import SOURCE_FIELDS
from core.formfields import number_formfield
from lead.choices import AgreementEffect, DecisionStatus
from lead.engine.mandate import mandate_of
from lead.models import Decision, Reservation
from lead.queries.decisions import RegisterFilter


class DecisionForm(PartForm, forms.ModelForm):
    """A decision's text, area and what it concerns. A body never adopts the agreement for the parties
    (O1): that choice is not offered; the service refuses it from any channel."""

    class Meta:
        model = Decision
        formfield_callback = number_formfield
        fields = [
            "text",
            "area",
            "goals",
            "agreement",
            "agreement_effect",
            "is_identical",
            "adoptions",
            "visibility",
            "shared_with",
            *SOURCE_FIELDS,
        ]
        widgets = {"text": forms.Textarea(attrs={"rows": 4}), "source_note": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args: Any, body: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        effect = self.fields["agreement_effect"]
        effect.choices = [(v, label) for v, label in effect.choices if v != AgreementEffect.ADOPTS]  # type: ignore[attr-defined]
        effect.help_text = _(
            "Ett organ antar aldrig avtalet för parternas räkning: varje part antar det i sitt eget organ."
        )
        if body is not None:
            self.fields["area"].help_text = mandate_of(body.name, body.decision_areas or [])


class MandateNoteForm(PartForm, forms.ModelForm):
    class Meta:
        model = Decision
        formfield_callback = number_formfield
        fields = ["mandate_note"]
        widgets = {"mandate_note": forms.Textarea(attrs={"rows": 3})}


class CancelDecisionForm(PartForm, forms.Form):
    reason = forms.CharField(label=_("Skäl till att beslutet upphävs"), widget=forms.Textarea(attrs={"rows": 3}))


class ReplaceDecisionForm(PartForm, forms.Form):
    replaced_by = forms.ModelChoiceField(
        label=_("Ersätts av beslutet"), queryset=Decision.objects.none(), help_text=_("Ett gällande beslut.")
    )
    reason = forms.CharField(label=_("Kommentar"), required=False, widget=forms.Textarea(attrs={"rows": 2}))

    def __init__(self, *args: Any, decision: Decision, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["replaced_by"].queryset = (  # type: ignore[attr-defined]
            Decision.objects.visible_to(self.user)
            .filter(collaboration=self.collaboration, status=DecisionStatus.IN_FORCE)
            .exclude(pk=decision.pk)
            .order_by("-year", "-number")
        )


class ReservationForm(PartForm, forms.ModelForm):
    party_fields = ("organization",)

    class Meta:
        model = Reservation
        formfield_callback = number_formfield
        fields = ["organization", "person", "text"]
        widgets = {"text": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["person"].queryset = (  # type: ignore[attr-defined]
            Person.objects.filter(representations__organization__in=self.parties_queryset)
            .distinct()
            .order_by("last_name", "first_name")
        )


class RegisterFilterForm(PartForm, forms.Form):
    """The register's search and filters (GET); what cannot be read is left out, not an error page."""

    q = forms.CharField(label=_("Sök i beslutsnummer, beslut och område"), required=False)
    body = forms.TypedChoiceField(label=_("Organ"), required=False, coerce=int, empty_value=None)
    year = forms.TypedChoiceField(label=_("År"), required=False, coerce=int, empty_value=None)
    area = forms.ChoiceField(label=_("Beslutsområde"), required=False)
    party = forms.TypedChoiceField(label=_("Part"), required=False, coerce=int, empty_value=None)
    status = forms.ChoiceField(
        label=_("Status"), required=False, choices=[("", _("Alla"))] + list(DecisionStatus.choices)
    )

    def __init__(self, *args: Any, choices: dict[str, list[Any]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        every = ("", _("Alla"))
        self.fields["body"].choices = [every] + [(b.pk, b.name) for b in choices["bodies"]]  # type: ignore[attr-defined]
        self.fields["year"].choices = [every] + [(y, str(y)) for y in choices["years"]]  # type: ignore[attr-defined]
        self.fields["area"].choices = [every] + [(a, a) for a in choices["areas"]]  # type: ignore[attr-defined]
        self.fields["party"].choices = [every] + [(o.pk, o.name) for o in self.parties_queryset]  # type: ignore[attr-defined]

    def register(self) -> RegisterFilter:
        self.is_valid()  # a filter that cannot be read is left out; the others apply
        data = getattr(self, "cleaned_data", {})
        return RegisterFilter(
            q=data.get("q", "") or "",
            body=data.get("body"),
            year=data.get("year"),
            area=data.get("area", "") or "",
            party=data.get("party"),
            status=data.get("status", "") or "",
        )
