"""Forms of action plans: the plan, saving a version, the party's decision on a version, reading in Excel."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from collaborations.parts.forms import DATE, PartForm
from collaborations.parts.sources import SOURCE_FIELDS
from core.formfields import number_formfield
from core.permissions import scope_for
from work.models import ActionPlan, ActionPlanVersion
from work.services.common import MANAGE

ROWS = {"rows": 3}
MAX_WORKBOOK_BYTES = 5 * 1024 * 1024


def visibility_by_coordinators(form: Any) -> None:
    """Who may see a plan or an activity is the coordinators' decision: others are not offered the fields."""
    if not form.user.has_perm(MANAGE, form.collaboration):
        form.fields.pop("visibility", None)
        form.fields.pop("shared_with", None)


class ActionPlanForm(PartForm, forms.ModelForm):
    """A party's plan (a representative picks their own organization) or the joint plan (coordinators)."""

    party_fields = ("organization",)

    class Meta:
        model = ActionPlan
        formfield_callback = number_formfield
        fields = [
            "organization",
            "title",
            "start_year",
            "end_year",
            "description",
            "visibility",
            "shared_with",
            *SOURCE_FIELDS,
        ]
        widgets = {"description": forms.Textarea(attrs=ROWS), "source_note": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args: Any, may_manage: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        visibility_by_coordinators(self)
        organization = self.fields["organization"]
        if not may_manage:  # a party's representative writes the plan of their own organization
            own = scope_for(self.user).organization_ids
            organization.queryset = self.parties_queryset.filter(pk__in=own)  # type: ignore[attr-defined]
            organization.required = True
            organization.help_text = _("Din organisation. Den gemensamma planen skrivs av samordnarna.")
        else:
            organization.empty_label = _("Ingen: samverkans gemensamma handlingsplan")  # type: ignore[attr-defined]


class PlanVersionForm(forms.Form):
    note = forms.CharField(
        label=_("Vad som ändrats sedan förra versionen"), required=False, widget=forms.Textarea(attrs=ROWS)
    )


class PlanDecisionForm(forms.ModelForm):
    """Which of the party's own bodies decided on the version, when and with which reference (each may be unknown)."""

    class Meta:
        model = ActionPlanVersion
        formfield_callback = number_formfield
        fields = ["decision_body", "decision_body_name", "decision_date", "decision_reference"]
        widgets = {"decision_date": DATE}

    def __init__(self, *args: Any, collaboration: Any = None, user: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)


class PlanImportForm(forms.Form):
    workbook = forms.FileField(
        label=_("Handlingsplan i Excel (.xlsx)"),
        help_text=_("Fyll i mallen: en rad per aktivitet. Inget sparas om någon rad har fel."),
    )

    def __init__(self, *args: Any, collaboration: Any = None, user: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)

    def clean_workbook(self) -> Any:
        upload = self.cleaned_data["workbook"]
        if upload.size > MAX_WORKBOOK_BYTES:
            raise forms.ValidationError(_("Filen är större än 5 MB; en handlingsplan får plats i mindre."))
        if not upload.name.lower().endswith(".xlsx"):
            raise forms.ValidationError(_("Välj en Excel-fil i formatet .xlsx (spara om filen i Excel som .xlsx)."))
        return upload
