"""Forms of meetings: plan one or a series, move, cancel; the agenda, its documents, guests, attendance,
minutes, approvers and corrections."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from actors.models import Person
from collaborations.parts.forms import DATE, PartForm, clean_document
from core.formfields import WholeNumberField, number_formfield
from lead.choices import AttendanceStatus, MeetingStatus, Rhythm
from lead.models import AgendaDocument, AgendaItem, Attendance, Meeting

TIME = forms.TimeInput(attrs={"type": "time"}, format="%H:%M")
MEETING_FIELDS = ["date", "start_time", "end_time", "place", "video_url", "chair", "secretary"]


class MeetingForm(PartForm, forms.ModelForm):
    """A new meeting, or a change of one (moved to another day: its calls follow the members that day)."""

    class Meta:
        model = Meeting
        formfield_callback = number_formfield
        fields = MEETING_FIELDS
        widgets = {"date": DATE, "start_time": TIME, "end_time": TIME}


class MeetingSeriesForm(PartForm, forms.Form):
    """A series of meetings planned from the body's rhythm; each can then be moved one by one."""

    first = forms.DateField(label=_("Första mötet"), widget=DATE)
    rhythm = forms.ChoiceField(label=_("Rytm"), choices=Rhythm.choices)
    per_year = WholeNumberField(
        label=_("Möten per år"),
        required=False,
        min_value=1,
        max_value=52,
        help_text=_("Bara för rytmen ”ett antal gånger per år”."),
    )
    count = WholeNumberField(label=_("Antal möten"), min_value=1, max_value=120, initial=4)
    start_time = forms.TimeField(label=_("Börjar"), required=False, widget=TIME)
    end_time = forms.TimeField(label=_("Slutar"), required=False, widget=TIME)
    place = forms.CharField(label=_("Plats"), required=False, max_length=200)

    def service_data(self) -> dict[str, Any]:
        data = dict(self.cleaned_data)
        return {key: value for key, value in data.items() if value not in (None, "") or key in ("first", "count")}


class CancelForm(forms.Form):
    reason = forms.CharField(label=_("Skäl till att mötet ställs in"), widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.pop("collaboration", None)
        kwargs.pop("user", None)
        super().__init__(*args, **kwargs)


class AgendaItemForm(PartForm, forms.ModelForm):
    """An item of the agenda. The minutes are written with their own form, after the meeting."""

    class Meta:
        model = AgendaItem
        formfield_callback = number_formfield
        fields = [
            "title",
            "kind",
            "presenter",
            "description",
            "goals",
            "indicators",
            "follow_up_rounds",
            "agreement_versions",
            "visibility",
            "shared_with",
        ]
        widgets = {"description": forms.Textarea(attrs={"rows": 3})}


class CarryOverForm(PartForm, forms.Form):
    to = forms.ModelChoiceField(
        label=_("Till mötet"),
        queryset=Meeting.objects.none(),
        required=False,
        empty_label=_("Organets nästa möte"),
    )

    def __init__(self, *args: Any, meeting: Meeting, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["to"].queryset = (  # type: ignore[attr-defined]  # a ModelChoiceField
            Meeting.objects.visible_to(self.user)
            .filter(body_id=meeting.body_id, date__gt=meeting.date)
            .exclude(status=MeetingStatus.CANCELLED)
            .select_related("body")
        )


class AgendaDocumentForm(PartForm, forms.ModelForm):
    class Meta:
        model = AgendaDocument
        formfield_callback = number_formfield
        fields = ["title", "attachment"]

    def clean_attachment(self) -> Any:
        return clean_document(self)


class GuestForm(PartForm, forms.ModelForm):
    class Meta:
        model = Attendance
        formfield_callback = number_formfield
        fields = ["person", "guest_role", "organization"]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["person"].queryset = Person.objects.order_by("last_name", "first_name")  # type: ignore[attr-defined]


class AttendanceForm(forms.Form):
    """One row per person called: attendance and, for a substitute, whom they stood in for."""

    def __init__(self, *args: Any, attendances: list[Attendance], **kwargs: Any) -> None:
        kwargs.pop("collaboration", None)
        kwargs.pop("user", None)
        super().__init__(*args, **kwargs)
        self.attendances = attendances
        members = [(a.person_id, str(a.person)) for a in attendances if not a.is_guest]
        for a in attendances:
            self.fields[f"status_{a.pk}"] = forms.ChoiceField(
                label=_("Närvaro: %(person)s") % {"person": a.person},
                choices=AttendanceStatus.choices,
                initial=a.status,
            )
            self.fields[f"for_{a.pk}"] = forms.TypedChoiceField(
                label=_("%(person)s ersatte") % {"person": a.person},
                choices=[("", "—"), *members],
                coerce=int,
                empty_value=None,
                required=False,
                initial=a.substitute_for_id,
            )

    def rows(self) -> list[tuple[Attendance, Any, Any]]:
        """(call, status field, substitute field) for the template."""
        return [(a, self[f"status_{a.pk}"], self[f"for_{a.pk}"]) for a in self.attendances]

    def service_rows(self) -> list[tuple[Attendance, str, Any]]:
        people = {a.person_id: a.person for a in self.attendances}
        return [
            (a, self.cleaned_data[f"status_{a.pk}"], people.get(self.cleaned_data[f"for_{a.pk}"]))
            for a in self.attendances
        ]


class MinutesForm(forms.Form):
    minutes = forms.CharField(label=_("Protokollsanteckning"), required=False, widget=forms.Textarea(attrs={"rows": 5}))

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.pop("collaboration", None)
        kwargs.pop("user", None)
        super().__init__(*args, **kwargs)


class ApproversForm(forms.Form):
    persons = forms.TypedMultipleChoiceField(
        label=_("Justerare"), coerce=int, widget=forms.CheckboxSelectMultiple, choices=[]
    )

    def __init__(self, *args: Any, attendances: list[Attendance], **kwargs: Any) -> None:
        kwargs.pop("collaboration", None)
        kwargs.pop("user", None)
        super().__init__(*args, **kwargs)
        self.people = {a.person_id: a.person for a in attendances}
        self.fields["persons"].choices = [(a.person_id, str(a.person)) for a in attendances]  # type: ignore[attr-defined]

    def chosen(self) -> list[Any]:
        return [self.people[pk] for pk in self.cleaned_data["persons"] if pk in self.people]


class CorrectionForm(forms.Form):
    after = forms.CharField(label=_("Står nu"), widget=forms.Textarea(attrs={"rows": 5}))
    reason = forms.CharField(label=_("Skäl till rättelsen"), widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.pop("collaboration", None)
        kwargs.pop("user", None)
        super().__init__(*args, **kwargs)


class MeetingFilterForm(forms.Form):
    organ = forms.TypedChoiceField(label=_("Organ"), coerce=int, empty_value=None, required=False)
    ar = WholeNumberField(label=_("År"), required=False, min_value=1900, max_value=2200)

    def __init__(self, *args: Any, bodies: list[Any], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["organ"].choices = [("", _("Alla organ")), *((b.pk, b.name) for b in bodies)]  # type: ignore[attr-defined]
