"""`{% cachedpart %}`: a part of a page rendered once per version of what it shows.

    {% load cached %}
    {% cachedpart "steer-dashboard" collaboration request.GET.part %} … {% endcachedpart %}

The key (`core.generations.version_of`) names the collaboration's change counter (or, when the second
argument is None, every counter), the viewer's permission scope, the language, the day, the address
asked for (the request's path and its query string with the parameters in sorted order, so that `?a=1&b=2`
and `?b=2&a=1` share an entry and nothing rendered for one address is shown at another) and the extra
arguments; any change moves it. A view keeps its heavy context lazy (`core.views.lazy`) so that nothing
is computed when the part is found. A CSRF token belongs to one browser: the part is kept with a mark
where a token goes, and each request puts its own token there.
"""

from typing import Any
from urllib.parse import urlencode

from django import template
from django.template.base import FilterExpression, NodeList, Parser, Token
from django.template.context import Context
from django.utils.safestring import mark_safe

from core.generations import remember, version_of

register = template.Library()

CSRF_MARK = "__csrf_token_of_this_request__"


class CachedPartNode(template.Node):
    def __init__(
        self,
        nodelist: NodeList,
        name: FilterExpression,
        collaboration: FilterExpression,
        extras: list[FilterExpression],
    ) -> None:
        self.nodelist, self.name, self.collaboration, self.extras = nodelist, name, collaboration, extras

    def render(self, context: Context) -> str:
        request = context.get("request")
        collaboration = self.collaboration.resolve(context)
        extras = [str(e.resolve(context)) for e in self.extras]
        if request is None:
            return self.nodelist.render(context)
        key = version_of(
            request.user,
            getattr(collaboration, "pk", None),
            self.name.resolve(context),
            request.path,
            _sorted_query(request.GET),
            *extras,
        )

        def render_with_mark() -> Any:
            with context.push(csrf_token=CSRF_MARK):
                return self.nodelist.render(context)

        html: str = remember(key, render_with_mark)
        if CSRF_MARK in html:
            html = html.replace(CSRF_MARK, str(context.get("csrf_token", "")))
        return mark_safe(html)


def _sorted_query(query: Any) -> str:
    """The query string with its parameters sorted by name (the values of one name keep their order,
    which a view may read as meaningful)."""
    return urlencode(sorted(query.lists()), doseq=True)


@register.tag
def cachedpart(parser: Parser, token: Token) -> CachedPartNode:
    bits = token.split_contents()
    if len(bits) < 3:
        raise template.TemplateSyntaxError("{% cachedpart name collaboration [extra …] %}")
    nodelist = parser.parse(("endcachedpart",))
    parser.delete_first_token()
    name, collaboration, *extras = (parser.compile_filter(b) for b in bits[1:])
    return CachedPartNode(nodelist, name, collaboration, extras)
