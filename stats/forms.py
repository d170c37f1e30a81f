from django import forms
from django.utils.translation import gettext_lazy as _

from actors.models import Area
from core.widgets import SearchableCheckboxes


class KoladaImportForm(forms.Form):
    kpi_ids = forms.CharField(
        label=_("KPI-id"), help_text=_("Ett eller flera id från Kolada, åtskilda med komma, till exempel N00945.")
    )
    areas = forms.ModelMultipleChoiceField(
        queryset=Area.objects.order_by("scb_code"),
        label=_("Områden"),
        widget=SearchableCheckboxes,
    )
    years = forms.CharField(
        label=_("År"), required=False, help_text=_("Tomt för alla år, annars till exempel 2019,2020,2021.")
    )

    def clean_kpi_ids(self):
        return [k.strip() for k in self.cleaned_data["kpi_ids"].split(",") if k.strip()]

    def clean_years(self):
        raw = self.cleaned_data.get("years") or ""
        try:
            return [int(y) for y in raw.replace(" ", "").split(",") if y]
        except ValueError as exc:
            raise forms.ValidationError(_("Ange år som heltal åtskilda med komma.")) from exc


class FileImportForm(forms.Form):
    file = forms.FileField(
        label=_("Fil"),
        help_text=_(
            "CSV (komma eller semikolon; UTF-8 eller Windows-1252, som Excel sparar) eller Excel (.xlsx) med "
            "kolumnerna series, area, period, gender, value."
        ),
    )


class FollowForm(forms.Form):
    areas = forms.ModelMultipleChoiceField(
        queryset=Area.objects.order_by("scb_code"),
        label=_("Områden"),
        widget=SearchableCheckboxes,
        help_text=_("Serien importeras för dessa områden och hålls sedan uppdaterad."),
    )


class FollowPreviewForm(forms.Form):
    """The areas of a preview read straight from Kolada (at most five are read)."""

    omraden = forms.ModelMultipleChoiceField(
        queryset=Area.objects.order_by("scb_code"),
        label=_("Områden (högst fem)"),
        required=False,
        widget=SearchableCheckboxes,
    )
