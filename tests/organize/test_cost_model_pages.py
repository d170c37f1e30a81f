"""The financing pages as a coordinator enters a cost model from an agreement: a stated amount and a
rest per capita, one party paying another's share, the municipalities jointly as a group with a weighted
key, an unknown total; and unknown amounts, dates and staff time shown as unknown, never as 0."""

from decimal import Decimal

import pytest
from django.test import Client

from organize.models import FinancingModel, PayerGroup, ResourceCommitment
from tests.factories.actors import OrganizationFactory, area, user_for
from tests.factories.collaborations import CollaborationFactory
from tests.factories.organize import ExternalFundingFactory, ResourceCommitmentFactory, party_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def setting():
    region = OrganizationFactory(name="Region Örebro län", sector="region", kind="region", area=area("18"))
    coordinator = user_for(region, email="sara@example.org")
    collaboration = CollaborationFactory(
        name="Kostnadsmodeller", coordinating_organization=region, coordinator=coordinator.person, visibility="public"
    )
    kumla = party_of(collaboration, name="Kumla kommun", area=area("1881"))
    laxa = party_of(collaboration, name="Laxå kommun", area=area("1860"))
    client = Client()
    client.force_login(coordinator)
    return collaboration, region, kumla, laxa, client


def _url(collaboration, rest=""):
    return f"/samverkan/{collaboration.slug}/organisering/finansiering/{rest}"


def _base_data(**more):
    return {"name": "BRO", "year": "2026", "visibility": "public", "population_year": "2025", **more}


