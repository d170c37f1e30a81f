"""Leading in Chromium: BRO's coordinator opens Ledning, a held meeting of the management group, takes a
decision at an item by keyboard and finds its reference number in the register; a party that does not sit in
Borås' secret forum finds none of its meetings; every page of leading passes axe-core and fits 375 px."""

import re

import pytest
from playwright.sync_api import expect

from lead.models import Meeting
from tests.e2e.conftest import follow
from tests.e2e.test_browser import login
from tests.e2e.test_narrow_screen import WIDEST

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

BRO = "/samverkan/business-region-orebro/ledning/"
BORAS = "/samverkan/boras-myndighetssamverkan-trygghet/ledning/"
SECTIONS = ["", "moten/", "beslut/", "uppdrag/", "nyheter/", "nyheter/segrar/", "kontinuitet/"]


def _held_meeting_with_a_decision_item(slug: str) -> Meeting:
    meeting = (
        Meeting.objects.filter(collaboration__slug=slug, status="held", items__kind="decision")
        .order_by("-date")
        .distinct()
        .first()
    )
    assert meeting is not None, f"the demo of {slug} has no held meeting with a decision item"
    return meeting


def test_the_coordinator_takes_a_decision_by_keyboard_and_finds_it_in_the_register(world, page, axe):
    login(page, "samordnare@regionorebrolan.example")
    page.goto("/samverkan/business-region-orebro/")
    follow(page, page.get_by_role("link", name="Ledning", exact=True))
    nav = page.get_by_role("navigation", name="Ledning")
    expect(nav.get_by_role("link", name="Översikt")).to_have_attribute("aria-current", "page")
    axe.check(page, "100-lead-dashboard")

    follow(page, nav.get_by_role("link", name="Möten"))
    expect(page.get_by_role("navigation", name="Ledning").get_by_role("link", name="Möten")).to_have_attribute(
        "aria-current", "page"
    )
    axe.check(page, "101-lead-meetings")

    meeting = _held_meeting_with_a_decision_item("business-region-orebro")
    page.goto(meeting.get_absolute_url())
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    axe.check(page, "102-lead-meeting")

    follow(page, page.get_by_role("link", name=re.compile("^Fatta beslut")).first)
    axe.check(page, "103-lead-decision-form")
    text = page.get_by_role("textbox", name="Beslut", exact=True)
    text.fill("Ledningsgruppen ställer sig bakom handlingsplanen för etableringar.")
    page.get_by_role("textbox", name=re.compile("^Beslutsområde")).fill("Etableringar")
    page.get_by_role("textbox", name=re.compile("^Beslutsområde")).press("Enter")  # submit by keyboard
    page.wait_for_url(re.compile(r"/beslut/\d+/$"))
    heading = page.get_by_role("heading", level=1).inner_text().strip()
    reference = heading.removeprefix("Beslut ")
    assert re.match(r"^.+ \d{4}:\d+$", reference), heading
    expect(page.get_by_role("link", name=f"Mötet {meeting.date:%Y-%m-%d}")).to_have_attribute(
        "href", meeting.get_absolute_url()
    )
    expect(page.get_by_role("link", name="Ge ett uppdrag")).to_be_visible()
    axe.check(page, "104-lead-decision")

    page.goto(BRO + "beslut/")
    expect(page.get_by_role("link", name=reference, exact=True)).to_be_visible()
    axe.check(page, "105-lead-register")

    for name, url in [
        ("106-lead-assignments", BRO + "uppdrag/"),
        ("107-lead-news", BRO + "nyheter/"),
        ("108-lead-wins", BRO + "nyheter/segrar/"),
        ("109-lead-continuity", BRO + "kontinuitet/"),
        ("110-lead-my-assignments", "/mina-uppdrag/"),
    ]:
        page.goto(url)
        axe.check(page, name)
    page.goto(BRO + "uppdrag/")
    first = page.locator("tbody tr a").first
    if first.count():
        follow(page, first)
        axe.check(page, "111-lead-assignment")


def test_a_party_outside_the_secret_forum_finds_none_of_its_meetings(world, page):
    # Migrationsverket sits in the operative group (secret too), not in the subgroup on economic crime.
    secret = Meeting.objects.filter(
        collaboration__slug="boras-myndighetssamverkan-trygghet",
        body__confidentiality="secret",
        body__name__startswith="Undergrupp",
    ).first()
    assert secret is not None
    login(page, "enhetschef@migrationsverket.example")
    response = page.goto(secret.get_absolute_url())
    assert response.status == 404
    page.goto(BORAS + "moten/")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    expect(page.locator(f'main a[href="{secret.get_absolute_url()}"]')).to_have_count(0)
    expect(page.locator("main table tbody tr", has_text=secret.body.name)).to_have_count(0)


def test_the_pages_of_leading_are_not_wider_than_a_375_px_screen(world, page):
    page.set_viewport_size({"width": 375, "height": 800})
    login(page, "admin@samverkan.example")
    meeting = _held_meeting_with_a_decision_item("business-region-orebro")
    too_wide = {}
    for url in [*(BRO + s for s in SECTIONS), meeting.get_absolute_url(), "/mina-uppdrag/", "/overlamningar/"]:
        page.goto(url)
        page.wait_for_load_state("load")
        width = page.evaluate("() => document.documentElement.scrollWidth")
        if width > 375:
            too_wide[url] = (width, page.evaluate(WIDEST))
    assert too_wide == {}
