"""The parties' work in Chromium: BRO's coordinator opens Genomförande, finds who does what for each goal,
reads the timeline beside its table, opens an action plan and an activity and writes a progress note by
keyboard; every page of the work passes axe-core and fits a 375 px screen."""

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import follow
from tests.e2e.test_browser import login
from tests.e2e.test_narrow_screen import WIDEST
from work.models import ActionPlan, Activity

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

BRO = "/samverkan/business-region-orebro/"


def test_the_coordinator_follows_the_work_by_goal_and_writes_a_progress_note_by_keyboard(world, page, axe):
    login(page, "samordnare@regionorebrolan.example")
    page.goto(BRO)
    follow(page, page.get_by_role("link", name="Genomförande", exact=True))
    nav = page.get_by_role("navigation", name="Genomförande")
    expect(nav.get_by_role("link", name="Per mål")).to_have_attribute("aria-current", "page")
    expect(page.get_by_role("heading", level=1)).to_have_text("Vem gör vad för varje mål")
    axe.check(page, "120-work-joint")

    follow(page, nav.get_by_role("link", name="Tidslinje"))
    bars = page.locator("svg.timeline g.bar")
    rows = page.locator("#tidslinjens-tabell tbody tr")
    expect(rows).to_have_count(bars.count())
    assert bars.count() > 0
    axe.check(page, "121-work-timeline")

    follow(page, page.get_by_role("navigation", name="Genomförande").get_by_role("link", name="Handlingsplaner"))
    axe.check(page, "122-work-plans")
    plan = ActionPlan.objects.filter(collaboration__slug="business-region-orebro", activities__isnull=False).first()
    assert plan is not None, "the demo of BRO has no action plan with activities"
    follow(page, page.get_by_role("link", name=plan.title, exact=True).first)
    expect(page.get_by_role("heading", level=1)).to_have_text(plan.title)
    axe.check(page, "123-work-plan")

    activity = Activity.objects.filter(plan=plan).order_by("start_date", "pk").first()
    follow(page, page.get_by_role("link", name=activity.title, exact=True).first)
    axe.check(page, "124-work-activity")
    follow(page, page.get_by_role("link", name="Skriv lägesrapport"))
    axe.check(page, "125-work-progress-note-form")
    page.get_by_role("textbox", name=re.compile("^Läget")).fill("Två nya etableringar i Lindesberg i november.")
    page.get_by_role("button", name="Spara").press("Enter")
    page.wait_for_url(re.compile(r"/aktiviteter/\d+/$"))
    expect(page.get_by_text("Två nya etableringar i Lindesberg i november.")).to_be_visible()

    page.goto(f"{BRO}arbete/planer/{plan.pk}/las-in/")
    axe.check(page, "126-work-plan-import")


def test_the_pages_of_the_work_are_not_wider_than_a_375_px_screen(world, page):
    page.set_viewport_size({"width": 375, "height": 800})
    login(page, "admin@samverkan.example")
    plan = ActionPlan.objects.filter(collaboration__slug="business-region-orebro", activities__isnull=False).first()
    activity = Activity.objects.filter(plan=plan).first()
    too_wide = {}
    for url in [
        BRO + "arbete/",
        BRO + "arbete/tidslinje/",
        BRO + "arbete/planer/",
        plan.get_absolute_url(),
        activity.get_absolute_url(),
    ]:
        page.goto(url)
        page.wait_for_load_state("load")
        width = page.evaluate("() => document.documentElement.scrollWidth")
        if width > 375:
            too_wide[url] = (width, page.evaluate(WIDEST))
    assert too_wide == {}
