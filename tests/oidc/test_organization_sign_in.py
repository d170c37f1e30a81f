"""Sign-in with the organization's own identity provider (OpenID Connect), against a real provider (npm
oidc-provider, tests/oidc/provider.mjs): the whole flow through the live server, as a browser follows it.

The provider proves who the person is; Samverkan lets them in only to the active account that already has
that e-mail address, and never creates an account or changes one."""

import datetime
import io
from urllib.parse import quote

import pytest
import requests
import time_machine
from django.core.management import CommandError, call_command

from actors.models import User
from tests.factories.actors import user_for

NO_ACCOUNT = "Det finns inget konto för den e-postadressen i Samverkan. Be samordnaren om en inbjudan."

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.real_clock]  # its tokens carry real times


def sign_in(live_server, provider, account: str, *, next_url: str = "") -> tuple[requests.Session, requests.Response]:
    """What a browser does: Samverkan sends it to the provider, the person signs in there as `account`, the
    provider sends it back to Samverkan's callback. Returns the browser and the page it ends on."""
    browser = requests.Session()
    start = browser.get(
        f"{live_server.url}/oidc/authenticate/" + (f"?next={quote(next_url)}" if next_url else ""), timeout=15
    )
    assert start.url.startswith(f"{provider.issuer}/interaction/"), start.text
    return browser, browser.post(start.url, data={"account": account}, timeout=15)


def logged_in(browser: requests.Session, live_server) -> bool:
    """Whether a page for logged-in users opens (else it sends to the login page)."""
    return browser.get(f"{live_server.url}/personer/", allow_redirects=False, timeout=15).status_code == 200


@pytest.mark.parametrize("account", ["anna", "anna-capitals"])
def test_a_person_signed_in_by_their_organization_is_logged_in_to_their_own_account(
    account, live_server, organization_sign_in
):
    anna = user_for(email="anna.berg@kommun.example.se", first_name="Anna", last_name="Berg")
    users = User.objects.count()

    browser, page = sign_in(live_server, organization_sign_in, account, next_url="/personer/")

    assert page.status_code == 200
    assert page.url == f"{live_server.url}/personer/"  # where they were going
    assert "Anna Berg" in page.text and "Logga ut" in page.text
    assert logged_in(browser, live_server)
    assert User.objects.count() == users
    anna.refresh_from_db()
    assert (anna.first_name, anna.last_name, anna.email) == ("Anna", "Berg", "anna.berg@kommun.example.se")
    assert anna.last_login is not None


def test_a_provider_that_does_not_say_whether_it_verified_the_address_is_trusted_like_entra_id(
    live_server, organization_sign_in
):
    user_for(email="erik.lind@region.example.se", first_name="Erik", last_name="Lind")

    browser, page = sign_in(live_server, organization_sign_in, "entra")

    assert page.url == f"{live_server.url}/"
    assert "Erik Lind" in page.text
    assert logged_in(browser, live_server)


def test_an_address_without_an_account_is_not_let_in_and_no_account_is_created(live_server, organization_sign_in):
    user_for(email="anna.berg@kommun.example.se")
    users = User.objects.count()

    browser, page = sign_in(live_server, organization_sign_in, "stranger")

    assert page.url == f"{live_server.url}/logga-in/"
    assert "Du loggade in hos din organisation som okand@kommun.example.se." in page.text
    assert NO_ACCOUNT in page.text
    assert not logged_in(browser, live_server)
    assert User.objects.count() == users
    assert not User.objects.filter(email__iexact="okand@kommun.example.se").exists()


def test_a_deactivated_account_is_not_let_in(live_server, organization_sign_in):
    anna = user_for(email="anna.berg@kommun.example.se")
    User.objects.filter(pk=anna.pk).update(is_active=False)
    users = User.objects.count()

    browser, page = sign_in(live_server, organization_sign_in, "anna")

    assert page.url == f"{live_server.url}/logga-in/"
    assert NO_ACCOUNT in page.text
    assert not logged_in(browser, live_server)
    assert User.objects.count() == users
    anna.refresh_from_db()
    assert anna.last_login is None


def test_a_session_signed_in_this_way_ends_when_the_account_is_deactivated(live_server, organization_sign_in):
    anna = user_for(email="anna.berg@kommun.example.se")
    browser, _ = sign_in(live_server, organization_sign_in, "anna")
    assert logged_in(browser, live_server)

    User.objects.filter(pk=anna.pk).update(is_active=False)

    assert not logged_in(browser, live_server)


