"""Small template helpers shared by the apps."""

from typing import Any

from django import template
from django.utils.safestring import mark_safe

from core.numbers import fixed_number, plain_number
from core.queries import any_in

register = template.Library()


@register.filter
def get_item(mapping: Any, key: Any) -> Any:
    """`mapping|get_item:key` — a value from a dict (None when absent)."""
    return mapping.get(key) if hasattr(mapping, "get") else None


@register.filter
def num(value: Any, decimals: int | str = 2) -> str:
    """`value|num` — a number with up to two decimals, no trailing zeros, thousands apart, in the active
    language: "1 000,5" in Swedish (a no-break space), "1,000.5" in English ("–" when missing)."""
    if value is None or value == "":
        return "–"
    return plain_number(value, int(decimals), grouped=True)


@register.filter
def amount(value: Any, decimals: int | str = 2) -> str:
    """`value|amount` — money (or another amount) with exactly two decimals, thousands apart, in the
    active language: "7 000 000,00"; empty when missing, so that `|default:` can say what is unknown."""
    if value is None or value == "":
        return ""
    return fixed_number(value, int(decimals))


@register.simple_tag
def anything_hidden(model_label: str, collaboration: Any) -> bool:
    """`{% anything_hidden "organize.Agreement" collaboration as hidden %}` where a list the reader sees is
    empty: True when the collaboration holds such objects all the same (they are hidden from the reader)."""
    return any_in(model_label, collaboration)


@register.simple_tag(takes_context=True)
def panels(context: Any, place: str, obj: Any) -> str:
    """`{% panels "organize.body" body %}` — what the apps above draw at this place of the page (`core.panels`)."""
    from django.template.loader import render_to_string

    from core.panels import panels_for

    request = context.get("request")
    parts = []
    for panel in panels_for(place):
        panel_context = panel.provider(request, obj)
        if panel_context is not None:
            parts.append(render_to_string(panel.template, panel_context, request=request))
    return mark_safe("".join(parts))  # noqa: S308  # each part is a template rendered with autoescape
