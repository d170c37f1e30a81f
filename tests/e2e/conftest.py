"""Browser tests: Playwright drives Debian's Chromium against a live server; axe-core checks every page."""

import os
from pathlib import Path

import pytest

from tests.dbsnapshot import Snapshot

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")  # Playwright's sync API runs an event loop
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium not found at {CHROMIUM}; `make test` installs the Debian package")
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
                "--disable-sync",
                "--disable-quic",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server):
    """A page under the site's real Content-Security-Policy: a test fails when the browser blocked anything."""
    context = browser.new_context(locale="sv-SE", base_url=live_server.url)
    page = context.new_page()
    page.set_default_timeout(10_000)
    blocked: list[str] = []
    page.on(
        "console",
        lambda message: "Content Security Policy" in message.text and blocked.append(f"{page.url}: {message.text}"),
    )
    # axe-core is served as a file of the site (an inline script would be blocked by the policy, as it should).
    page.route("**/__axe__.js", lambda route: route.fulfill(path=str(AXE), content_type="application/javascript"))
    yield page
    context.close()
    assert blocked == [], "the Content-Security-Policy blocked:\n" + "\n".join(blocked)


@pytest.fixture(scope="session")
def world_snapshot(demo_snapshots) -> Snapshot:
    """Reference data, territory and demo, built once with the demo of the other tests: every table that
    holds rows afterwards."""
    return demo_snapshots[1]


@pytest.fixture
def world(world_snapshot, transactional_db):
    """A transactional test empties the database afterwards: each test gets everything back."""
    world_snapshot.restore()


def follow(page, locator) -> None:
    """Clicks a link or button that loads a new page and waits until that page has loaded."""
    with page.expect_navigation(wait_until="load"):
        locator.click()


class Axe:
    """Runs axe-core on the current page and fails on serious or critical violations."""

    def __init__(self):
        self.checked: list[str] = []

    def check(self, page, name: str) -> None:
        page.wait_for_load_state("load")
        page.add_script_tag(url="/__axe__.js")
        result = page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
        bad = [v for v in result["violations"] if v["impact"] in ("serious", "critical")]
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
        details = "\n".join(
            f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes'][:3]]}" for v in bad
        )
        assert not bad, f"axe on {name} ({page.url}):\n{details}"
        self.checked.append(page.url)


@pytest.fixture
def axe():
    return Axe()