@pytest.mark.parametrize(
    ("account", "message"),
    [
        (
            "unverified",
            "Din organisation har inte bekräftat e-postadressen anna.berg@kommun.example.se, så den kan inte "
            "användas för att logga in.",
        ),
        ("no-email", "Din organisations inloggning gav ingen e-postadress"),
    ],
)
def test_an_address_the_provider_did_not_verify_or_did_not_give_lets_no_one_in(
    account, message, live_server, organization_sign_in
):
    user_for(email="anna.berg@kommun.example.se")

    browser, page = sign_in(live_server, organization_sign_in, account)

    assert page.url == f"{live_server.url}/logga-in/"
    assert message in page.text
    assert not logged_in(browser, live_server)


def test_cancelling_at_the_provider_comes_back_to_the_login_page_saying_so(live_server, organization_sign_in):
    browser = requests.Session()
    start = browser.get(f"{live_server.url}/oidc/authenticate/", timeout=15)

    page = browser.post(start.url, data={"cancel": "1"}, timeout=15)

    assert page.url == f"{live_server.url}/logga-in/"
    assert "Inloggningen med din organisations konto blev inte av." in page.text
    assert not logged_in(browser, live_server)


def test_an_address_locked_out_after_wrong_passwords_cannot_sign_in_this_way_either(
    live_server, organization_sign_in, settings
):
    settings.AXES_FAILURE_LIMIT = 3
    anna = user_for(email="anna.berg@kommun.example.se")
    guesser = requests.Session()
    guesser.get(f"{live_server.url}/logga-in/", timeout=15)  # the form's CSRF cookie
    for attempt in range(3):
        guesser.post(
            f"{live_server.url}/logga-in/",
            data={
                "username": "x@example.se",
                "password": f"fel-{attempt}",
                "csrfmiddlewaretoken": guesser.cookies["csrftoken"],
            },
            timeout=15,
        )

    browser, page = sign_in(live_server, organization_sign_in, "anna")

    assert page.status_code == 429
    assert "För många misslyckade inloggningsförsök" in page.text
    assert not logged_in(browser, live_server)
    anna.refresh_from_db()
    assert anna.last_login is None


def _our_clock_behind_the_providers(minutes: int):
    real_now = time_machine.escape_hatch.datetime.datetime.now(tz=datetime.UTC)
    return time_machine.travel(real_now - datetime.timedelta(minutes=minutes), tick=True)


def test_a_provider_whose_clock_is_a_minute_ahead_of_ours_is_trusted(live_server, organization_sign_in):
    user_for(email="anna.berg@kommun.example.se")

    with _our_clock_behind_the_providers(minutes=1):
        browser, page = sign_in(live_server, organization_sign_in, "anna")
        assert page.url == f"{live_server.url}/"
        assert logged_in(browser, live_server)


def test_a_token_out_of_its_time_lets_no_one_in_and_says_so_on_the_login_page(live_server, organization_sign_in):
    user_for(email="anna.berg@kommun.example.se")

    with _our_clock_behind_the_providers(minutes=10):  # its ID token is not valid yet
        browser, page = sign_in(live_server, organization_sign_in, "anna")
        assert page.url == f"{live_server.url}/logga-in/"
        assert "Inloggningen med din organisations konto blev inte av." in page.text
        assert not logged_in(browser, live_server)


def test_the_endpoints_to_configure_are_printed_from_the_providers_discovery_document(oidc_provider):
    out = io.StringIO()

    call_command("oidc_endpoints", oidc_provider.issuer, stdout=out)

    assert out.getvalue().splitlines() == [
        f"OIDC_OP_AUTHORIZATION_ENDPOINT={oidc_provider.authorization_endpoint}",
        f"OIDC_OP_TOKEN_ENDPOINT={oidc_provider.token_endpoint}",
        f"OIDC_OP_USER_ENDPOINT={oidc_provider.userinfo_endpoint}",
        f"OIDC_OP_JWKS_ENDPOINT={oidc_provider.jwks_uri}",
    ]


def test_an_address_without_a_discovery_document_is_named_in_the_error(oidc_provider):
    with pytest.raises(CommandError, match=f"No discovery document at {oidc_provider.issuer}/nothing"):
        call_command("oidc_endpoints", f"{oidc_provider.issuer}/nothing")
