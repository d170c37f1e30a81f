"""The formal basis in Chromium: a coordinator records a party's adoption of the current version and the
warning disappears; every page of the formal basis passes axe-core."""

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import follow
from tests.e2e.test_browser import login

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_recording_a_party_adoption_clears_the_warning(world, page, axe):
    login(page, "kommunchef@pitea.example")
    page.goto("/samverkan/pitea-alvsbyn-femkanten/")
    follow(page, page.get_by_role("link", name="Organisering", exact=True))
    axe.check(page, "30-organize-overview")
    page.get_by_role("link", name="Riktlinjer för ökad samverkan med Älvsbyns kommun").click()
    warnings = page.locator("#varningar")
    expect(warnings).to_contain_text("Älvsbyns kommun är avtalspart men har inte antagit aktuell version")
    axe.check(page, "31-agreement-with-warning")

    follow(page, page.get_by_role("link", name="Registrera beslut – Älvsbyns kommun"))
    axe.check(page, "32-adoption-form")
    page.get_by_label("Antagen").check()
    page.get_by_role("combobox", name="Beslutande organ").select_option(label="Kommunfullmäktige")
    page.get_by_role("textbox", name="Beslutsdatum").fill("2013-02-01")  # before the version was drafted
    page.get_by_role("textbox", name="Diarienummer").fill("KF 2013/123")
    page.get_by_role("button", name="Spara", exact=True).click()
    expect(page.locator("#id_decision_date_error")).to_contain_text("före den dag versionen upprättades")
    axe.check(page, "33-adoption-form-error")

    page.get_by_role("textbox", name="Beslutsdatum").fill("2013-09-30")
    page.get_by_role("textbox", name="Beslutsdatum").press("Enter")  # submit by keyboard
    page.wait_for_url(re.compile(r"/avtal/\d+/"))
    expect(page.locator("#varningar")).to_contain_text("Alla avtalsparter har antagit aktuell version")
    row = page.locator("tr", has=page.get_by_role("rowheader", name="Älvsbyns kommun", exact=True))
    expect(row).to_contain_text("Antagen")
    expect(row).to_contain_text("KF 2013/123")
    axe.check(page, "34-agreement-all-adopted")

    row.get_by_role("link", name=re.compile("Historik")).click()
    expect(page.locator('main [title="organize.adoption.recorded"]')).not_to_have_count(0)  # the code, kept as a title
    expect(page.locator("main")).to_contain_text("Ingrid Lund")


def test_pages_of_the_formal_basis_pass_axe(world, page, axe):
    login(page, "samordnare@regionorebrolan.example")
    base = "/samverkan/business-region-orebro/organisering/"
    for name, url in [
        ("40-responsibilities", base + "ansvar/"),
        ("41-ownerless", base + "utan-agare/"),
        ("42-organigram", base + "organ/"),
        ("43-financing", base + "finansiering/"),
        ("44-body-form", base + "organ/nytt/"),
        ("45-financing-form", base + "finansiering/ny/"),
        ("46-agreement-form", base + "avtal/nytt/"),
    ]:
        page.goto(url)
        axe.check(page, name)
    page.goto(base + "organ/")
    page.get_by_role("link", name="BRO:s styrgrupp").click()
    expect(page.get_by_role("heading", name="Mandat: får besluta om")).to_be_visible()
    axe.check(page, "47-body")
    page.goto(base + "finansiering/")
    page.get_by_role("link", name="Gemensam finansiering av BRO").click()
    expect(page.locator("main")).to_contain_text("3\u00a0647\u00a0690,05")
    axe.check(page, "48-financing-detail")
    login(page, "samordnare@regionblekinge.example")
    page.goto("/samverkan/blekinge-unga-lyfter/organisering/organ/")
    page.get_by_role("link", name="Blekingerådet (samverkansledning)").click()
    # the project ended in 2018: the rotation stopped with Olofström's year (2018)
    expect(page.locator("li", has_text="Olofströms kommun")).to_contain_text("tur enligt regeln")
    axe.check(page, "49-rotating-chair")


def test_an_agreement_names_its_parties_or_binds_all_of_them(world, page, axe):
    login(page, "samordnare@regionorebrolan.example")
    base = "/samverkan/business-region-orebro/organisering/"
    page.goto(base)
    # the commission agreement is adopted by its two parties only, and the overview counts those
    row = page.locator("tr", has_text="Uppdragsavtal: Örebro kommun leder BRO:s operativa arbete")
    expect(row).to_contain_text("2/2")
    expect(row).to_contain_text("namngivna parter")
    follow(page, row.get_by_role("link"))
    follow(page, page.get_by_role("link", name="Ändra avtalet"))
    expect(page.get_by_label("Bara de avtalsparter som kryssas i nedan")).to_be_checked()

    page.goto(base + "avtal/nytt/")
    expect(page.get_by_label("Alla parter i samverkan på versionens datum", exact=False)).to_be_checked()
    page.get_by_label("Slag").select_option(index=1)
    page.get_by_role("textbox", name="Rubrik").fill("Avtal om gemensam etableringsservice")
    page.get_by_label("Bara de avtalsparter som kryssas i nedan").check()
    page.get_by_role("button", name="Spara", exact=True).click()
    expect(page.locator("#id_parties_error")).to_contain_text("Kryssa i vilka avtalsparter som ska anta avtalet")
    axe.check(page, "50-agreement-form-no-party")
    page.get_by_role("group", name="Avtalsparter").get_by_label("Örebro kommun", exact=True).check()
    page.get_by_role("group", name="Avtalsparter").get_by_label("Region Örebro län", exact=True).check()
    follow(page, page.get_by_role("button", name="Spara", exact=True))
    expect(page.get_by_role("heading", level=1)).to_contain_text("Ny version")
