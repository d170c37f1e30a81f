"""At 375 px (a small phone) no page is wider than the screen: wide tables scroll inside their own box.
The long choice lists of a form are searchable by keyboard (the filter box of static/js/samverkan.js)."""

import re

import pytest
from playwright.sync_api import expect

from organize.models import Body
from steer.models import Indicator
from tests.e2e.conftest import follow
from tests.e2e.test_browser import login

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

BRO = "/samverkan/business-region-orebro/"
BLEKINGE = "/samverkan/blekinge-unga-lyfter/"
PAGES = [
    "/",
    "/samverkan/",
    *(
        base + part
        for base in (BRO, BLEKINGE)
        for part in (
            "",
            "logg/",
            "organisering/",
            "organisering/ansvar/",
            "organisering/organ/",
            "organisering/finansiering/",
            "organisering/utan-agare/",
            "styrning/",
            "styrning/analys/",
            "styrning/mal/",
            "styrning/uppfoljning/",
            "styrning/omvarld/",
        )
    ),
    "/organisationer/",
    "/personer/",
    "/omraden/",
    "/omraden/1880/",
    "/statistik/",
    "/statistik/importer/",
]

# What sticks out, outermost first (to name in the failure): not what scrolls inside a box of its own.
WIDEST = """() => {
  const limit = document.documentElement.clientWidth;
  const inBox = (el) => el.parentElement && el.parentElement.closest(".table-scroll");
  return Array.from(document.querySelectorAll("main *"))
    .filter((el) => el.getBoundingClientRect().right > limit + 1 && !inBox(el))
    .slice(0, 4).map((el) => el.tagName + "." + el.className + "#" + el.id);
}"""


def test_no_page_of_the_demo_is_wider_than_a_375_px_screen(world, page):
    page.set_viewport_size({"width": 375, "height": 800})
    login(page, "admin@samverkan.example")  # sees every page and every button
    indicator = Indicator.objects.filter(goal__collaboration__slug="blekinge-unga-lyfter").order_by("pk").first()
    body = Body.objects.filter(collaboration__slug="business-region-orebro").order_by("pk").first()

    too_wide = {}
    for url in [*PAGES, indicator.get_absolute_url(), body.get_absolute_url(), BRO + "andra/", BRO + "parter/ny/"]:
        page.goto(url)
        page.wait_for_load_state("load")
        width = page.evaluate("() => document.documentElement.scrollWidth")
        if width > 375:
            too_wide[url] = (width, page.evaluate(WIDEST))

    assert too_wide == {}


def test_a_long_list_is_filtered_by_keyboard_and_keeps_what_was_chosen(world, page, axe):
    page.set_viewport_size({"width": 375, "height": 800})
    login(page, "samordnare@regionorebrolan.example")
    page.goto(BRO)
    follow(page, page.get_by_role("link", name="Ändra samverkan"))
    areas = page.get_by_role("group", name="Territorium", exact=True)
    search = areas.get_by_role("searchbox", name="Sök i listan")
    axe.check(page, "95-collaboration-form-375")

    search.focus()
    page.keyboard.type("kiruna")
    page.keyboard.press("Enter")  # filters, does not send the form
    expect(areas.get_by_role("checkbox", name="Kiruna kommun")).to_be_visible()
    expect(areas.get_by_role("checkbox", name="Örebro kommun")).to_be_hidden()
    expect(areas.locator("[aria-live]")).to_contain_text(re.compile(r"^1 av 312 visas"))
    page.keyboard.press("Tab")
    page.keyboard.press("Space")
    expect(areas.get_by_role("checkbox", name="Kiruna kommun")).to_be_checked()
    assert re.search(r"/andra/$", page.url)
    axe.check(page, "96-collaboration-form-filtered")
