"""Accounts in the browser: a coordinator sends an invitation again from the collaboration's Konton page,
the invited person opens the link, chooses a password and lands logged in on their collaborations; the
page Användare passes axe and fits a 375 px wide screen."""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from tests.e2e.conftest import follow
from tests.e2e.test_browser import login
from tests.factories.actors import sent_link

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

NEW_PASSWORD = "Ljus-over-Svartan-2026"


def _fits(page, width=375):
    page.set_viewport_size({"width": width, "height": 800})
    overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"{page.url} is {overflow} px wider than a {width} px screen"


def test_an_invited_person_sets_a_password_and_lands_on_their_collaborations(world, browser, page, axe, live_server):
    login(page, "samordnare@regionorebrolan.example")
    page.goto("/samverkan/business-region-orebro/")
    follow(page, page.get_by_role("link", name="Konton för parternas personer"))
    expect(page.get_by_role("heading", name="Konton för parternas personer")).to_be_visible()
    axe.check(page, "acc-01-collaboration-accounts")
    _fits(page)
    row = page.get_by_role("row").filter(has_text="Hanna Sjöberg")
    expect(row).to_contain_text("Inbjuden, länken gäller till")
    follow(page, row.get_by_role("button", name=re.compile("Skicka igen")))
    expect(page.get_by_text("En ny länk är skickad till utvecklare@orebro.example")).to_be_visible()
    link = sent_link(mail.outbox[-1])

    invited = browser.new_context(locale="sv-SE", base_url=live_server.url).new_page()
    invited.goto(link)
    expect(invited.get_by_role("heading", name="Välkommen till Samverkan")).to_be_visible()
    expect(invited.get_by_text("Du är inbjuden som Hanna Sjöberg")).to_be_visible()
    invited.locator("#id_new_password1").fill(NEW_PASSWORD)
    invited.locator("#id_new_password2").fill("något annat")
    follow(invited, invited.get_by_role("button", name="Spara lösenord och logga in"))
    expect(invited.get_by_text("De två lösenordsfälten stämmer inte överens.")).to_be_visible()
    invited.locator("#id_new_password1").fill(NEW_PASSWORD)
    invited.locator("#id_new_password2").fill(NEW_PASSWORD)
    follow(invited, invited.get_by_role("button", name="Spara lösenord och logga in"))
    expect(invited.get_by_text("Välkommen! Ditt konto är klart och du är inloggad.")).to_be_visible()
    expect(invited.get_by_role("link", name="Hanna Sjöberg")).to_be_visible()  # logged in, as herself
    expect(invited.get_by_role("link", name=re.compile("Business Region Örebro")).first).to_be_visible()
    invited.goto(link)
    expect(invited.get_by_text("Länken är redan använd")).to_be_visible()
    invited.context.close()


def test_the_accept_page_and_the_users_page_pass_axe_and_fit_a_phone(world, page, axe):
    page.goto("/inbjudan/finns-inte/")
    expect(page.get_by_role("heading", name="Inbjudan gäller inte")).to_be_visible()
    axe.check(page, "acc-02-invitation-refused")
    page.goto("/glomt-losenord/")
    axe.check(page, "acc-03-password-reset")
    login(page, "admin@samverkan.example")
    follow(page, page.get_by_role("navigation", name="Huvudmeny").get_by_role("link", name="Användare"))
    expect(page.get_by_role("heading", name="Användare", exact=True)).to_be_visible()
    expect(page.get_by_text("Aldrig inloggad").first).to_be_visible()
    expect(page.get_by_role("row").filter(has_text="Hanna Sjöberg")).to_contain_text("Väntar på svar")
    axe.check(page, "acc-04-users")
    _fits(page)
    axe.check(page, "acc-05-users-375px")
    page.get_by_label("Organisation").select_option(label="Kumla kommun")
    follow(page, page.get_by_role("button", name="Filtrera"))
    expect(page.get_by_role("cell", name="kommunalrad@kumla.example", exact=True)).to_be_visible()
    expect(page.get_by_role("cell", name="samordnare@regionorebrolan.example", exact=True)).to_have_count(0)
