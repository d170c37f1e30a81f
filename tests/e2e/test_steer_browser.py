"""The steering in Chromium: Blekinge's coordinator reads the dashboard, finds why youth unemployment is
off track (women and men apart), enters a value by keyboard and sees it; every steering page passes
axe-core."""

import datetime
import re

import pytest
from playwright.sync_api import expect

from tests.e2e.test_browser import login

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

BLEKINGE = "/samverkan/blekinge-unga-lyfter/styrning/"
INDICATOR = "Ungdomsarbetslöshet 15–29 år (öppet arbetslösa och i program)"


def test_the_coordinator_reads_why_and_enters_a_value_by_keyboard(world, page, axe):
    login(page, "samordnare@regionblekinge.example")
    page.goto("/samverkan/blekinge-unga-lyfter/")
    page.get_by_role("link", name="Styrning", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Läget")
    row = page.locator("tr", has_text=INDICATOR)
    expect(row).to_contain_text("Ur fas")  # the men are off track, and the goal holds for both
    expect(row.locator("td.num")).to_contain_text(re.compile(r"\(Blekinge[^,]*, män, \d{4}\)"))  # whose value
    axe.check(page, "80-steer-dashboard")

    row.get_by_role("link", name=INDICATOR).click()
    why = page.locator("section", has=page.get_by_role("heading", name="Varför har indikatorn den här statusen?"))
    expect(why.get_by_role("heading", name=re.compile("Blekinge, kvinnor"))).to_contain_text("I fas")
    expect(why.get_by_role("heading", name=re.compile("Blekinge, män"))).to_contain_text("Ur fas")
    expect(why).to_contain_text("minst 50 % ger Risk")
    expect(page.locator("figure svg")).to_be_visible()
    expect(page.get_by_role("table", name=re.compile("Värden i diagrammet"))).to_contain_text("Blekinge, män")
    axe.check(page, "81-steer-indicator")

    page.get_by_label("Område").select_option(label="Blekinge län")
    page.get_by_role("textbox", name="År").fill("2018")
    page.get_by_label("Kön").select_option(label="Män")
    page.get_by_role("textbox", name="Värde").fill("abc")
    page.get_by_role("textbox", name="Värde").press("Enter")  # submit by keyboard
    expect(page.locator("main")).to_contain_text("Värde: ”abc” är inte ett tal.")
    axe.check(page, "82-steer-value-error")
    page.get_by_role("textbox", name="Värde").fill("12,4")
    page.get_by_label("Kommentar").fill("Preliminär siffra")
    page.get_by_role("textbox", name="Värde").press("Enter")
    page.wait_for_url(re.compile(r"/indikatorer/\d+/"))
    values = page.locator("section", has=page.get_by_role("heading", name="Inmatade värden"))
    expect(values.locator("tr", has_text="Preliminär siffra")).to_contain_text("12,4")


def test_a_baseline_typed_with_a_decimal_comma_is_saved_as_typed_not_as_62(world, page, axe):
    """Chromium turns "6,2" typed in a type="number" box into 62 (the comma read as a thousands
    separator), and the page saved that without a word. The box is a text box now; the server reads it."""
    from steer.models import Indicator

    indicator = Indicator.objects.get(name=INDICATOR)
    login(page, "samordnare@regionblekinge.example")
    page.goto(f"{BLEKINGE}indikatorer/{indicator.pk}/andra/")
    baseline = page.get_by_role("textbox", name="Utgångsvärde", exact=True)
    expect(baseline).to_have_attribute("inputmode", "decimal")
    baseline.fill("")
    baseline.press_sequentially("6,2")
    expect(baseline).to_have_value("6,2")
    baseline.press("Enter")
    page.wait_for_url(re.compile(rf"/indikatorer/{indicator.pk}/$"))
    indicator.refresh_from_db()
    assert indicator.baseline_value == 6.2
    axe.check(page, "80b-steer-indicator-baseline")


def test_pages_of_the_steering_pass_axe(world, page, axe):
    login(page, "samordnare@regionblekinge.example")
    for name, url in [
        ("83-steer-analysis", BLEKINGE + "analys/"),
        ("84-steer-goals", BLEKINGE + "mal/"),
        ("85-steer-rounds", BLEKINGE + "uppfoljning/"),
        ("86-steer-scans", BLEKINGE + "omvarld/"),
        ("87-steer-indicator-form", BLEKINGE + "indikatorer/ny/"),
        ("88-steer-goal-form", BLEKINGE + "mal/nytt/"),
        ("89-steer-analysis-form", BLEKINGE + "analys/ny-version/"),
        ("90-steer-evidence-form", BLEKINGE + "underlag/nytt/"),
        ("91-steer-party-view", BLEKINGE + "?part="),
    ]:
        page.goto(url)
        axe.check(page, name)
    page.goto(BLEKINGE + "mal/")
    page.get_by_role("link", name="Halvera ungdomsarbetslösheten till 2017").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Halvera ungdomsarbetslösheten till 2017")
    axe.check(page, "92-steer-goal")
    page.goto(BLEKINGE + "uppfoljning/")
    page.locator("tbody tr a").first.click()
    expect(page.get_by_role("heading", name="Resultat i förhållande till målen")).to_be_visible()
    axe.check(page, "93-steer-round")
    page.goto(BLEKINGE)
    page.get_by_label("Visa för", exact=True).select_option(label="Karlshamns kommun")
    page.get_by_role("button", name="Visa").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Vad Karlshamns kommun bidrar till")
    axe.check(page, "94-steer-party-karlshamn")
    login(page, "samordnare@regionorebrolan.example")
    page.goto("/samverkan/business-region-orebro/styrning/mal/")
    expect(page.locator("#konflikter").locator("..")).to_contain_text("översiktsplan")
    axe.check(page, "95-steer-bro-goals")


def test_closing_a_round_whose_period_has_not_begun_asks_first(world, page, axe):
    login(page, "samordnare@regionblekinge.example")
    page.goto(BLEKINGE + "uppfoljning/ny/")
    start = datetime.date.today() + datetime.timedelta(days=40)
    page.get_by_role("textbox", name="Rubrik").fill("Uppföljning nästa år")
    page.get_by_role("textbox", name="Uppföljningsår").fill(str(start.year))
    page.get_by_label("Startar").fill(start.isoformat())
    page.get_by_label("Klar senast").fill((start + datetime.timedelta(days=60)).isoformat())
    page.get_by_role("button", name="Spara", exact=True).click()
    page.wait_for_url(re.compile(r"/uppfoljning/\d+/$"))
    expect(page.locator("#period-ej-borjat")).to_contain_text("Omgångens period har inte börjat")
    axe.check(page, "96-steer-round-not-begun")
    confirm = page.get_by_label("Ja, avsluta omgången fast perioden inte har börjat")
    page.get_by_role("button", name="Avsluta omgången och spara läget").click()
    expect(page.locator("#period-ej-borjat")).to_be_visible()  # the browser asks for the box first
    confirm.check()
    page.get_by_role("button", name="Avsluta omgången och spara läget").click()
    expect(page.locator("main")).to_contain_text("Omgången är avslutad")
    expect(page.get_by_role("button", name="Avsluta omgången och spara läget")).to_have_count(0)
