"""Forms of the steering part. Each form that names a party offers only the collaboration's parties,
each goal field only the collaboration's goals that the user may see; the services check the same
rules again (and the API goes straight to the services)."""

from __future__ import annotations

import re
from typing import Any, cast

from django import forms
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from actors.models import Area
from collaborations.parts.forms import DATE, PartForm, clean_document
from collaborations.parts.sources import SOURCE_FIELDS
from core.formfields import number_formfield
from core.numbers import NumberError, check_number, plain_number, read_number
from core.widgets import LONG_CHOICES, use_searchable_choices
from stats.models import Series
from steer.choices import Direction
from steer.models import (
    AnalysisActor,
    AnalysisEntry,
    Assessment,
    EnvironmentalScan,
    Evidence,
    FollowUpRound,
    Goal,
    GoalConflict,
    GoalDocument,
    Indicator,
    IndicatorValue,
    OwnBenefit,
    OwnGoal,
    SituationAnalysis,
)
from steer.services.analysis import ANALYSIS_FIELDS

ROWS = {"rows": 3}


def sourced_formfield(field: models.Field, **kwargs: Any) -> forms.Field | None:
    """The form field of a model field; a link (the source's URL) is read as https when typed without one,
    a number as Swedes type it (`core.formfields`)."""
    return number_formfield(field, **kwargs)


class SituationAnalysisForm(PartForm, forms.ModelForm):
    class Meta:
        model = SituationAnalysis
        formfield_callback = sourced_formfield
        fields = ["drafted_on", *ANALYSIS_FIELDS, *SOURCE_FIELDS, "visibility", "shared_with"]
        widgets = {"drafted_on": DATE} | {
            name: forms.Textarea(attrs=ROWS) for name in (*ANALYSIS_FIELDS, "source_note")
        }


class AnalysisActorForm(PartForm, forms.ModelForm):
    class Meta:
        model = AnalysisActor
        formfield_callback = sourced_formfield
        fields = ["organization", "name", "sector", "effect", "is_missing", "visibility", "shared_with"]
        widgets = {"effect": forms.Textarea(attrs=ROWS)}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organization"].queryset = self.fields["organization"].queryset.order_by("name")


