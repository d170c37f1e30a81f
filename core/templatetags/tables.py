"""`{% scrolltable %}…{% /scrolltable %}` around a table: on a narrow screen the table scrolls inside its own
box, never the page (the box is a named region that takes keyboard focus, so it can be scrolled with the arrow
keys, as axe asks of a scrolling region). The region is named after the table's caption, or after the label
given: `{% scrolltable _("Värden") %}`. A builtin of the template engine (samverkan/settings.py), so no template
loads it; djlint does not indent its content, so wrapping a table leaves its lines as they are."""

from __future__ import annotations

import re
from html import unescape
from typing import Any

from django import template
from django.template.base import FilterExpression, Parser, Token
from django.utils.html import format_html, strip_tags
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

register = template.Library()

_CAPTION = re.compile(r"<caption\b[^>]*>(.*?)</caption>", re.DOTALL | re.IGNORECASE)


class ScrollTableNode(template.Node):
    def __init__(self, nodelist: template.NodeList, label: FilterExpression | None) -> None:
        self.nodelist = nodelist
        self.label = label

    def render(self, context: Any) -> str:
        content = self.nodelist.render(context)
        label = str(self.label.resolve(context)) if self.label is not None else ""
        if not label:
            caption = _CAPTION.search(content)
            label = " ".join(unescape(strip_tags(caption.group(1))).split()) if caption else _("Tabell")
        return format_html(
            '<div class="table-scroll" role="region" tabindex="0" aria-label="{}">{}</div>', label, mark_safe(content)
        )


@register.tag
def scrolltable(parser: Parser, token: Token) -> ScrollTableNode:
    bits = token.split_contents()
    if len(bits) > 2:
        raise template.TemplateSyntaxError("scrolltable takes at most one argument, the region's label")
    label = parser.compile_filter(bits[1]) if len(bits) == 2 else None
    nodelist = parser.parse(("/scrolltable",))
    parser.delete_first_token()
    return ScrollTableNode(nodelist, label)
