"""Statistics in Chromium: an analyst imports a Kolada series (replayed) and reads it; axe on every page."""

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import follow
from tests.e2e.test_browser import login

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_import_a_kolada_series_and_read_it(world, page, axe, settings):
    settings.STATS_HTTP_TRANSPORT = "tests.replay.kolada_2026"
    login(page, "analytiker@regionorebrolan.example")
    follow(page, page.get_by_role("link", name="Statistik", exact=True))
    axe.check(page, "60-series-list")
    follow(page, page.get_by_role("link", name="Importera från Kolada"))
    axe.check(page, "61-import-form")
    page.get_by_role("textbox", name="KPI-id").fill("N00945")
    areas = page.get_by_role("group", name="Områden")
    areas.get_by_role("searchbox", name="Sök i listan").fill("stockholms")
    areas.get_by_role("checkbox", name="Stockholms kommun").check()
    page.get_by_role("button", name="Starta importen").click()
    page.wait_for_url(re.compile(r"/statistik/importer/\d+/"))
    expect(page.locator("main")).to_contain_text("Klar")
    axe.check(page, "62-import-run")
    page.get_by_role("link", name=re.compile("N00945")).click()
    expect(page.locator("caption")).to_contain_text("Källa: Kolada")
    expect(page.locator("tbody tr")).to_have_count(1)
    axe.check(page, "63-series-detail")
    page.goto("/statistik/katalog/")
    page.get_by_label("Sök med ord").fill("ohälsotal")
    page.get_by_role("button", name="Sök", exact=True).click()
    expect(page.locator("tbody tr").first).to_contain_text("Ohälsotal")  # title matches come first
    axe.check(page, "64-catalogue")
    follow(page, page.get_by_role("link", name="Följ N00957"))
    axe.check(page, "65-follow-form")
    page.goto("/statistik/katalog/N00945/folj/")
    preview = page.get_by_role("group", name="Områden (högst fem)")
    preview.get_by_role("searchbox", name="Sök i listan").fill("göteborg")
    preview.get_by_role("checkbox", name="Göteborgs kommun").check()
    page.get_by_role("button", name="Förhandsvisa från Kolada").click()
    expect(page.locator("figure svg")).to_be_visible()
    axe.check(page, "66-follow-preview")


def test_scb_pages_pass_axe(world, page, axe, settings):
    settings.STATS_HTTP_TRANSPORT = "tests.replay.scb_server"
    login(page, "analytiker@regionorebrolan.example")
    page.goto("/statistik/import/scb/?q=befolkning")
    expect(page.locator("tbody tr").first).to_be_visible()
    axe.check(page, "68-scb-search")
    page.goto("/statistik/import/scb/TAB6471/")
    expect(page.get_by_label("Kön (Kon)")).to_be_visible()
    axe.check(page, "69-scb-table")
