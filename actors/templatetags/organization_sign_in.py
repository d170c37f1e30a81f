"""The login page's button for signing in with the organization's own identity provider (actors.oidc)."""

from django import template

from actors.oidc import organization_sign_in_enabled

register = template.Library()


@register.inclusion_tag("registration/organization_sign_in.html", takes_context=True)
def organization_sign_in(context):
    """Nothing unless the sign-in is configured; else a link to it that keeps where the person was going."""
    return {"enabled": organization_sign_in_enabled(), "next": context.get("next", "")}
