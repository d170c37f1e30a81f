"""Prints the OIDC_OP_* lines for .env from an identity provider's discovery document (README "Sign-in with the
organization's account"): the endpoints are read from the environment, not fetched when the site starts."""

import requests
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

ENDPOINTS = {
    "OIDC_OP_AUTHORIZATION_ENDPOINT": "authorization_endpoint",
    "OIDC_OP_TOKEN_ENDPOINT": "token_endpoint",
    "OIDC_OP_USER_ENDPOINT": "userinfo_endpoint",
    "OIDC_OP_JWKS_ENDPOINT": "jwks_uri",
}
DISCOVERY = "/.well-known/openid-configuration"


class Command(BaseCommand):
    help = (
        "Print the OIDC_OP_* settings from a provider's discovery document, given its issuer "
        "(e.g. https://login.microsoftonline.com/TENANT/v2.0) or the document's address."
    )

    def add_arguments(self, parser):
        parser.add_argument("issuer", help="the issuer, or the address of its openid-configuration")

    def handle(self, *args, issuer, **options):
        url = issuer if issuer.rstrip("/").endswith(DISCOVERY) else issuer.rstrip("/") + DISCOVERY
        try:
            response = requests.get(url, timeout=settings.HTTP_TIMEOUT_SECONDS)
            response.raise_for_status()
            document = response.json()
        except (requests.RequestException, ValueError) as error:
            raise CommandError(f"No discovery document at {url}: {error}") from error
        missing = [key for key in ENDPOINTS.values() if not document.get(key)]
        if missing:
            raise CommandError(f"The discovery document at {url} names no {', '.join(missing)}.")
        if settings.OIDC_RP_SIGN_ALGO not in document.get("id_token_signing_alg_values_supported", []):
            raise CommandError(f"The provider does not sign ID tokens with {settings.OIDC_RP_SIGN_ALGO}.")
        for setting, key in ENDPOINTS.items():
            self.stdout.write(f"{setting}={document[key]}")
