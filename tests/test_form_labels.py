"""No English in the Swedish interface: every field of every form is labelled by a translated string."""

import importlib
import inspect

import pytest
from django import forms
from django.apps import apps
from django.forms.utils import pretty_name
from django.utils.functional import Promise

from tests.modules import modules_of

APPS = ["actors", "collaborations", "organize", "steer", "stats"]


def _form_classes():
    for app in APPS:
        try:
            modules = modules_of(f"{app}.forms")
        except ModuleNotFoundError:
            continue
        for module in modules:
            for name, cls in inspect.getmembers(module, inspect.isclass):
                if issubclass(cls, forms.BaseForm) and cls.__module__ == module.__name__:
                    yield f"{module.__name__}.{name}", cls


def _untranslated(form_class) -> list[str]:
    found = []
    for name, field in form_class.base_fields.items():
        if isinstance(field.widget, forms.HiddenInput):
            continue
        label = field.label
        if label is None or (not isinstance(label, Promise) and str(label) == pretty_name(name)):
            found.append(f"{name} ({label or pretty_name(name)!r})")
    return found


FORMS = dict(_form_classes())


@pytest.mark.parametrize("path", sorted(FORMS))
def test_every_field_of_the_form_has_a_translated_label(path):
    assert _untranslated(FORMS[path]) == []


def test_the_walk_finds_the_forms():
    assert len(FORMS) > 30 and apps.ready


def _filtersets():
    import django_filters

    for app in APPS:
        try:
            module = importlib.import_module(f"{app}.filters")
        except ModuleNotFoundError:
            continue
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, django_filters.FilterSet) and cls.__module__ == module.__name__:
                yield f"{app}.filters.{name}", cls


FILTERSETS = dict(_filtersets())


@pytest.mark.parametrize("path", sorted(FILTERSETS))
def test_every_filter_of_a_list_has_a_translated_label(path):
    form_class = FILTERSETS[path]().form.__class__
    assert form_class.base_fields
    assert _untranslated(form_class) == []


def test_no_choice_of_a_model_shows_a_placeholder_or_an_untranslated_label():
    """E.g. the retired "En part betalar X %": a choice names what it is, in gettext."""
    found, checked = [], 0
    for model in apps.get_models():
        if model._meta.app_label not in APPS:
            continue
        for field in model._meta.get_fields():
            if not getattr(field, "choices", None) or field.is_relation:
                continue
            for _value, label in field.flatchoices:
                checked += 1
                text = str(label)
                if " X " in f" {text} " or "X %" in text or not isinstance(label, Promise):
                    found.append(f"{model.__name__}.{field.name}: {text!r}")
    assert checked > 100
    assert found == []
