"""Forms of assignments (L3): give or change one (coordinators), report on one (the owner), and the
person's choice of reminder e-mails."""

from __future__ import annotations

from typing import Any, cast

from django import forms
from django.utils.translation import gettext_lazy as _

from actors.models import Person
from collaborations.parts.forms import DATE, PartForm
from core.formfields import number_formfield
from lead.choices import AssignmentStatus
from lead.models import Assignment

ROWS = {"rows": 3}


class AssignmentForm(PartForm, forms.ModelForm):
    """What, who (a person and the party the person represents), for when, the goal it serves."""

    party_fields = ("owner_organization",)

    class Meta:
        model = Assignment
        formfield_callback = number_formfield
        fields = [
            "title",
            "description",
            "owner_person",
            "owner_organization",
            "due_date",
            "goal",
            "visibility",
            "shared_with",
        ]
        widgets = {"due_date": DATE, "description": forms.Textarea(attrs=ROWS)}
        help_texts = {
            "owner_person": _("Personen som ansvarar för uppdraget och återrapporterar det."),
            "owner_organization": _("Den part som personen företräder i uppdraget."),
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # The owner is someone who represents one of the parties (the service checks which one).
        owner = cast("forms.ModelChoiceField[Person]", self.fields["owner_person"])
        owner.queryset = (
            Person.objects.filter(representations__organization__in=self.parties_queryset)
            .distinct()
            .order_by("last_name", "first_name")
        )
        self.fields["owner_person"].required = True
        self.fields["owner_organization"].required = True


class ReportForm(forms.ModelForm):
    """The owner's report: how it goes, and when done, what was done."""

    class Meta:
        model = Assignment
        formfield_callback = number_formfield
        fields = ["status", "report"]
        widgets = {"report": forms.Textarea(attrs={"rows": 5})}
        help_texts = {"report": _("Vad har gjorts? Krävs när uppdraget är klart.")}

    def __init__(
        self, *args: Any, may_cancel: bool = False, collaboration: Any = None, user: Any = None, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        if not may_cancel and self.instance.status != AssignmentStatus.CANCELLED:
            status = cast("forms.ChoiceField", self.fields["status"])
            status.choices = [c for c in AssignmentStatus.choices if c[0] != AssignmentStatus.CANCELLED]


class CancelForm(forms.Form):
    reason = forms.CharField(
        label=_("Skäl"), required=False, widget=forms.Textarea(attrs=ROWS), help_text=_("Sparas i historiken.")
    )


class RemindersForm(forms.Form):
    send_reminders = forms.BooleanField(
        label=_("Skicka påminnelser om mina uppdrag med e-post"),
        required=False,
        help_text=_("När ett uppdrag ges, tre dagar innan det ska vara klart och när det är försenat."),
    )
