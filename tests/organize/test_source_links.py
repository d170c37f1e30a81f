"""A link to a source typed without a scheme is read as https in every form of the formal basis: the
model's `SourceURLField` and `core.formfields.number_formfield` (every model form's callback) see to it,
and a form's own link field (a party's source on a cost model) says so itself."""

import inspect

import pytest
from django import forms

from tests.factories.actors import user_for
from tests.factories.collaborations import CollaborationFactory
from tests.factories.organize import party_of
from tests.modules import modules_of


def _forms_with_a_source_link() -> dict[str, type[forms.BaseForm]]:
    found = {}
    for module in modules_of("organize.forms"):
        for name, cls in inspect.getmembers(module, inspect.isclass):
            own = issubclass(cls, forms.BaseForm) and cls.__module__ == module.__name__
            if own and "source_url" in cls.base_fields:
                found[f"{module.__name__}.{name}"] = cls
    return found


FORMS = _forms_with_a_source_link()


def test_the_walk_finds_the_forms_with_a_source():
    assert {name.rsplit(".", 1)[1] for name in FORMS} >= {
        "AgreementForm",
        "AdoptionForm",
        "BodyForm",
        "MembershipForm",
        "FinancingModelForm",
        "ExternalFundingForm",
        "ResourceCommitmentForm",
    }


@pytest.mark.parametrize("name", sorted(FORMS))
def test_a_link_without_a_scheme_is_read_as_https(name):
    field = FORMS[name].base_fields["source_url"]

    assert field.clean("www.skr.se/avtal.pdf") == "https://www.skr.se/avtal.pdf"
    assert field.clean("http://www.skr.se/avtal.pdf") == "http://www.skr.se/avtal.pdf"  # a scheme typed is kept
    assert field.max_length == 500 and not field.required


@pytest.mark.django_db
def test_a_partys_source_link_on_a_cost_model_is_read_as_https():
    from organize.forms import FinancingModelForm

    collaboration = CollaborationFactory()
    party = party_of(collaboration, name="Ronneby kommun")
    form = FinancingModelForm(collaboration=collaboration, user=user_for(admin=True))

    assert form.fields[f"src_source_url_{party.pk}"].clean("ronneby.se/beslut") == "https://ronneby.se/beslut"
