"""Shared fixtures: a fixed "today", the territory loaded once per test database, the demo taken once per
session and put back for each test that asks for it; browser tests run last."""

import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core.management import call_command
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings
from rest_framework.test import APIClient

from tests.dbsnapshot import Snapshot

# The identity provider of the OIDC sign-in tests (one node process per session, for tests/oidc and tests/e2e).
pytest_plugins = ["tests.oidc.fixtures"]

# Property tests check rules, not speed: a busy machine must not fail them (speed is for benchmarks/).
hypothesis_settings.register_profile("samverkan", deadline=None, suppress_health_check=[HealthCheck.too_slow])
hypothesis_settings.load_profile("samverkan")


# "Today" in every test: who sits in a body, whose turn it is to chair, which year a financing model is
# for and what a closed round is dated all depend on it. A test that needs another day travels there
# itself; a test that shares the database with worker processes (which keep the real clock) is marked
# `real_clock`.
TODAY = datetime.datetime(2026, 12, 2, 10, 0, tzinfo=ZoneInfo("Europe/Stockholm"))
_session_clock = time_machine.travel(TODAY, tick=True)


def pytest_configure(config):
    _session_clock.start()


def pytest_unconfigure(config):
    _session_clock.stop()


@pytest.fixture(autouse=True)
def _clock(request):
    if request.node.get_closest_marker("real_clock"):
        real_now = time_machine.escape_hatch.datetime.datetime.now(tz=datetime.UTC)
        with time_machine.travel(real_now, tick=True):
            yield
    else:
        yield


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("load_territory", verbosity=0)


def _seed_demo():
    """The demo on the reference data and the territory, which a transactional test before it may have
    emptied (browser tests run last, after such tests)."""
    from django.apps import apps as django_apps

    from actors.models import Area
    from collaborations.models import AgendaGoal
    from collaborations.reference import load_reference_data

    if not AgendaGoal.objects.exists():
        load_reference_data(django_apps)
    if not Area.objects.exists():
        call_command("load_territory", verbosity=0)
    call_command("seed_demo", "--force", verbosity=0)


@pytest.fixture(scope="session")
def demo_snapshots(django_db_setup, django_db_blocker) -> tuple[Snapshot, Snapshot]:
    """The demo built once per session (offline, in a transaction that is rolled back): the rows it
    changed (for tests in a transaction) and every row there is after it (for browser tests, whose
    database is emptied after each test)."""
    from django.test import override_settings
    from django.utils import translation

    with django_db_blocker.unblock(), override_settings(**TEST_SETTINGS), translation.override("sv"):
        return Snapshot.take_both(_seed_demo)


@pytest.fixture(scope="session")
def demo_snapshot(demo_snapshots) -> Snapshot:
    return demo_snapshots[0]


@pytest.fixture
def demo(demo_snapshot, db):
    """The eight examples of the publication, as `manage.py seed_demo` loads them."""
    demo_snapshot.restore()


def pytest_collection_modifyitems(items):
    """Browser tests use a live server with a transactional database, which is emptied after each
    test; they run after everything else."""
    items.sort(key=lambda item: item.get_closest_marker("e2e") is not None)


@pytest.fixture
def api():
    return APIClient()


TEST_SETTINGS = {
    # Statistics clients replay recorded responses; a test that would reach the network fails.
    "STATS_HTTP_TRANSPORT": "tests.replay.refuse_network",
    "TASKS": {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}},
    "GC_FREEZE_AFTER_REQUESTS": 0,  # a test process is not a long-lived web worker
    # Test logins need no key stretching; production keeps Django's default hasher.
    "PASSWORD_HASHERS": ["django.contrib.auth.hashers.MD5PasswordHasher"],
    # Each test client builds its own middleware; WhiteNoise would index every static file each time.
    "WHITENOISE_AUTOREFRESH": True,
}


@pytest.fixture(autouse=True)
def _test_settings(settings):
    for name, value in TEST_SETTINGS.items():
        setattr(settings, name, value)


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    """Uploaded files go to a directory of the test's own."""
    settings.MEDIA_ROOT = str(tmp_path / "media")


@pytest.fixture(autouse=True)
def _swedish():
    """Swedish is the interface language; a request in English must not leak into the next test."""
    from django.utils import translation

    with translation.override("sv"):
        yield


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache: ids are reused after a rolled-back test, and a cached part
    of an earlier test's collaboration must not be found under them."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
