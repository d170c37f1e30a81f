from django import forms
from django.utils.translation import gettext_lazy as _

from actors.choices import OrganizationKind, Sector
from actors.models import Area, Organization
from collaborations.choices import ParticipationRole
from collaborations.models import Collaboration, CollaborationRole, Participation
from collaborations.parts.sources import SOURCE_FIELDS
from core.formfields import number_formfield
from core.permissions import scope_for
from core.widgets import use_searchable_choices

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class CollaborationForm(forms.ModelForm):
    class Meta:
        model = Collaboration
        formfield_callback = number_formfield
        fields = [
            "name",
            "summary",
            "problem",
            "why_joint",
            "drivers",
            "themes",
            "agenda_targets",
            "areas",
            "stage",
            "status",
            "start_date",
            "end_date",
            "visibility",
            "shared_with",
            *SOURCE_FIELDS,
        ]
        widgets = {
            "source_note": forms.Textarea(attrs={"rows": 2}),
            "summary": forms.Textarea(attrs={"rows": 3}),
            "problem": forms.Textarea(attrs={"rows": 4}),
            "why_joint": forms.Textarea(attrs={"rows": 3}),
            "drivers": forms.CheckboxSelectMultiple,
            "themes": forms.CheckboxSelectMultiple,
            "start_date": DATE,
            "end_date": DATE,
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["areas"].queryset = self.fields["areas"].queryset.order_by("scb_code")
        self.fields["agenda_targets"].queryset = self.fields["agenda_targets"].queryset.select_related("goal")
        use_searchable_choices(self.fields, keep=["coordinating_organization"])

    def clean(self):
        data = super().clean()
        if data.get("start_date") and data.get("end_date") and data["end_date"] < data["start_date"]:
            self.add_error("end_date", _("Slutdatum kan inte ligga före startdatum."))
        return data


class CollaborationCreateForm(CollaborationForm):
    coordinating_organization = forms.ModelChoiceField(
        queryset=Organization.objects.none(),
        label=_("Din organisation"),
        help_text=_("Den organisation du företräder och som lägger upp samverkan."),
    )

    organization_role = forms.ChoiceField(
        label=_("Din organisations roll"),
        choices=[
            (ParticipationRole.COORDINATOR, _("Samordnande part")),
            (ParticipationRole.PARTY, _("Part (samordnande part okänd eller inte bestämd än)")),
        ],
        initial=ParticipationRole.COORDINATOR,
        required=False,
        widget=forms.RadioSelect,
        help_text=_("Välj part om källorna inte säger vem som samordnar; den kan anges senare."),
    )

    class Meta(CollaborationForm.Meta):
        fields = ["coordinating_organization", "organization_role", *CollaborationForm.Meta.fields]

    def clean_organization_role(self):
        return self.cleaned_data.get("organization_role") or ParticipationRole.COORDINATOR

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        scope = scope_for(user)
        orgs = (
            Organization.objects.all() if scope.is_admin else Organization.objects.filter(pk__in=scope.organization_ids)
        )
        field = self.fields["coordinating_organization"]
        field.queryset = orgs
        if scope.is_admin:  # every organization in the register: a list to search
            use_searchable_choices(self.fields)
        else:
            if len(scope.organization_ids) == 1:  # the only organization the user represents: chosen already
                self.initial.setdefault("coordinating_organization", next(iter(scope.organization_ids)))


class ParticipationForm(forms.ModelForm):
    class Meta:
        model = Participation
        formfield_callback = number_formfield
        fields = ["organization", "role", "start_date", "end_date", "note", "visibility", "shared_with", *SOURCE_FIELDS]
        widgets = {
            "source_note": forms.Textarea(attrs={"rows": 2}),
            "start_date": DATE,
            "end_date": DATE,
            "note": forms.Textarea(attrs={"rows": 2}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        use_searchable_choices(self.fields)

    def clean(self):
        data = super().clean()
        if data.get("start_date") and data.get("end_date") and data["end_date"] < data["start_date"]:
            self.add_error("end_date", _("Slutdatum kan inte ligga före startdatum."))
        return data

    def validate_unique(self):
        """Duplicates and a second coordinator are checked by the service, with its own message."""


class ParticipationCreateForm(ParticipationForm):
    """One or more parties at once: organizations of the register, and an organization not yet in it (its
    name, sector, kind and area; `collaborations.services.add_parties` creates it in the same transaction)."""

    organization = forms.ModelMultipleChoiceField(
        queryset=Organization.objects.order_by("name"),
        label=_("Organisationer i registret"),
        required=False,
        help_text=_("Välj en eller flera. Alla får den roll och den tid du anger nedan."),
    )
    new_organization_name = forms.CharField(label=_("Namn"), required=False, max_length=200)
    new_organization_sector = forms.ChoiceField(
        label=_("Sektor"), required=False, choices=[("", "---------"), *Sector.choices]
    )
    new_organization_kind = forms.ChoiceField(
        label=_("Organisationsform"), required=False, choices=[("", "---------"), *OrganizationKind.choices]
    )
    new_organization_area = forms.ModelChoiceField(
        queryset=Area.objects.order_by("kind", "name"),
        label=_("Område"),
        required=False,
        help_text=_("Kommunen, regionen eller länet organisationen verkar i; lämna tomt om det är hela landet."),
    )

    class Meta(ParticipationForm.Meta):  # the organizations are the service's to give each party
        fields = [f for f in ParticipationForm.Meta.fields if f != "organization"]

    NEW = ("new_organization_name", "new_organization_sector", "new_organization_kind", "new_organization_area")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        use_searchable_choices(self.fields)

    def party_fields(self):
        return [self["organization"]]

    def new_organization_fields(self):
        return [self[name] for name in self.NEW]

    def other_fields(self):
        skip = ("organization", *self.NEW)
        return [f for f in self.visible_fields() if f.name not in skip]

    def clean(self):
        data = super().clean()
        new = self.new_organization()
        if new is not None:
            for name in ("sector", "kind"):
                if not new[name]:
                    self.add_error(f"new_organization_{name}", _("Välj för den nya organisationen."))
            if not new["name"]:
                self.add_error("new_organization_name", _("Skriv den nya organisationens namn."))
        elif not data.get("organization") and "organization" not in self.errors:
            self.add_error("organization", _("Välj minst en organisation i registret eller skriv in en ny."))
        return data

    def new_organization(self) -> dict | None:
        """The new organization's fields, or None when none is typed."""
        data = getattr(self, "cleaned_data", {})
        values = {name.removeprefix("new_organization_"): data.get(name) for name in self.NEW}
        values["name"] = (values["name"] or "").strip()
        if not any(values.values()):
            return None
        return values

    def service_data(self) -> dict:
        """The parties' own fields (role, period, note, visibility, source), for each of them."""
        skip = ("organization", *self.NEW)
        return {k: v for k, v in self.cleaned_data.items() if k not in skip}


class ParticipationInlineForm(ParticipationForm):
    class Meta(ParticipationForm.Meta):
        fields = ["role", "start_date", "end_date"]


class CollaborationRoleForm(forms.ModelForm):
    class Meta:
        model = CollaborationRole
        formfield_callback = number_formfield
        fields = ["person", "kind", "organization", "start_date", "end_date", "visibility"]
        widgets = {"start_date": DATE, "end_date": DATE}
        help_texts = {"start_date": _("Lämna tomt om det inte är känt."), "end_date": _("Lämna tomt om rollen består.")}

    def __init__(self, *args, collaboration=None, **kwargs):
        super().__init__(*args, **kwargs)
        if collaboration is not None:
            self.fields["organization"].queryset = Organization.objects.filter(
                participations__collaboration=collaboration
            )
        use_searchable_choices(self.fields, keep=["organization"] if collaboration is not None else [])

    def clean(self):
        data = super().clean()
        if data.get("start_date") and data.get("end_date") and data["end_date"] < data["start_date"]:
            self.add_error("end_date", _("Slutdatum kan inte ligga före startdatum."))
        return data

    def validate_unique(self):
        """Checked by the service."""


class CollaborationRoleUpdateForm(CollaborationRoleForm):
    """Who holds the role and which role are fixed; revoke it and assign another instead."""

    class Meta(CollaborationRoleForm.Meta):
        fields = ["organization", "start_date", "end_date", "visibility"]
