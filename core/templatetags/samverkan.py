"""Small template helpers shared by the apps."""

from django import template

register = template.Library()


@register.filter
def get_item(mapping, key):
    """`mapping|get_item:key` — a value from a dict (None when absent)."""
    return mapping.get(key) if hasattr(mapping, "get") else None
