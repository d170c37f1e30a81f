"""Long choices are searchable lists, never a plain <select> of hundreds of rows (core/widgets.py).

Every form of every app is built as a platform administrator would meet it in a demo collaboration (the 312
areas, every organization and person of the register), and each choice with more than `LONG_CHOICES` options
must be a list of checkboxes or radio buttons that works without JavaScript.
"""

import inspect

import pytest
from django import forms

from collaborations.models import Collaboration
from collaborations.parts.forms import PartForm
from core.widgets import LONG_CHOICES, SearchableChoices, is_plain_list
from steer.models import Indicator
from tests.factories.actors import OrganizationFactory, PersonFactory, user_for
from tests.modules import modules_of

FORM_MODULES = [
    "actors.forms",
    "collaborations.forms",
    "collaborations.parts.forms",
    "organize.forms",
    "steer.forms",
    "stats.forms",
]


def every_form_class():
    seen = {}
    for module in (module for name in FORM_MODULES for module in modules_of(name)):
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            own = cls.__module__ == module.__name__
            if issubclass(cls, forms.BaseForm) and own and not cls.__name__.startswith("Base"):
                seen[f"{module.__name__}.{cls.__name__}"] = cls
    return seen


def build(cls, *, collaboration, user, indicator):
    parameters = inspect.signature(cls.__init__).parameters
    if issubclass(cls, PartForm):
        return cls(collaboration=collaboration, user=user)
    if "indicator" in parameters:
        return cls(indicator=indicator)
    if "user" in parameters:
        return cls(user=user)
    if "collaboration" in parameters:
        return cls(collaboration=collaboration)
    return cls()


@pytest.mark.django_db
def test_no_form_offers_more_than_thirty_choices_in_a_plain_select(demo):
    for _ in range(LONG_CHOICES + 1):  # a register longer than a select can carry, whatever the demo holds
        PersonFactory()
        OrganizationFactory()
    admin = user_for(admin=True)
    collaboration = Collaboration.objects.get(slug="business-region-orebro")
    indicator = Indicator.objects.filter(areas__isnull=False).order_by("pk").first()
    indicator.areas.set(__import__("actors.models").models.Area.objects.all())

    long_fields, plain = [], []
    for label, cls in every_form_class().items():
        form = build(cls, collaboration=collaboration, user=admin, indicator=indicator)
        for name, field in form.fields.items():
            if not isinstance(field, forms.ChoiceField) or isinstance(field.widget, forms.HiddenInput):
                continue
            if len(list(field.choices)) <= LONG_CHOICES:
                continue
            long_fields.append(f"{label}.{name}")
            if is_plain_list(field.widget) or not isinstance(field.widget, SearchableChoices):
                plain.append(f"{label}.{name}")

    assert plain == []
    assert "collaborations.forms.CollaborationForm.areas" in long_fields  # the walk reached the long lists
    assert "collaborations.forms.CollaborationForm.agenda_targets" in long_fields
    assert "organize.forms.bodies.MembershipForm.person" in long_fields  # and the modules of a forms package


@pytest.mark.django_db
def test_a_long_list_renders_as_checkboxes_with_a_filter_label_and_no_select(demo):
    from collaborations.forms import CollaborationForm

    html = str(CollaborationForm()["areas"])

    assert "<select" not in html
    assert html.count('type="checkbox"') == 312
    assert 'data-choice-filter="Sök i listan"' in html
