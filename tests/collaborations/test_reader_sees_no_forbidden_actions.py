"""A reader is shown no link or button they may not use (issue 15 §5): the pages of a demo collaboration are
crawled as its reader, and every action found on them (change, add, remove, record, invite …) must open for the
reader; the server's refusal of what is not shown is tested by the permission matrix."""

import re
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from actors.models import User

START = "/samverkan/business-region-orebro/"
ALSO = ["/", "/samverkan/", "/organisationer/", "/personer/", "/omraden/", "/omraden/1880/", "/statistik/"]
ACTION = re.compile(
    r"/(andra|ny|nytt|ny-version|ta-bort|bjud-in|svar|avsluta|beslut|bedomning|egennytta|folj|import|rad|foretrader)"
    r"(/|$)"
)
PAGE_LIMIT = 120


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.found: list[tuple[str, str]] = []  # (how, url)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for name in ("href", "hx-get", "hx-post", "hx-delete"):
            if attrs.get(name):
                self.found.append((f"{tag}[{name}]", attrs[name]))
        if tag == "form" and attrs.get("action") and (attrs.get("method") or "get").lower() == "post":
            self.found.append(("form[post]", attrs["action"]))


def links_of(url: str, html: str) -> list[tuple[str, str]]:
    parser = Links()
    parser.feed(html)
    return [(how, urlsplit(urljoin(url, target)).path) for how, target in parser.found if not target.startswith("#")]


@pytest.mark.django_db
def test_a_reader_of_a_demo_collaboration_is_shown_no_action_they_may_not_use(demo, client):
    client.force_login(User.objects.get(email="lasare@karlskoga.example"))
    queue, seen, actions = deque([START, *ALSO]), set(), {}
    while queue and len(seen) < PAGE_LIMIT:
        url = queue.popleft()
        if url in seen:
            continue
        seen.add(url)
        response = client.get(url)
        if response.status_code != 200 or "text/html" not in response["Content-Type"]:
            continue
        for how, target in links_of(url, response.content.decode()):
            if ACTION.search(target):
                actions.setdefault(target, f"{how} on {url}")
            elif target.startswith(START) and "/historik/" not in target and target not in seen:
                queue.append(target)

    refused = {}
    for target, where in sorted(actions.items()):
        # a link opens its page; a button's form is sent (empty: an allowed one answers with the form's errors)
        response = client.post(target) if where.startswith("form[post]") else client.get(target)
        if response.status_code in (403, 404, 405) or "/logga-in/" in response.get("Location", ""):
            refused[target] = (response.status_code, where)

    assert len(seen) > 20  # the crawl reached the collaboration's parts
    assert refused == {}