def test_region_pays_a_stated_amount_and_the_municipalities_share_the_rest_per_capita(setting):
    collaboration, region, kumla, laxa, client = setting
    data = _base_data(method="per_capita", total="40062.00")
    data.update({f"pays_{region.pk}": "on", f"amount_{region.pk}": "12000.00"})
    data.update({f"pays_{kumla.pk}": "on", f"pays_{laxa.pk}": "on"})
    response = client.post(_url(collaboration, "ny/"), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    page = client.get(response["Location"]).content.decode()
    # 12 000 kr stated; the rest, 28 062 kr, by population: Kumla 22 665 and Laxå 5 397 inhabitants
    assert "12\u00a0000,00 kr (angivet belopp)" in page
    assert "Först betalar Region Örebro län sina angivna belopp." in page
    assert "Resten, 28\u00a0062,00 kr, delas mellan övriga parter i proportion till folkmängden" in page
    assert "22\u00a0665,00" in page and "5\u00a0397,00" in page


def test_one_party_pays_anothers_share_and_the_page_adds_it_to_the_payer(setting):
    collaboration, region, kumla, laxa, client = setting
    data = _base_data(method="equal", total="300.00")
    for org in (region, kumla, laxa):
        data[f"pays_{org.pk}"] = "on"
    data[f"paid_by_{laxa.pk}"] = str(region.pk)
    response = client.post(_url(collaboration, "ny/"), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    model = FinancingModel.objects.get()
    assert model.shares.get(organization=laxa).paid_by == region
    page = client.get(response["Location"]).content.decode()
    assert "Laxå kommun betalas av Region Örebro län." in page
    assert "Att betala per betalare" in page and "200,00" in page  # the region's own 100 kr and Laxå's 100 kr
    # the form shows the payer again
    form = client.get(_url(collaboration, f"{model.pk}/andra/")).content.decode()
    assert f'<option value="{region.pk}" selected>' in form


def test_the_municipalities_jointly_pay_half_split_half_per_capita_half_equally(setting):
    collaboration, region, kumla, laxa, client = setting
    data = _base_data(method="equal", total="2000.00")
    data.update({f"pays_{region.pk}": "on", f"percent_{region.pk}": "50"})
    data.update({f"pays_{kumla.pk}": "on", f"group_{kumla.pk}": "0", f"pays_{laxa.pk}": "on", f"group_{laxa.pk}": "0"})
    data.update({"group_name_0": "Kommunerna gemensamt", "group_method_0": "weighted", "group_weight_0": "50"})
    response = client.post(_url(collaboration, "ny/"), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    group = PayerGroup.objects.get()
    assert (group.name, group.method, group.population_weight) == ("Kommunerna gemensamt", "weighted", Decimal("50"))
    assert set(group.members.values_list("organization__name", flat=True)) == {"Kumla kommun", "Laxå kommun"}
    page = client.get(response["Location"]).content.decode()
    # 1 000 kr to the group: 500 kr by population (22 665 : 5 397 of 28 062) and 500 kr equally
    assert "Kommunerna gemensamt betalar som en part" in page
    assert "50\u00a0% av beloppet delas i proportion till folkmängden" in page
    assert "653,84" in page and "346,16" in page  # 403,84 + 250 and 96,16 + 250
    # saved again unchanged, the group is kept (not recreated)
    form = client.get(_url(collaboration, f"{group.financing_id}/andra/")).content.decode()
    assert 'value="Kommunerna gemensamt"' in form


def test_an_unknown_total_is_recorded_and_the_page_says_belopp_okant_with_the_percentages(setting):
    collaboration, region, kumla, laxa, client = setting
    data = _base_data(method="fixed_shares", total="")
    data.update({f"pays_{region.pk}": "on", f"percent_{region.pk}": "12.345678"})
    data.update({f"pays_{kumla.pk}": "on", f"percent_{kumla.pk}": "87.654322"})
    response = client.post(_url(collaboration, "ny/"), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert FinancingModel.objects.get().total is None
    page = client.get(response["Location"]).content.decode()
    assert "belopp okänt" in page and "12,345678\u00a0%" in page
    assert "0,00" not in page.split("Beräkning")[1].split("Avrundning")[0]  # no amount shown as 0
    listing = client.get(_url(collaboration)).content.decode()
    assert "belopp okänt" in listing


@pytest.mark.parametrize(
    "extra,field",
    [
        ({"amount": "100.00", "percent": "10"}, "amount"),  # both a percentage and an amount
        ({"group": "0"}, "group"),  # a group without a name
    ],
)
def test_form_errors_name_the_party_and_the_field(setting, extra, field):
    collaboration, region, _kumla, _laxa, client = setting
    data = _base_data(method="equal", total="100.00", **{f"pays_{region.pk}": "on"})
    data.update({f"{name}_{region.pk}": value for name, value in extra.items()})
    response = client.post(_url(collaboration, "ny/"), data)
    assert response.status_code == 200
    assert response.context["form"].errors[f"{field}_{region.pk}"][0].startswith("Region Örebro län")
    assert not FinancingModel.objects.exists()


def test_a_weighted_key_without_its_weight_is_refused_at_the_weight(setting):
    collaboration, region, _kumla, _laxa, client = setting
    response = client.post(
        _url(collaboration, "ny/"), _base_data(method="weighted", total="100.00", **{f"pays_{region.pk}": "on"})
    )
    assert response.status_code == 200 and "population_weight" in response.context["form"].errors
    assert not FinancingModel.objects.exists()


def test_unknown_external_funding_and_resources_show_as_not_stated(setting):
    collaboration, region, kumla, _laxa, client = setting
    ExternalFundingFactory(
        collaboration=collaboration, description="ESF utan belopp", amount=None, start_date=None, end_date=None
    )
    ResourceCommitmentFactory(collaboration=collaboration, organization=kumla, money_committed=None, fte_committed=None)
    ResourceCommitmentFactory(
        collaboration=collaboration, organization=region, money_committed=Decimal("1000"), fte_committed=None
    )
    page = client.get(_url(collaboration)).content.decode()
    assert "ESF utan belopp" in page and "start ej angiven" in page and "slut ej angivet" in page
    row = page.split("ESF utan belopp")[1].split("</tr>")[0]
    assert "ej angivet" in row and "0,00" not in row
    kumla_row = page.split(">Kumla kommun")[1].split("</tr>")[0]
    assert kumla_row.count("ej angivet") == 2 and "0,00" not in kumla_row
    assert "(ej angivet för 1 part)" in page and "(ej angivet för 2 parter)" in page


def test_resources_without_money_are_saved_as_unknown_not_0(setting):
    collaboration, _region, kumla, _laxa, client = setting
    response = client.post(
        _url(collaboration, "resurser/ny/"),
        {"organization": kumla.pk, "year": "2026", "fte_committed": "2", "visibility": "public"},
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    commitment = ResourceCommitment.objects.get(organization=kumla)
    assert commitment.money_committed is None and commitment.fte_committed == Decimal("2")
