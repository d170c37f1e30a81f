"""What a browser would send for a form on a page: every named input, textarea and select with the
value the page shows (checked boxes, selected options), as a dict for the test client's POST."""

from __future__ import annotations

from html.parser import HTMLParser


class _FormParser(HTMLParser):
    def __init__(self, action: str | None):
        super().__init__(convert_charrefs=True)
        self.action = action
        self.inside = False
        self.done = False
        self.data: dict[str, list[str]] = {}
        self._textarea: str | None = None
        self._select: str | None = None
        self._option: dict[str, str | None] | None = None
        self._options: list[tuple[str, bool]] = []
        self._multiple = False

    def _add(self, name: str, value: str) -> None:
        self.data.setdefault(name, []).append(value)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and not self.done and not self.inside:
            # By default the form that posts to its own page (no action), not the header's search or logout.
            self.inside = a.get("action") == self.action if self.action else not a.get("action")
            return
        if not self.inside:
            return
        name = a.get("name")
        if tag == "input" and name:
            kind = (a.get("type") or "text").lower()
            if kind in ("submit", "button", "file", "image", "reset"):
                return
            if kind in ("checkbox", "radio"):
                if "checked" in a:
                    self._add(name, a.get("value") or "on")
                return
            self._add(name, a.get("value") or "")
        elif tag == "textarea" and name:
            self._textarea = name
            self._add(name, "")
        elif tag == "select" and name:
            self._select, self._options, self._multiple = name, [], "multiple" in a
        elif tag == "option" and self._select:
            self._option = {"value": a.get("value"), "selected": "selected" in a, "text": ""}

    def handle_data(self, data):
        if self._textarea:
            self.data[self._textarea][-1] += data
        elif self._option is not None:
            self._option["text"] = (self._option["text"] or "") + data

    def handle_endtag(self, tag):
        if not self.inside:
            return
        if tag == "form":
            self.inside, self.done = False, True
        elif tag == "textarea":
            self._textarea = None
        elif tag == "option" and self._option is not None:
            value = self._option["value"]
            self._options.append(
                (value if value is not None else (self._option["text"] or "").strip(), bool(self._option["selected"]))
            )
            self._option = None
        elif tag == "select" and self._select:
            chosen = [v for v, selected in self._options if selected]
            if not chosen and self._options and not self._multiple:
                chosen = [self._options[0][0]]  # a single select shows its first option
            for value in chosen:
                self._add(self._select, value)
            self._select = None


def form_data(html: str, action: str | None = None) -> dict[str, list[str] | str]:
    """The values of the form that posts to its own page (or of the first one posting to `action`)."""
    parser = _FormParser(action)
    parser.feed(html)
    return {name: values if len(values) > 1 else values[0] for name, values in parser.data.items()}
