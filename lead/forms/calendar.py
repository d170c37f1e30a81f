"""The form of a new calendar feed: all of the person's bodies, or one of them."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from organize.models import Body, sitting_in


class BodyChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        return f"{obj.name} ({obj.collaboration.name})"


class CalendarFeedForm(forms.Form):
    body = BodyChoiceField(
        queryset=Body.objects.none(),
        required=False,
        label=_("Organ"),
        empty_label=_("Alla mina organ"),
        help_text=_("Möten i alla organ du sitter i, eller i ett av dem."),
    )

    def __init__(self, *args: Any, user: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        person_id = getattr(user, "person_id", None)
        queryset = Body.objects.visible_to(user).select_related("collaboration").order_by("collaboration__name", "name")
        field = self.fields["body"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = queryset.filter(pk__in=sitting_in(person_id)) if person_id else queryset.none()
