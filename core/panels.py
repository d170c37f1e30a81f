"""Panels: what an app above shows on a page of an app below it, without the app below knowing it.

A page of a lower app (an organization's page in `actors`, a body's page in `organize`, the overview of a
collaboration) names a *place* in its template, ``{% panels "organize.body" body %}`` (load
`samverkan`). An app above registers a provider for the place in its `AppConfig.ready`:

    panels.register("organize.body", "lead/panels/body.html", provider)

`provider(request, obj)` returns the context of the panel's template (it reads through the gateway, as the
request's user), or None to show nothing. Panels are drawn in the order they were registered; a page
never imports the apps that fill its places, so the layers hold (`lint-imports`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.http import HttpRequest

Provider = Callable[[HttpRequest, Any], dict[str, Any] | None]


@dataclass(frozen=True)
class Panel:
    template: str
    provider: Provider


_PLACES: dict[str, list[Panel]] = {}


def register(place: str, template: str, provider: Provider) -> None:
    """Show `template` with `provider`'s context at `place` (a provider registered twice is kept once)."""
    panels = _PLACES.setdefault(place, [])
    panel = Panel(template, provider)
    if panel not in panels:
        panels.append(panel)


def panels_for(place: str) -> list[Panel]:
    return list(_PLACES.get(place, []))
