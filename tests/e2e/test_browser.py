"""A coordinator logs in, sets up a collaboration, adds a party and sees the history — by keyboard and
mouse, in Chromium, with axe-core on every page visited."""

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import follow

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def login(page, email):
    page.goto("/logga-in/")
    page.get_by_label("E-post").fill(email)
    page.get_by_label("Lösenord").fill("samverkan-demo")
    page.get_by_role("button", name="Logga in").click()
    page.wait_for_url("**/")


def test_coordinator_sets_up_a_collaboration_adds_a_party_and_sees_the_history(world, page, axe):
    page.goto("/")
    axe.check(page, "01-home-anonymous")
    login(page, "samordnare@regionorebrolan.example")
    assert page.get_by_role("heading", name="Samverkan där du deltar").is_visible()
    axe.check(page, "02-home-coordinator")

    follow(page, page.get_by_role("link", name="Starta en ny samverkan").first)
    axe.check(page, "03-collaboration-form")
    page.get_by_role("combobox", name="Din organisation").select_option(label="Region Örebro län")
    page.get_by_role("textbox", name="Namn", exact=True).fill("Fler unga i arbete i Örebro län")
    page.get_by_role("textbox", name="Utmaning", exact=True).fill("Ungdomsarbetslösheten är högre än i riket.")
    page.get_by_label("Arbete och sysselsättning").check()
    page.get_by_role("button", name="Spara", exact=True).click()

    page.wait_for_url(re.compile(r"/parter/ny/$"))
    axe.check(page, "04-participation-form")
    organizations = page.get_by_role("group", name="Organisationer i registret")
    organizations.get_by_role("searchbox", name="Sök i listan").fill("kumla")
    organizations.get_by_role("checkbox", name="Kumla kommun").check()
    page.get_by_role("button", name="Spara", exact=True).click()
    page.wait_for_url(re.compile(r"/samverkan/fler-unga-i-arbete-i-orebro-lan/"))
    assert page.get_by_role("link", name="Kumla kommun").first.is_visible()
    axe.check(page, "05-collaboration-detail")

    # Inline edit of the party with htmx, by keyboard.
    edit = page.get_by_role("link", name=re.compile("Ändra Kumla kommun"))
    edit.focus()
    page.keyboard.press("Enter")
    page.get_by_role("combobox", name="Roll", exact=True).select_option(label="Finansiär")
    page.get_by_role("button", name="Spara", exact=True).click()
    row = page.locator("tr", has_text="Kumla kommun")
    row.get_by_text("Finansiär").wait_for()

    follow(page, page.get_by_role("link", name="Logg"))
    axe.check(page, "06-collaboration-log")
    log = page.locator("main").inner_text()
    assert "Skapade samverkan" in log  # in words; the event code is kept as a title
    expect(page.locator('main [title="collaborations.collaboration.created"]')).not_to_have_count(0)
    for code in ("collaborations.participation.created", "collaborations.participation.updated"):
        expect(page.locator(f'main [title="{code}"]')).not_to_have_count(0)
    assert "Skapade deltagande" in log and "Ändrade deltagande" in log
    assert "Sara Lindqvist" in log


def test_pages_of_the_territory_and_actors_pass_axe(world, page, axe):
    login(page, "naringsliv@orebro.example")
    for name, url in [
        ("10-collaboration-list", "/samverkan/"),
        ("11-organization-list", "/organisationer/"),
        ("12-area-list", "/omraden/"),
        ("13-area-detail", "/omraden/18/"),
        ("14-person-list", "/personer/"),
        ("15-bro", "/samverkan/business-region-orebro/"),
        ("16-bro-history", "/samverkan/business-region-orebro/historik/"),
    ]:
        page.goto(url)
        axe.check(page, name)
    page.goto("/organisationer/")
    page.get_by_label("Sök").fill("Kumla")
    expect(page.locator("#results tbody tr")).to_have_count(1)
    assert "q=Kumla" in page.url  # the filter is in the address, so it can be shared
    follow(page, page.get_by_role("link", name="Kumla kommun"))
    axe.check(page, "17-organization-detail")
    page.get_by_role("link", name="Johan Berg").click()
    expect(page.get_by_role("heading", name=re.compile("Johan Berg"))).to_be_visible()
    axe.check(page, "18-person")


def test_hidden_collaboration_is_a_404_in_the_browser_and_skip_link_works(world, page, axe):
    login(page, "koordinator@regionvarmland.example")
    response = page.goto("/samverkan/boras-myndighetssamverkan-trygghet/")
    assert response.status == 404
    axe.check(page, "20-not-found")
    page.goto("/samverkan/")
    assert "Borås" not in page.locator("main").inner_text()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent").strip() == "Hoppa till innehållet"
