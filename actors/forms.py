import datetime
import re

from django import forms
from django.contrib.auth.forms import SetPasswordForm
from django.utils.translation import gettext_lazy as _

from actors.models import Organization, OrganizationName, Person, Representation
from core.formfields import number_formfield
from core.widgets import use_searchable_choices

_PERIOD = re.compile(
    r"^(?P<name>.*?)\s*\((?:från\s+(?P<start>\d{4}-\d{2}-\d{2}))?\s*(?:till\s+(?P<end>\d{4}-\d{2}-\d{2}))?\)\s*$"
)


class NamesField(forms.CharField):
    """Other names of an organization, one per line: "Namn", or with the period it was used,
    "Namn (från 2010-01-01 till 2018-12-31)" (either date may be left out)."""

    widget = forms.Textarea(attrs={"rows": 3})

    def __init__(self, *, kind: str, **kwargs):
        self.kind = kind
        super().__init__(required=False, **kwargs)

    def prepare_value(self, value):
        if not isinstance(value, list):
            return value
        lines = []
        for entry in value:
            period = " ".join(
                part
                for part in (
                    f"från {entry['valid_from']:%Y-%m-%d}" if entry.get("valid_from") else "",
                    f"till {entry['valid_until']:%Y-%m-%d}" if entry.get("valid_until") else "",
                )
                if part
            )
            lines.append(f"{entry['name']} ({period})" if period else entry["name"])
        return "\n".join(lines)

    def to_python(self, value):
        names = []
        for line in (value or "").splitlines():
            line = line.strip()
            if not line:
                continue
            match = _PERIOD.match(line)
            entry = {"name": line, "kind": self.kind, "valid_from": None, "valid_until": None}
            if match and (match["start"] or match["end"]):
                try:
                    entry.update(
                        name=match["name"].strip(),
                        valid_from=datetime.date.fromisoformat(match["start"]) if match["start"] else None,
                        valid_until=datetime.date.fromisoformat(match["end"]) if match["end"] else None,
                    )
                except ValueError:
                    raise forms.ValidationError(
                        _("Datumen i ”%(line)s” kunde inte läsas; skriv dem som ÅÅÅÅ-MM-DD.") % {"line": line}
                    ) from None
            names.append(entry)
        return names


class OrganizationForm(forms.ModelForm):
    website = forms.URLField(label=_("Webbplats"), required=False, assume_scheme="https")
    former_names = NamesField(
        kind=OrganizationName.Kind.FORMER,
        label=_("Tidigare namn"),
        help_text=_("Ett per rad, gärna med tiden: Landstinget Blekinge (till 2018-12-31)."),
    )
    aliases = NamesField(
        kind=OrganizationName.Kind.ALIAS,
        label=_("Andra namn och förkortningar"),
        help_text=_("Ett per rad. Sökningen hittar organisationen också på dessa namn."),
    )
    other_names = forms.CharField(required=False, widget=forms.HiddenInput)  # carries the service's errors

    class Meta:
        model = Organization
        formfield_callback = number_formfield
        fields = ["name", "short_name", "sector", "kind", "org_number", "area", "areas", "website", "description"]
        widgets = {"description": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["area"].queryset = self.fields["area"].queryset.order_by("kind", "name")
        self.fields["areas"].queryset = self.fields["areas"].queryset.order_by("kind", "name")
        use_searchable_choices(self.fields)
        if self.instance.pk:
            names = [
                {"name": n.name, "kind": n.kind, "valid_from": n.valid_from, "valid_until": n.valid_until}
                for n in self.instance.other_names.all()
            ]
            self.initial["former_names"] = [n for n in names if n["kind"] == OrganizationName.Kind.FORMER]
            self.initial["aliases"] = [n for n in names if n["kind"] == OrganizationName.Kind.ALIAS]

    def service_data(self) -> dict:
        data = {k: v for k, v in self.cleaned_data.items() if k not in ("former_names", "aliases", "other_names")}
        data["other_names"] = [*self.cleaned_data.get("former_names", []), *self.cleaned_data.get("aliases", [])]
        return data


class PersonForm(forms.ModelForm):
    class Meta:
        model = Person
        formfield_callback = number_formfield
        fields = ["first_name", "last_name", "title", "email", "phone"]


class RepresentationForm(forms.ModelForm):
    class Meta:
        model = Representation
        formfield_callback = number_formfield
        fields = ["organization", "position", "start_date", "end_date"]
        widgets = {
            "start_date": forms.DateInput(attrs={"type": "date"}),
            "end_date": forms.DateInput(attrs={"type": "date"}),
        }
        labels = {"organization": _("Organisation")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        use_searchable_choices(self.fields)


class InvitationForm(forms.Form):
    """Who is invited is the page's person; the address is theirs unless another is given."""

    email = forms.EmailField(
        label=_("E-post"),
        help_text=_("Inbjudan skickas hit. Adressen blir personens användarnamn när hen loggar in."),
    )


class NewPasswordForm(SetPasswordForm):
    """Django's form for choosing a password (an invitation, a reset link); a password the validators
    refuse is named on the password field itself, a mismatch on the confirmation."""

    def clean(self):
        self.validate_passwords("new_password1", "new_password2")
        if not self.has_error("new_password2"):
            self.validate_password_for_user(self.user, "new_password1")
        return forms.Form.clean(self)
