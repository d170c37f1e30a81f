"""Numbers typed as Swedes type them, in every form of the product.

The walk: every forms module of the project is imported and every form class in it looked at; each
number field (decimal, float, whole) must be one of `core.formfields`' fields, read "6,2" as 6,2 and
"1 000,5" as 1000,5, and refuse "6,2,3", "abc", "1e400" and "6.2.3" with a message that names the
field. No forms module builds a number field or a `type="number"` input of its own (that is how
"6,2" was once saved as 62: Chrome in English reads a comma in a number input as a thousands separator).
"""

from __future__ import annotations

import ast
import importlib
import inspect
from decimal import Decimal
from pathlib import Path

import pytest
from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import translation

from core.formfields import NUMBER_FIELDS, WholeNumberField
from core.numbers import NumberError, read_number

ROOT = Path(settings.BASE_DIR)
APPS = ["core", "actors", "collaborations", "stats", "organize", "steer", "api"]
BAD = ["6,2,3", "abc", "1e400", "6.2.3", "12abc", "1 00"]


def _forms_modules() -> list[str]:
    """Every forms module: `forms.py`, and each module of a `forms/` package (one per aggregate)."""
    found = []
    for app in APPS:
        for path in sorted([*(ROOT / app).rglob("forms.py"), *(ROOT / app).rglob("forms/*.py")]):
            parts = path.relative_to(ROOT).with_suffix("").parts
            found.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return found


def _form_classes() -> list[type[forms.BaseForm]]:
    classes = []
    for name in _forms_modules():
        module = importlib.import_module(name)
        for _n, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, forms.BaseForm) and cls.__module__ == module.__name__:
                classes.append(cls)
    return classes


def _number_fields() -> list[tuple[str, forms.Field]]:
    found: list[tuple[str, forms.Field]] = []
    for cls in _form_classes():
        for name, field in cls.base_fields.items():
            if isinstance(field, (forms.DecimalField, forms.FloatField, forms.IntegerField)):
                found.append((f"{cls.__module__}.{cls.__name__}.{name}", field))
    return found


NUMBER_FIELDS_FOUND = _number_fields()


def test_the_walk_finds_the_forms_and_their_number_fields():
    modules = _forms_modules()
    assert {"steer.forms", "organize.forms", "actors.forms", "collaborations.forms", "stats.forms"} <= set(modules)
    assert {"organize.forms.bodies", "organize.forms.financing"} <= set(modules)  # a package's modules
    names = {name for name, _f in NUMBER_FIELDS_FOUND}
    # the fields people type numbers in: baselines, values, amounts, FTE, years
    for expected in (
        "steer.forms.IndicatorForm.baseline_value",
        "steer.forms.IndicatorValueForm.value",
        "steer.forms.IndicatorValueForm.numerator",
        "organize.forms.financing.FinancingModelForm.total",
        "organize.forms.financing.FinancingModelForm.population_weight",
        "organize.forms.financing.ResourceCommitmentForm.fte_committed",
        "organize.forms.financing.ResourceCommitmentForm.money_actual",
        "organize.forms.financing.ExternalFundingForm.amount",
        "organize.forms.bodies.BodyForm.rule_period_months",
        "organize.forms.bodies.BodyForm.meetings_per_year",
    ):
        assert expected in names


