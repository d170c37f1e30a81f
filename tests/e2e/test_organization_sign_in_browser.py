"""Sign-in with the organization's own account, in Chromium, against the real test provider (tests/oidc): the
login page with its button and with a refusal passes axe and fits a 375 px screen."""

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import follow
from tests.factories.actors import user_for

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True), pytest.mark.real_clock]

BUTTON = "Logga in med din organisations konto"


def fits_the_screen(page) -> bool:
    return page.evaluate("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth")


def sign_in_at_the_provider(page, account: str) -> None:
    page.get_by_label("Account").fill(account)
    follow(page, page.get_by_role("button", name="Sign in"))


def test_a_person_signs_in_with_their_organizations_account_and_lands_where_they_were_going(
    page, axe, organization_sign_in, live_server
):
    user_for(email="anna.berg@kommun.example.se", first_name="Anna", last_name="Berg")
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto("/personer/")  # a page for logged-in people sends to the login page

    axe.check(page, "login-with-organization")
    assert fits_the_screen(page)
    follow(page, page.get_by_role("link", name=BUTTON))
    sign_in_at_the_provider(page, "anna")

    expect(page).to_have_url(f"{live_server.url}/personer/")
    expect(page.locator(".user-tools").get_by_role("link", name="Anna Berg")).to_be_visible()
    expect(page.get_by_role("button", name="Logga ut")).to_be_visible()


def test_an_address_without_an_account_comes_back_to_the_login_page_saying_what_to_do(
    page, axe, organization_sign_in, live_server
):
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto("/logga-in/")
    follow(page, page.get_by_role("link", name=BUTTON))
    sign_in_at_the_provider(page, "stranger")

    expect(page).to_have_url(f"{live_server.url}/logga-in/")
    expect(page.get_by_role("status")).to_contain_text(
        "Det finns inget konto för den e-postadressen i Samverkan. Be samordnaren om en inbjudan."
    )
    expect(page.get_by_role("button", name="Logga ut")).to_have_count(0)
    axe.check(page, "login-with-organization-refused")
    assert fits_the_screen(page)
