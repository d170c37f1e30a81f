"""The API and the forms accept and show the same fields: whatever a coordinator can enter on a page
can be read and written through the API (a field only in the form would be dropped by an API client's
PATCH, as a collaboration's source once was)."""

import importlib
import inspect
import pkgutil

from django import forms
from rest_framework import serializers

import api.serializers
from tests.modules import modules_of

APPS = ["actors", "collaborations", "organize", "steer", "stats", "lead", "work"]


def _form_fields() -> dict[type, set[str]]:
    found: dict[type, set[str]] = {}
    for app in APPS:
        try:
            modules = modules_of(f"{app}.forms")
        except ImportError:
            continue
        for module in modules:
            for _, cls in inspect.getmembers(module, inspect.isclass):
                if issubclass(cls, forms.ModelForm) and cls.__module__ == module.__name__ and cls._meta.model:
                    # the model's fields the form accepts (fields of the form's own, such as a rule's parts
                    # entered on a body's form, are checked by that form's tests)
                    model_fields = {f.name for f in cls._meta.model._meta.get_fields()}
                    found.setdefault(cls._meta.model, set()).update(set(cls.base_fields) & model_fields)
    return found


def _api_fields() -> dict[type, set[str]]:
    found: dict[type, set[str]] = {}
    for info in pkgutil.iter_modules(api.serializers.__path__):
        module = importlib.import_module(f"api.serializers.{info.name}")
        for _, cls in inspect.getmembers(module, inspect.isclass):
            model = getattr(getattr(cls, "Meta", None), "model", None)
            if issubclass(cls, serializers.ModelSerializer) and model is not None:
                writable = {name for name, field in cls().fields.items() if not field.read_only}
                found.setdefault(model, set()).update(writable)
    return found


def test_every_field_a_form_accepts_the_api_of_its_model_accepts_too():
    api_fields = _api_fields()
    form_fields = _form_fields()
    assert len(form_fields) > 20  # the forms were found
    gaps = {
        model.__name__: sorted(fields - api_fields[model])
        for model, fields in form_fields.items()
        if model in api_fields and fields - api_fields[model]
    }
    assert gaps == {}
    assert {m.__name__ for m in form_fields} - {m.__name__ for m in api_fields} == set()
