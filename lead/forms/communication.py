"""Forms of the news, the after-project plans, the handover and the continuity view's share. The
services check the same rules again (and the API goes straight to the services)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from actors.models import Organization, Person
from collaborations.models import Collaboration
from collaborations.parts.forms import DATE, PartForm
from core.formfields import DecimalNumberField, number_formfield
from core.widgets import use_searchable_choices
from lead.engine.continuity import DEFAULT_SHARE
from lead.models import AfterProjectPlan, Decision, NewsPost
from lead.services.common import MANAGE


class NewsPostForm(PartForm, forms.ModelForm):
    class Meta:
        model = NewsPost
        formfield_callback = number_formfield
        fields = ["title", "text", "published_on", "is_win", "goal", "decision", "visibility", "shared_with"]
        widgets = {"published_on": DATE, "text": forms.Textarea(attrs={"rows": 6})}


class AfterProjectPlanForm(PartForm, forms.ModelForm):
    """The plan for the time after one project funding, with the decision of the collaboration."""

    class Meta:
        model = AfterProjectPlan
        formfield_callback = number_formfield
        fields = ["kind", "description", "decision", "decided_on", "visibility", "shared_with"]
        widgets = {"decided_on": DATE, "description": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        decision = self.fields["decision"]
        if isinstance(decision, forms.ModelChoiceField) and self.collaboration is not None:
            decision.queryset = Decision.objects.visible_to(self.user).filter(collaboration=self.collaboration)


class ShareForm(forms.Form):
    """The share of the collaboration's roles one person may hold before the view warns."""

    andel = DecimalNumberField(
        label=_("Varna när en person har mer än (procent av rollerna)"),
        min_value=Decimal("1"),
        max_value=Decimal("100"),
        required=False,
        initial=DEFAULT_SHARE,
    )

    def share(self) -> Decimal:
        if self.is_valid() and self.cleaned_data.get("andel") is not None:
            return Decimal(self.cleaned_data["andel"])
        return DEFAULT_SHARE


class HandoverForm(forms.Form):
    """Start a handover: who leaves, who takes over, in which of the collaborations the user
    coordinates, from which day."""

    from_person = forms.ModelChoiceField(Person.objects.order_by("last_name", "first_name"), label=_("Lämnar"))
    to_person = forms.ModelChoiceField(Person.objects.order_by("last_name", "first_name"), label=_("Efterträdare"))
    organization = forms.ModelChoiceField(
        Organization.objects.order_by("name"),
        label=_("Organisation"),
        required=False,
        help_text=_("Organisationen vars uppdrag lämnas över; tomt: alla personens uppdrag."),
    )
    collaborations = forms.ModelMultipleChoiceField(
        Collaboration.objects.none(),
        label=_("I samverkan"),
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Bara samverkan som du samordnar."),
    )
    effective_on = forms.DateField(label=_("Gäller från"), widget=DATE)
    successor_outside = forms.BooleanField(
        label=_("Efterträdaren kommer från en annan organisation"),
        required=False,
        help_text=_("Måste anges när efterträdaren inte företräder samma organisation."),
    )
    reason = forms.CharField(label=_("Anledning"), required=False, widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args: Any, user: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.user = user
        coordinated = [
            c.pk for c in Collaboration.objects.visible_to(user).order_by("name") if user.has_perm(MANAGE, c)
        ]
        collaborations = self.fields["collaborations"]
        assert isinstance(collaborations, forms.ModelMultipleChoiceField)
        collaborations.queryset = Collaboration.objects.visible_to(user).filter(pk__in=coordinated).order_by("name")
        use_searchable_choices(self.fields, keep=("from_person", "to_person", "organization"))