class InvitationForm(PartForm, forms.Form):
    organization: forms.ModelChoiceField[Any] = forms.ModelChoiceField(
        queryset=None, label=_("Organisation"), help_text=_("Organisationen i registret som bjuds in.")
    )
    message = forms.CharField(label=_("Inbjudan"), widget=forms.Textarea(attrs=ROWS), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from actors.models import Organization

        self.fields["organization"].queryset = Organization.objects.order_by("name")
        use_searchable_choices(self.fields)


class OwnBenefitForm(PartForm, forms.ModelForm):
    party_fields = ("organization",)

    class Meta:
        model = OwnBenefit
        formfield_callback = sourced_formfield
        fields = ["organization", "text", *SOURCE_FIELDS]
        widgets = {"text": forms.Textarea(attrs=ROWS), "source_note": forms.Textarea(attrs={"rows": 2})}


class GoalDocumentForm(PartForm, forms.ModelForm):
    url = forms.URLField(label=_("Länk"), required=False, assume_scheme="https")

    class Meta:
        model = GoalDocument
        formfield_callback = sourced_formfield
        fields = [
            "kind",
            "title",
            "year_from",
            "year_to",
            "adopted_by",
            "url",
            "description",
            *SOURCE_FIELDS,
            "visibility",
            "shared_with",
        ]
        widgets = {"description": forms.Textarea(attrs=ROWS), "source_note": forms.Textarea(attrs={"rows": 2})}


class GoalForm(PartForm, forms.ModelForm):
    class Meta:
        model = Goal
        formfield_callback = sourced_formfield
        fields = [
            "document",
            "parent",
            "title",
            "description",
            "term",
            "target_year",
            "order",
            "resources",
            "achieved_year",
            "achieved_evidence",
            "superseded_by",
            *SOURCE_FIELDS,
            "visibility",
            "shared_with",
        ]
        widgets = {
            "description": forms.Textarea(attrs=ROWS),
            "achieved_evidence": forms.Textarea(attrs={"rows": 2}),
            "source_note": forms.Textarea(attrs={"rows": 2}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["resources"].queryset = self.fields["resources"].queryset.select_related("organization")
        if self.instance.pk:
            for name in ("parent", "superseded_by"):
                self.fields[name].queryset = self.fields[name].queryset.exclude(pk=self.instance.pk)


class OwnGoalForm(PartForm, forms.ModelForm):
    party_fields = ("organization",)

    class Meta:
        model = OwnGoal
        formfield_callback = sourced_formfield
        fields = [
            "organization",
            "title",
            "description",
            "shared_goals",
            "placement",
            "document_name",
            "document_year",
            *SOURCE_FIELDS,
            "visibility",
            "shared_with",
        ]
        widgets = {
            "description": forms.Textarea(attrs=ROWS),
            "source_note": forms.Textarea(attrs={"rows": 2}),
            "shared_goals": forms.CheckboxSelectMultiple,
        }


class GoalConflictForm(PartForm, forms.ModelForm):
    party_fields = ("parties",)

    class Meta:
        model = GoalConflict
        formfield_callback = sourced_formfield
        fields = [
            "title",
            "description",
            "goals",
            "documents",
            "parties",
            "handling",
            "status",
            *SOURCE_FIELDS,
            "visibility",
            "shared_with",
        ]
        widgets = {
            "description": forms.Textarea(attrs=ROWS),
            "handling": forms.Textarea(attrs=ROWS),
            "documents": forms.Textarea(attrs={"rows": 2}),
            "source_note": forms.Textarea(attrs={"rows": 2}),
            "goals": forms.CheckboxSelectMultiple,
            "parties": forms.CheckboxSelectMultiple,
        }


# a number of a target line: digits, thousands apart by a space (the same one throughout), decimals
# (English: a comma); read as the language reads it (`core.numbers.read_number`)
_TARGET_NUMBER = r"[-−]?(?:\d{1,3}(?:[ \u00a0\u202f,]\d{3})+|\d+)(?:[.,]\d+)?"
TARGET_LINE = re.compile(
    rf"^\s*(?P<year>\d{{4}})\s*[:;]\s*(?P<value>{_TARGET_NUMBER})\s*(?:(?:–|-|till)\s*(?P<high>{_TARGET_NUMBER}))?\s*$",
    re.ASCII,
)


def parse_targets(text: str) -> list[dict]:
    """Targets written one per line, "2017: 10,5" or for a target range "2020: 40–60"."""
    targets = []
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        match = TARGET_LINE.match(line)
        if match is None:
            raise forms.ValidationError(
                _("Rad %(n)s, ”%(line)s”: skriv år, kolon och värde, till exempel 2017: 10,5 (eller 2020: 40–60).")
                % {"n": n, "line": line.strip()}
            )
        high = match["high"]
        targets.append(
            {
                "year": int(match["year"]),
                "value": _target_number(match["value"], n),
                "value_high": _target_number(high, n) if high else None,
            }
        )
    return targets


def _target_number(text: str, line: int) -> float:
    """A number of a target line, read exactly (400 digits are a number too large, not infinity)."""
    try:
        label = _("Rad %(n)s: målvärdet") % {"n": line}
        return check_number(read_number(text, label=label), label=label)
    except NumberError as exc:
        raise forms.ValidationError(str(exc), code=exc.code) from exc


def format_targets(indicator: Indicator) -> str:
    def number(value: float) -> str:
        return plain_number(value, 6, grouped=True)  # as the page shows it: "1 000,5" (sv), "1,000.5" (en)

    lines = []
    for target in indicator.targets.all():
        high = f"–{number(target.value_high)}" if target.value_high is not None else ""
        lines.append(f"{target.year}: {number(target.value)}{high}")
    return "\n".join(lines)


class IndicatorForm(PartForm, forms.ModelForm):
    party_fields = ("responsible_organization",)
    targets = forms.CharField(
        label=_("Målvärden"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Ett mål per rad: år, kolon, värde. Till exempel 2017: 10,5. Ett målintervall: 2020: 40–60."),
    )

    class Meta:
        model = Indicator
        formfield_callback = sourced_formfield
        fields = [
            "goal",
            "name",
            "measure_type",
            "unit",
            "direction",
            "baseline_value",
            "baseline_year",
            "baseline_source",
            "targets",
            "areas",
            "by_gender",
            "series",
            "is_ratio",
            "numerator_label",
            "denominator_label",
            "responsible_organization",
            "frequency",
            "rationale",
            "order",
            *SOURCE_FIELDS,
            "visibility",
            "shared_with",
        ]
        widgets = {"rationale": forms.Textarea(attrs=ROWS), "source_note": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        territory = self.collaboration.areas.all() if self.collaboration else Area.objects.none()
        counties = territory.values("county")
        areas = Area.objects.filter(Q(pk__in=territory.values("pk")) | Q(pk__in=counties) | Q(kind="nation"))
        if not territory.exists():
            areas = Area.objects.all()
        self.fields["areas"].queryset = areas.order_by("kind", "name")
        self.fields["areas"].widget.attrs["size"] = 8
        self.fields["series"].queryset = Series.objects.order_by("title")
        if self.instance.pk and not self.is_bound:
            self.initial["targets"] = format_targets(self.instance)

    def clean_targets(self):
        return parse_targets(self.cleaned_data.get("targets") or "")

    def clean(self):
        data = super().clean()
        if data.get("direction") == Direction.RANGE:
            for target in data.get("targets") or []:
                if target["value_high"] is None:
                    self.add_error("targets", _("Ett målintervall skrivs med två värden, till exempel 2020: 40–60."))
                    break
        return data


class IndicatorValueForm(forms.ModelForm):
    """One typed value, with its source. For a ratio indicator the numerator and denominator are typed and
    the share is computed (the value field is left out)."""

    class Meta:
        model = IndicatorValue
        formfield_callback = sourced_formfield
        fields = ["area", "year", "gender", "value", "numerator", "denominator", "comment", *SOURCE_FIELDS]
        widgets = {"comment": forms.Textarea(attrs={"rows": 2}), "source_note": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args, indicator: Indicator, **kwargs):
        super().__init__(*args, **kwargs)
        cast(forms.ModelChoiceField, self.fields["area"]).queryset = indicator.areas.all()
        many = len(indicator.areas.all()) > LONG_CHOICES  # the page's prefetched areas: no query of its own
        use_searchable_choices(self.fields, keep=[] if many else ["area"])
        if not indicator.by_gender:
            gender = cast(Any, self.fields["gender"])  # a ChoiceField: its choices are a list of pairs
            gender.choices = [c for c in gender.choices if c[0] == "T"]
        if indicator.is_ratio:
            del self.fields["value"]
            for name, label in (("numerator", indicator.numerator_label), ("denominator", indicator.denominator_label)):
                self.fields[name].required = True
                if label:
                    self.fields[name].help_text = label
            self.fields["denominator"].help_text = (
                f"{self.fields['denominator'].help_text} – " if indicator.denominator_label else ""
            ) + str(_("Andelen räknas fram ur täljare och nämnare."))
        else:
            del self.fields["numerator"], self.fields["denominator"]
            self.fields["value"].help_text = _("Ett tal, med decimalkomma. Kommentaren skrivs i fältet nedanför.")
        self.fields["source_note"].help_text = _("Rapporten eller registret som värdet är hämtat ur.")


class FollowUpRoundForm(PartForm, forms.ModelForm):
    party_fields = ("coordinating_organization",)

    class Meta:
        model = FollowUpRound
        formfield_callback = sourced_formfield
        fields = [
            "title",
            "year",
            "start_date",
            "due_date",
            "coordinating_organization",
            "status",
            "summary",
            *SOURCE_FIELDS,
            "visibility",
            "shared_with",
        ]
        widgets = {
            "start_date": DATE,
            "due_date": DATE,
            "summary": forms.Textarea(attrs={"rows": 4}),
            "source_note": forms.Textarea(attrs={"rows": 2}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["status"].choices = [c for c in self.fields["status"].choices if c[0] != "closed"]


class AssessmentForm(forms.ModelForm):
    class Meta:
        model = Assessment
        formfield_callback = sourced_formfield
        fields = ["status", "text"]
        widgets = {"status": forms.RadioSelect, "text": forms.Textarea(attrs=ROWS)}


class EvidenceForm(PartForm, forms.ModelForm):
    party_fields = ("participant_organizations",)

    class Meta:
        model = Evidence
        formfield_callback = sourced_formfield
        fields = [
            "method",
            "title",
            "date",
            "round",
            "participant_organizations",
            "participants_description",
            "summary",
            "attachment",
            "goals",
            "indicators",
            *SOURCE_FIELDS,
            "visibility",
            "shared_with",
        ]
        widgets = {
            "date": DATE,
            "summary": forms.Textarea(attrs={"rows": 4}),
            "source_note": forms.Textarea(attrs={"rows": 2}),
            "participant_organizations": forms.CheckboxSelectMultiple,
            "goals": forms.CheckboxSelectMultiple,
            "indicators": forms.CheckboxSelectMultiple,
        }

    def clean_attachment(self):
        return clean_document(self)


class AnalysisEntryForm(PartForm, forms.ModelForm):
    class Meta:
        model = AnalysisEntry
        formfield_callback = sourced_formfield
        fields = [
            "goal",
            "indicator",
            "deviation",
            "causes",
            "improvements",
            "decision",
            "decision_status",
            "decided_on",
            *SOURCE_FIELDS,
        ]
        labels = {"goal": _("Mål"), "indicator": _("Indikator")}  # the model's keys have no label of their own
        widgets = {
            "deviation": forms.Textarea(attrs=ROWS),
            "causes": forms.Textarea(attrs=ROWS),
            "improvements": forms.Textarea(attrs=ROWS),
            "decision": forms.Textarea(attrs={"rows": 2}),
            "decided_on": DATE,
            "source_note": forms.Textarea(attrs={"rows": 2}),
        }


class EnvironmentalScanForm(PartForm, forms.ModelForm):
    class Meta:
        model = EnvironmentalScan
        formfield_callback = sourced_formfield
        fields = ["level", "date", "title", "description", "reference", "round", "goals", "visibility", "shared_with"]
        widgets = {
            "date": DATE,
            "description": forms.Textarea(attrs=ROWS),
            "goals": forms.CheckboxSelectMultiple,
        }
