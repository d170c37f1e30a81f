"""Login throttling (django-axes): after 10 failures within 15 minutes an account, and an address, can no longer
log in for 15 minutes, on the login page; the page says until when."""

import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from rest_framework.authtoken.models import Token

from tests.factories.actors import user_for

pytestmark = pytest.mark.django_db

PASSWORD = "pw-for-tests"  # tests.factories.actors.user_for
START = datetime.datetime(2025, 3, 4, 9, 0, tzinfo=ZoneInfo("Europe/Stockholm"))
LOCKED = "För många misslyckade inloggningsförsök"


def _login(client, email, password, *, address="192.0.2.1"):
    return client.post("/logga-in/", {"username": email, "password": password}, REMOTE_ADDR=address)


def _logged_in(client) -> bool:
    return "_auth_user_id" in client.session


def test_fifty_wrong_passwords_then_the_right_one_does_not_log_in_until_the_cool_off_has_passed(client):
    user = user_for(email="kommunchef@example.se")
    with time_machine.travel(START, tick=False) as traveller:
        for minute in range(50):
            traveller.move_to(START + datetime.timedelta(seconds=10 * minute))
            _login(client, user.email, f"fel-{minute}")

        refused = _login(client, user.email, PASSWORD)

        assert refused.status_code == 429
        assert not _logged_in(client)
        page = refused.content.decode()
        assert LOCKED in page
        # The 10th failure (at 09:01:30) locked it; the tries after it do not prolong the lock.
        assert "Försök igen klockan 09:16." in page
        assert refused["Retry-After"] == str(90 + 15 * 60 - 490)  # seconds from now (09:08:10) to 09:16:30

        traveller.move_to(START + datetime.timedelta(minutes=16, seconds=31))
        accepted = _login(client, user.email, PASSWORD)

        assert accepted.status_code == 302
        assert _logged_in(client)


def test_an_account_is_locked_whatever_the_address_and_however_its_address_is_written(client):
    user = user_for(email="samordnare@example.se")
    for n in range(10):
        _login(client, "Samordnare@Example.se " if n % 2 else user.email, "fel", address=f"198.51.100.{n}")

    refused = _login(client, user.email, PASSWORD, address="203.0.113.7")

    assert refused.status_code == 429
    assert not _logged_in(client)


def test_an_address_spraying_one_password_over_many_accounts_is_locked_but_not_everyone(client):
    victims = [user_for(email=f"person{n}@example.se") for n in range(11)]
    for victim in victims[:10]:
        _login(client, victim.email, "Sommar2025!", address="192.0.2.66")

    from_the_sprayer = _login(client, victims[10].email, PASSWORD, address="192.0.2.66")
    assert from_the_sprayer.status_code == 429
    assert not _logged_in(client)

    from_elsewhere = _login(client, victims[10].email, PASSWORD, address="192.0.2.67")
    assert from_elsewhere.status_code == 302
    assert _logged_in(client)


def test_a_token_of_the_api_still_works_while_the_account_is_locked(client, api):
    user = user_for(email="analytiker@example.se")
    for _ in range(10):
        _login(client, user.email, "fel")
    assert _login(client, user.email, PASSWORD).status_code == 429

    api.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=user).key}")
    response = api.get("/api/me/")

    assert response.status_code == 200
    assert response.json()["user"] == "analytiker@example.se"


def test_a_few_wrong_passwords_do_not_stop_the_right_one(client):
    user = user_for(email="ordforande@example.se")
    for _ in range(9):
        _login(client, user.email, "fel")

    assert _login(client, user.email, PASSWORD).status_code == 302
    assert _logged_in(client)


def test_behind_a_proxy_each_visitor_is_its_own_address_and_a_forged_one_does_not_help(client, settings):
    settings.PROXY_COUNT = 1
    victims = [user_for(email=f"kollega{n}@example.se") for n in range(11)]
    for n, victim in enumerate(victims[:10]):  # the sprayer forges a new leftmost address each time
        client.post(
            "/logga-in/",
            {"username": victim.email, "password": "Sommar2025!"},
            REMOTE_ADDR="10.0.0.1",
            HTTP_X_FORWARDED_FOR=f"203.0.113.{n}, 192.0.2.66",
        )

    def login_via_proxy(visitor):
        return client.post(
            "/logga-in/",
            {"username": victims[10].email, "password": PASSWORD},
            REMOTE_ADDR="10.0.0.1",
            HTTP_X_FORWARDED_FOR=visitor,
        )

    assert login_via_proxy("192.0.2.66").status_code == 429
    assert login_via_proxy("192.0.2.67").status_code == 302
