"""The base of every form of a collaboration part: it knows its collaboration and its user, and no
choice it offers names an object the user may not see.

Each choice field over a collaboration-scoped model is restricted to the objects of this collaboration
that the user may see (the gateway's rule, `core.permissions.visibility_q`), each party field and
`shared_with` to the collaboration's parties the user may see. A form that narrows a choice further does
so from `visible_to(user)` (the gateway lint checks forms). The services check the same rules again, and
the API goes straight to the services.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from collaborations.parts.queries import visible_parties
from core.permissions import is_scoped, visibility_q
from core.uploads import validate_document
from core.widgets import use_searchable_choices

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


def restrict_form_fields(fields: dict[str, forms.Field], user: Any, collaboration: Any = None) -> None:
    """Limit every choice field over a scoped model to what `user` may see (in `collaboration`)."""
    for field in fields.values():
        if not isinstance(field, forms.ModelChoiceField):  # a multiple choice field is one too
            continue
        queryset = field.queryset
        if queryset is None or not is_scoped(queryset.model):
            continue
        model = queryset.model
        queryset = queryset.filter(visibility_q(model, user))
        path = model.scope_collaboration_field
        if collaboration is not None and path is not None:
            queryset = queryset.filter(**{path: collaboration})
        field.queryset = queryset


def clean_document(form: Any, name: str = "attachment") -> Any:
    """A newly chosen file is an office document within the size limit (`core.uploads`)."""
    upload = form.cleaned_data.get(name)
    if upload and hasattr(upload, "size") and name in form.changed_data:
        validate_document(upload)
    return upload


def check_dates_ordered(form: Any, data: dict[str, Any], start: str = "start_date", end: str = "end_date") -> None:
    if data.get(start) and data.get(end) and data[end] < data[start]:
        form.add_error(end, _("Slutdatum kan inte ligga före startdatum."))


class PartForm:
    """A form of a collaboration part: `collaboration` and `user` are given by the view; choices over
    scoped models show only what the user may see; `party_fields` and `shared_with` offer the
    collaboration's parties (`self.parties_queryset`)."""

    party_fields: tuple[str, ...] = ()
    fields: dict[str, forms.Field]

    def __init__(self, *args: Any, collaboration: Any = None, user: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.collaboration = collaboration
        self.user = user
        restrict_form_fields(self.fields, user, collaboration)
        parties = visible_parties(collaboration, user)
        self.parties_queryset = parties
        for name in (*self.party_fields, "shared_with"):
            field = self.fields.get(name)
            if isinstance(field, forms.ModelChoiceField):
                field.queryset = parties
        use_searchable_choices(self.fields, keep=self.party_fields)
