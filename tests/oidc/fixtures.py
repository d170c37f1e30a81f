"""A real OpenID Connect provider for the sign-in tests: npm `oidc-provider` run by node (provider.mjs), one
process for the session, with a client registered for the live server's callback and the accounts below.
A plugin of tests/conftest.py, so that the browser tests (tests/e2e) share the same process."""

import json
import os
import selectors
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
CLIENT_ID = "samverkan-test"
CLIENT_SECRET = "a-secret-only-for-the-tests"  # noqa: S105

# The people the provider can sign in, by account id: what it says of each (its claims).
ACCOUNTS = {
    "anna": {
        "email": "anna.berg@kommun.example.se",
        "email_verified": True,
        "given_name": "Annika",  # names the provider has, which the account does not take
        "family_name": "Annorlunda",
    },
    "anna-capitals": {"email": "Anna.Berg@Kommun.Example.se", "email_verified": True},
    "entra": {"email": "erik.lind@region.example.se"},  # like Entra ID: no email_verified at all
    "unverified": {"email": "anna.berg@kommun.example.se", "email_verified": False},
    "stranger": {"email": "okand@kommun.example.se", "email_verified": True},
    "no-email": {"given_name": "Utan", "family_name": "Adress"},
}


@dataclass(frozen=True)
class OIDCProvider:
    issuer: str
    authorization_endpoint: str
    token_endpoint: str
    userinfo_endpoint: str
    jwks_uri: str


def _first_line(process: subprocess.Popen, seconds: float) -> str:
    selector = selectors.DefaultSelector()
    selector.register(process.stdout, selectors.EVENT_READ)
    ready = selector.select(timeout=seconds)
    selector.close()
    return process.stdout.readline() if ready else ""


@pytest.fixture(scope="session")
def oidc_provider(live_server):
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed: the OIDC sign-in tests run a real provider (npm oidc-provider) in it")
    if not (ROOT / "node_modules" / "oidc-provider" / "package.json").exists():
        pytest.fail("the npm package oidc-provider is missing: `make install-test-tools` installs it (npm ci)")
    config = {
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "redirect_uri": f"{live_server.url}/oidc/callback/",
        "accounts": ACCOUNTS,
    }
    with tempfile.TemporaryFile("w+") as errors:
        process = subprocess.Popen(
            [node, str(HERE / "provider.mjs")],
            stdin=subprocess.PIPE,  # the provider ends when this closes, also when the test run is killed
            stdout=subprocess.PIPE,
            stderr=errors,
            text=True,
            env={**os.environ, "OIDC_TEST_PROVIDER": json.dumps(config)},
        )
        try:
            line = _first_line(process, seconds=30)
            if not line:
                errors.seek(0)
                pytest.fail(f"the test OIDC provider did not start:\n{errors.read()}")
            issuer = json.loads(line)["issuer"]
            discovery = requests.get(f"{issuer}/.well-known/openid-configuration", timeout=10).json()
            yield OIDCProvider(
                issuer=issuer,
                authorization_endpoint=discovery["authorization_endpoint"],
                token_endpoint=discovery["token_endpoint"],
                userinfo_endpoint=discovery["userinfo_endpoint"],
                jwks_uri=discovery["jwks_uri"],
            )
        finally:
            process.stdin.close()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            process.stdout.close()


@pytest.fixture
def organization_sign_in(settings, oidc_provider) -> OIDCProvider:
    """The sign-in configured as the environment configures it (samverkan/settings.py), for this provider."""
    settings.OIDC_RP_CLIENT_ID = CLIENT_ID
    settings.OIDC_RP_CLIENT_SECRET = CLIENT_SECRET
    settings.OIDC_OP_AUTHORIZATION_ENDPOINT = oidc_provider.authorization_endpoint
    settings.OIDC_OP_TOKEN_ENDPOINT = oidc_provider.token_endpoint
    settings.OIDC_OP_USER_ENDPOINT = oidc_provider.userinfo_endpoint
    settings.OIDC_OP_JWKS_ENDPOINT = oidc_provider.jwks_uri
    settings.AUTHENTICATION_BACKENDS = [*settings.AUTHENTICATION_BACKENDS, settings.OIDC_BACKEND]
    return oidc_provider
