"""The sign-in with the organization's own identity provider as configuration turns it on and off: the login
page's button, its pages, the backend and the environment variables (samverkan/settings.py)."""

import os
import subprocess
import sys

import pytest

from tests.oidc.fixtures import ROOT

pytestmark = pytest.mark.django_db
BUTTON = "Logga in med din organisations konto"


def test_the_login_page_offers_the_organizations_sign_in_when_it_is_configured(client, settings):
    settings.AUTHENTICATION_BACKENDS = [*settings.AUTHENTICATION_BACKENDS, settings.OIDC_BACKEND]

    page = client.get("/logga-in/?next=/personer/").content.decode()

    assert BUTTON in page
    assert 'href="/oidc/authenticate/?next=/personer/"' in page


def test_without_configuration_nothing_of_it_appears(client, settings):
    assert settings.OIDC_BACKEND not in settings.AUTHENTICATION_BACKENDS

    assert BUTTON not in client.get("/logga-in/").content.decode()
    assert client.get("/oidc/authenticate/").status_code == 404
    assert client.get("/oidc/callback/?code=x&state=y").status_code == 404


def _settings_from(environment: dict[str, str]) -> subprocess.CompletedProcess:
    """samverkan/settings.py read in a fresh process with these variables (and no .env of the checkout's)."""
    code = (
        "from django.conf import settings; "
        "print(settings.AUTHENTICATION_BACKENDS); print(settings.OIDC_OP_JWKS_ENDPOINT)"
    )
    env = {key: value for key, value in os.environ.items() if not key.startswith("OIDC_")}
    env.update(environment, DJANGO_SETTINGS_MODULE="samverkan.settings")
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)


def test_the_environment_turns_it_on_after_the_login_throttle_and_the_password_backends():
    tenant = "https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000"
    result = _settings_from(
        {
            "OIDC_RP_CLIENT_ID": "samverkan",
            "OIDC_RP_CLIENT_SECRET": "secret",
            "OIDC_OP_AUTHORIZATION_ENDPOINT": f"{tenant}/oauth2/v2.0/authorize",
            "OIDC_OP_TOKEN_ENDPOINT": f"{tenant}/oauth2/v2.0/token",
            "OIDC_OP_USER_ENDPOINT": "https://graph.microsoft.com/oidc/userinfo",
            "OIDC_OP_JWKS_ENDPOINT": f"{tenant}/discovery/v2.0/keys",
        }
    )

    assert result.returncode == 0, result.stderr
    backends, jwks = result.stdout.splitlines()
    assert backends == str(
        [
            "axes.backends.AxesStandaloneBackend",
            "rules.permissions.ObjectPermissionBackend",
            "django.contrib.auth.backends.ModelBackend",
            "actors.oidc.OrganizationAccountBackend",
        ]
    )
    assert jwks == f"{tenant}/discovery/v2.0/keys"


def test_a_client_id_without_the_rest_of_the_configuration_refuses_to_start_naming_what_is_missing():
    result = _settings_from({"OIDC_RP_CLIENT_ID": "samverkan"})

    assert result.returncode != 0
    assert "OIDC_RP_CLIENT_SECRET" in result.stderr


def test_a_password_login_with_code_and_state_in_its_address_does_not_reach_the_provider(client, settings):
    settings.OIDC_RP_CLIENT_ID = "samverkan"
    settings.OIDC_RP_CLIENT_SECRET = "secret"
    unreachable = "http://127.0.0.1:9"  # the discard port: nothing answers
    settings.OIDC_OP_AUTHORIZATION_ENDPOINT = f"{unreachable}/auth"
    settings.OIDC_OP_TOKEN_ENDPOINT = f"{unreachable}/token"
    settings.OIDC_OP_USER_ENDPOINT = f"{unreachable}/me"
    settings.OIDC_OP_JWKS_ENDPOINT = f"{unreachable}/jwks"
    settings.AUTHENTICATION_BACKENDS = [*settings.AUTHENTICATION_BACKENDS, settings.OIDC_BACKEND]

    page = client.post("/logga-in/?code=abc&state=def", {"username": "x@example.se", "password": "fel"})

    assert page.status_code == 200
    assert "E-postadressen eller lösenordet stämmer inte." in page.content.decode()
