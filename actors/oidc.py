"""Sign-in with the organization's own identity provider (OpenID Connect, mozilla-django-oidc).

The provider proves who the person is; this backend only finds the account that person already has here, by
the e-mail address the provider vouches for. It never creates an account and never gives or changes anything
(names, roles, rights): an account comes from an invitation, and what it may do from the person's roles.

When a sign-in is refused, the reason is left on the request (`REFUSAL`) for the callback view
(`actors.views.OrganizationSignInCallbackView`) to tell the person; the address is told back only to the person
the provider has just proved it belongs to.
"""

from __future__ import annotations

import datetime
import logging
from typing import Any

import jwt
from django.conf import settings
from django.core.exceptions import PermissionDenied, SuspiciousOperation
from mozilla_django_oidc.auth import OIDCAuthenticationBackend

from actors.models import User

logger = logging.getLogger(__name__)

CLOCK_SKEW = datetime.timedelta(minutes=2)  # how far the provider's clock may be from ours
REFUSAL = "samverkan_oidc_refusal"  # request attribute: (reason, e-mail address or "")
NO_EMAIL, UNVERIFIED, NO_ACCOUNT = "no_email", "unverified", "no_account"


def organization_sign_in_enabled() -> bool:
    """Whether the sign-in is configured: its backend is in AUTHENTICATION_BACKENDS (settings put it there
    only when OIDC_RP_CLIENT_ID is set)."""
    return settings.OIDC_BACKEND in settings.AUTHENTICATION_BACKENDS


def _email(claims: dict[str, Any]) -> str:
    email = claims.get("email")
    return email.strip() if isinstance(email, str) else ""


class OrganizationAccountBackend(OIDCAuthenticationBackend):
    """Matches the person the provider signed in to an existing, active account by e-mail address."""

    def _refuse(self, reason: str, email: str = "") -> None:
        setattr(self.request, REFUSAL, (reason, email))

    def authenticate(self, request: Any, **kwargs: Any) -> User | None:
        """A sign-in whose answer does not hold (a token not for this site, out of its time, or with another
        signature) is refused like any other: back to the login page, not an error page. Only the callback's
        call is one (it passes the nonce): a password login never reaches the provider, whatever its query."""
        if "nonce" not in kwargs:
            return None
        try:
            user: User | None = super().authenticate(request, **kwargs)
        except SuspiciousOperation as error:
            logger.warning("OIDC sign-in refused: %s", error)
            return None
        return user

    def get_payload_data(self, token: str, key: Any) -> dict[str, Any]:
        """The ID token's claims, once its signature (RS256 with the provider's key), its audience (this site)
        and its times are checked, allowing CLOCK_SKEW between the provider's clock and ours. (The library's
        own check allows none, and does not check the audience.)"""
        if jwt.get_unverified_header(token).get("alg") != self.OIDC_RP_SIGN_ALGO:
            raise SuspiciousOperation(f"The ID token is not signed with {self.OIDC_RP_SIGN_ALGO}.")
        try:
            payload: dict[str, Any] = jwt.decode(
                token,
                key,
                algorithms=[self.OIDC_RP_SIGN_ALGO],
                audience=self.OIDC_RP_CLIENT_ID,
                leeway=CLOCK_SKEW,
                options={"require": ["exp", "iat", "aud"]},
            )
        except jwt.InvalidTokenError as error:
            raise SuspiciousOperation(f"The ID token is not valid: {error}") from error
        return payload

    def verify_claims(self, claims: dict[str, Any]) -> bool:
        """An e-mail address is required; when the provider says whether it verified it, it must have."""
        email = _email(claims)
        if not email:
            self._refuse(NO_EMAIL)
            return False
        # Entra ID sends no email_verified (its addresses are set by the organization's administrators);
        # a provider that sends it and says false has not seen the person prove the address.
        if "email_verified" in claims and claims["email_verified"] not in (True, "true"):
            self._refuse(UNVERIFIED, email)
            return False
        return True

    def filter_users_by_claims(self, claims: dict[str, Any]) -> Any:
        """The active account with this address, in any case (addresses are kept in lower case, a provider
        may send "Anna.Berg@Kommun.se"). A deactivated account is not found."""
        users = User.objects.filter(email__iexact=_email(claims), is_active=True)
        if not users.exists():
            self._refuse(NO_ACCOUNT, _email(claims))
        return users

    def create_user(self, claims: dict[str, Any]) -> User:
        """Never: a sign-in does not create an account (OIDC_CREATE_USER is False; this is the second lock)."""
        self._refuse(NO_ACCOUNT, _email(claims))
        raise PermissionDenied("An account is created by an invitation, not by a sign-in.")

    def update_user(self, user: User, claims: dict[str, Any]) -> User:
        """Nothing of the account changes: names and the address are the person's own here."""
        return user

    def get_user(self, user_id: Any) -> User | None:
        """The account of a session signed in this way, while it is active (a deactivated account's open
        sessions end with the next request, as with a password)."""
        return User.objects.filter(pk=user_id, is_active=True).first()
