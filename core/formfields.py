"""The number fields of every form: numbers typed as Swedes type them.

Every decimal and whole-number input of the product is one of the fields here, so "6,2" is 6,2 in every
form and never 62 or an error: `DecimalNumberField` (a Decimal, for amounts, shares and FTE),
`FloatNumberField` (a float, for statistics, baselines, targets and values) and `WholeNumberField` (an
int, for years, counts and places). They read what is typed with `core.numbers.read_number` (the rule
is in its docstring: decimal comma, thousands apart by spaces, the active language's own format too),
and refuse what they cannot read with a message that names the field.

Model forms get them from `number_formfield`, their `Meta.formfield_callback`; a form's own number
field is one of these classes. Their input is a text box with `inputmode="decimal"` (or "numeric"): a
browser's `type="number"` refuses a comma in some languages and in others takes it for a thousands
separator (Chrome in English reads "6,2" as 62), so the server reads the number, not the browser.
A test walks every form of the product and checks each number field is one of these.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models.fields import AutoFieldMixin
from django.utils.formats import get_format
from django.utils.text import capfirst

from core.numbers import (
    MAX_MAGNITUDE,
    VALUE,
    NumberError,
    NumberRangeValidator,
    check_number,
    read_number,
)


class NumberInput(forms.TextInput):
    """A text box for a number: the phone shows its number keyboard (with a comma), the browser does
    not rewrite what is typed, and the value shown is written in the active language."""

    input_mode = "decimal"

    def __init__(self, attrs: dict[str, Any] | None = None):
        super().__init__({"inputmode": self.input_mode, "autocomplete": "off", **(attrs or {})})

    def format_value(self, value: Any) -> str | None:
        if value is None or value == "":
            return None
        if isinstance(value, str):
            return value  # what the person typed, shown again with its error
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)
        try:
            number = Decimal(str(value))
        except ArithmeticError:
            return str(value)
        if not number.is_finite():
            return str(value)
        # every decimal kept (nothing is lost by opening a form and saving it), no thousands separator
        return f"{number.normalize():f}".replace(".", get_format("DECIMAL_SEPARATOR"))


class WholeNumberInput(NumberInput):
    input_mode = "numeric"


class _Reading:
    """What the three fields share: reading the text, and errors that name the field."""

    whole = False
    label: Any

    def __init__(self, *args: Any, kind: str | None = None, **kwargs: Any):
        self.kind = kind  # the kind of number (`core.numbers.RANGES`) the model field holds, if it says
        super().__init__(*args, **kwargs)

    def _label(self) -> str:
        return capfirst(str(self.label)) if self.label else ""

    def read(self, value: Any) -> Decimal | None:
        if value in (None, "") or (isinstance(value, str) and not value.strip()):
            return None
        if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
            value = str(value)  # an initial value, or a number given by code
        try:
            number = read_number(str(value), whole=self.whole, label=self._label() or None)
            if self.kind is not None or abs(number) > MAX_MAGNITUDE:
                check_number(number, self.kind or VALUE, label=self._label() or None)
        except NumberError as exc:
            raise ValidationError(str(exc), code=exc.code) from exc
        return number

    def named(self, error: ValidationError) -> ValidationError:
        """`error` with the field's label in front of each message that does not name it already."""
        label = self._label()
        if not label:
            return error
        messages = []
        for item in error.error_list:
            text = str(item.message % item.params if item.params else item.message)
            messages.append(ValidationError(text if text.startswith(label) else f"{label}: {text}", code=item.code))
        return ValidationError(messages)


class DecimalNumberField(_Reading, forms.DecimalField):
    """A decimal number (amounts, shares, FTE) typed with a decimal comma; see `core.numbers.read_number`."""

    widget = NumberInput

    def to_python(self, value: Any) -> Decimal | None:  # type: ignore[override]
        return self.read(value)

    def run_validators(self, value: Any) -> None:
        try:
            super().run_validators(value)
        except ValidationError as exc:
            raise self.named(exc) from exc

    def widget_attrs(self, widget: forms.Widget) -> dict[str, Any]:
        return {}  # no step, min or max: the browser does not judge the number


class FloatNumberField(_Reading, forms.FloatField):
    """A number kept as a float (statistics, baselines, targets, values); see `core.numbers.read_number`."""

    widget = NumberInput

    def to_python(self, value: Any) -> float | None:  # type: ignore[override]
        number = self.read(value)
        return None if number is None else float(number)

    def run_validators(self, value: Any) -> None:
        try:
            super().run_validators(value)
        except ValidationError as exc:
            raise self.named(exc) from exc

    def widget_attrs(self, widget: forms.Widget) -> dict[str, Any]:
        return {}


class WholeNumberField(_Reading, forms.IntegerField):
    """A whole number (a year, a count, a place), thousands apart by a space ("1 000")."""

    widget = WholeNumberInput
    whole = True

    def to_python(self, value: Any) -> int | None:
        number = self.read(value)
        return None if number is None else int(number)

    def run_validators(self, value: Any) -> None:
        try:
            super().run_validators(value)
        except ValidationError as exc:
            raise self.named(exc) from exc

    def widget_attrs(self, widget: forms.Widget) -> dict[str, Any]:
        return {}


NUMBER_FIELDS = (DecimalNumberField, FloatNumberField, WholeNumberField)


def number_formfield(db_field: models.Field[Any, Any], **kwargs: Any) -> forms.Field | None:
    """A model field's form field (a model form's `Meta.formfield_callback`): a number is one of the
    fields above, a link (a source's URL) is read as https when typed without a scheme."""
    if isinstance(db_field, models.URLField):
        kwargs.setdefault("assume_scheme", "https")
        return db_field.formfield(**kwargs)
    if db_field.choices:  # a choice among numbers is a list to choose from
        return db_field.formfield(**kwargs)
    if isinstance(db_field, models.DecimalField):
        form_class: type[forms.Field] = DecimalNumberField
    elif isinstance(db_field, models.FloatField):
        form_class = FloatNumberField
    elif isinstance(db_field, models.IntegerField) and not isinstance(db_field, AutoFieldMixin):
        form_class = WholeNumberField
    else:
        return db_field.formfield(**kwargs)
    kwargs.setdefault("form_class", form_class)
    # the model's limits are checked as the form reads, in messages that name the field
    for validator in db_field.validators:
        if isinstance(validator, NumberRangeValidator):
            kwargs.setdefault("kind", validator.kind)
        elif isinstance(validator, MinValueValidator) and not callable(validator.limit_value):
            kwargs.setdefault("min_value", validator.limit_value)
        elif isinstance(validator, MaxValueValidator) and not callable(validator.limit_value):
            kwargs.setdefault("max_value", validator.limit_value)
    return db_field.formfield(**kwargs)
