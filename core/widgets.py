"""Long choices as a list a person can use: every option a checkbox (several) or a radio button (one) in a
scrolling box, so that the list works by keyboard, with a screen reader and without JavaScript; a small script of
our own (static/js/samverkan.js) adds a filter box above a long list. Never a 300-row Ctrl-click list.

`SearchableChoices` is the one look; `SearchableCheckboxes` and `SearchableRadios` are its two forms.
`use_searchable_choices(fields)` gives it to every field over a model whose list is long (areas, Agenda 2030
targets, organizations, people, statistical series): all of their multiple choices, and the single choices a form
has not narrowed (`keep` names the narrowed ones, e.g. a part form's party fields).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

# More options than this and a plain <select> is no longer usable (the test over every form checks it).
LONG_CHOICES = 30

# Models whose lists run to hundreds of rows (app_label.ModelName, so that core imports no domain app).
LONG_MODELS = frozenset(
    {"actors.Area", "actors.Organization", "actors.Person", "collaborations.AgendaTarget", "stats.Series"}
)


class SearchableChoices:
    """The shared part: the template (a scrolling box the script gives a filter) and the empty option's text."""

    template_name = "core/widgets/searchable_choices.html"
    use_fieldset = True

    def create_option(
        self,
        name: str,
        value: Any,
        label: Any,
        selected: Any,
        index: int,
        subindex: int | None = None,
        attrs: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        if value == "" or value is None:
            label = _("Ingen")
        option: dict[str, Any] = super().create_option(  # type: ignore[misc]  # a mixin of a choice widget
            name, value, label, selected, index, subindex, attrs
        )
        return option

    def get_context(self, name: str, value: Any, attrs: dict[str, Any] | None) -> dict[str, Any]:
        context: dict[str, Any] = super().get_context(name, value, attrs)  # type: ignore[misc]  # a mixin
        context["widget"]["filter_label"] = _("Sök i listan")
        return context


class SearchableCheckboxes(SearchableChoices, forms.CheckboxSelectMultiple):
    """Several of a long list."""


class SearchableRadios(SearchableChoices, forms.RadioSelect):
    """One of a long list."""


def model_label(field: forms.Field) -> str | None:
    queryset = getattr(field, "queryset", None)
    return queryset.model._meta.label if queryset is not None else None


def use_searchable_choices(fields: dict[str, forms.Field], *, keep: Iterable[str] = ()) -> None:
    """Give the searchable list to each choice field over a long model, except single choices named in `keep`."""
    kept = set(keep)
    for name, field in fields.items():
        if not isinstance(field, forms.ModelChoiceField) or model_label(field) not in LONG_MODELS:
            continue
        if isinstance(field.widget, (SearchableChoices, forms.HiddenInput)):
            continue
        multiple = isinstance(field, forms.ModelMultipleChoiceField)
        if not multiple and name in kept:
            continue
        searchable = (SearchableCheckboxes if multiple else SearchableRadios)(
            attrs={k: v for k, v in field.widget.attrs.items() if k != "size"}
        )
        searchable.is_required = field.required
        if not multiple and field.required:
            field.empty_label = None  # a required radio list has no "none" button
        searchable.choices = field.choices  # type: ignore[assignment]  # a model choice field's iterator
        field.widget = searchable


def is_plain_list(widget: Any) -> bool:
    """A <select> (one or several): what a long choice must not be."""
    return isinstance(widget, forms.Select) and not isinstance(widget, SearchableChoices)