@pytest.mark.parametrize(("name", "field"), NUMBER_FIELDS_FOUND, ids=[n for n, _f in NUMBER_FIELDS_FOUND])
def test_every_number_field_of_every_form_reads_swedish_numbers_and_names_itself_when_it_cannot(name, field):
    assert isinstance(field, NUMBER_FIELDS), f"{name} is a {type(field).__name__}, not a field of core.formfields"
    html = field.widget.render("x", None)
    assert 'type="number"' not in html and 'inputmode="' in html
    if isinstance(field, WholeNumberField):
        assert field.to_python("1 000") == 1000
        assert field.to_python("1\u00a0000") == 1000
        assert field.to_python("1\u202f000") == 1000
        bad = [*BAD, "6,2"]
    else:
        assert field.to_python("6,2") == _exactly(field, "6.2")
        assert field.to_python("1 000,5") == _exactly(field, "1000.5")
        assert field.to_python("1\u00a0000,5") == _exactly(field, "1000.5")
        assert field.to_python("1\u202f000,5") == _exactly(field, "1000.5")
        assert field.to_python("6.2") == _exactly(field, "6.2")  # a point that cannot separate thousands
        bad = BAD
    for text in bad:
        with pytest.raises(ValidationError) as refused:
            field.clean(text)
        message = " ".join(refused.value.messages)
        if field.label:
            assert str(field.label)[:1].upper() + str(field.label)[1:] in message, (name, text, message)
        assert text in message, (name, text, message)


def _exactly(field: forms.Field, text: str) -> Decimal | float:
    return Decimal(text) if isinstance(field, forms.DecimalField) else float(text)


def _calls_in(module: str) -> list[str]:
    """`forms.DecimalField(…)`, `forms.NumberInput(…)` and the like called in a module's source."""
    path = Path(importlib.import_module(module).__file__)  # a package's own module is its __init__.py
    tree = ast.parse(path.read_text())
    own = {"DecimalField", "FloatField", "IntegerField", "NumberInput"}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr in own and getattr(node.value, "id", "") == "forms":
            found.append(f"{module}:{node.lineno} forms.{node.attr}")
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and 'type="number"' in node.value:
            found.append(f"{module}:{node.lineno} type=number")
    return found


def test_no_form_builds_a_number_field_or_a_number_input_of_its_own():
    """Fields added as a form is built (a party's share, a place in the chair's turn) are out of the walk
    above; they are made by the same classes, so the module must not name Django's."""
    assert [call for module in _forms_modules() for call in _calls_in(module)] == []


def test_no_template_has_a_number_input():
    templates = [p for d in ["templates", *APPS] for p in (ROOT / d).rglob("*.html")]
    assert templates
    assert [str(p) for p in templates if 'type="number"' in p.read_text()] == []


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("sv", "6,2", "6.2"),
        ("sv", "1 000,5", "1000.5"),
        ("sv", "1\u00a0000,5", "1000.5"),
        ("sv", "1\u202f000,5", "1000.5"),
        ("sv", "12 345 678,25", "12345678.25"),
        ("sv", "6.2", "6.2"),
        ("sv", "0.125", "0.125"),
        ("sv", "−3,5", "-3.5"),
        ("sv", " ,5 ", "0.5"),
        ("en", "1,000.5", "1000.5"),
        ("en", "1 000.5", "1000.5"),
        ("en", "6.2", "6.2"),
        ("en", "6,2", "6.2"),
        ("en", "1,000", "1000"),
    ],
)
def test_the_reading_rule_of_each_language(language, text, expected):
    with translation.override(language):
        assert read_number(text) == Decimal(expected)


@pytest.mark.parametrize(
    ("language", "text", "code"),
    [
        ("sv", "1.000", "ambiguous"),  # a thousand, or one? Refused, not guessed
        ("sv", "1,000.5", "invalid"),
        ("sv", "6,2,3", "invalid"),
        ("sv", "1e400", "invalid"),
        ("sv", "1  000", "invalid"),
        ("sv", "10 00", "invalid"),
        ("en", "6,2,3", "invalid"),
        ("en", "1,000,5", "invalid"),
        ("en", "6.2.3", "invalid"),
    ],
)
def test_what_the_rule_cannot_read_is_refused_with_the_field_named(language, text, code):
    with translation.override(language), pytest.raises(NumberError) as refused:
        read_number(text, label="Utgångsvärde")
    assert refused.value.code == code
    assert str(refused.value).startswith("Utgångsvärde")


def test_a_whole_number_is_refused_with_decimals():
    with pytest.raises(NumberError) as refused:
        read_number("6,2", whole=True, label="Antal möten per år")
    assert refused.value.code == "not_whole" and "Antal möten per år" in str(refused.value)
