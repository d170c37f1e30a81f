"""Shared fixtures: the territory is loaded once per test database; browser tests run last."""

import pytest
from django.core.management import call_command
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings
from rest_framework.test import APIClient

# Property tests check rules, not speed: a busy machine must not fail them (speed is for benchmarks/).
hypothesis_settings.register_profile("samverkan", deadline=None, suppress_health_check=[HealthCheck.too_slow])
hypothesis_settings.load_profile("samverkan")


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("load_territory", verbosity=0)


def pytest_collection_modifyitems(items):
    """Browser tests use a live server with a transactional database, which is emptied after each
    test; they run after everything else."""
    items.sort(key=lambda item: item.get_closest_marker("e2e") is not None)


@pytest.fixture
def api():
    return APIClient()


@pytest.fixture(autouse=True)
def _no_network(settings):
    """Statistics clients replay recorded responses; a test that would reach the network fails."""
    settings.STATS_HTTP_TRANSPORT = "tests.replay.refuse_network"
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    settings.GC_FREEZE_AFTER_REQUESTS = 0  # a test process is not a long-lived web worker


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    """Uploaded files go to a directory of the test's own."""
    settings.MEDIA_ROOT = str(tmp_path / "media")


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    """Test logins need no key stretching; production keeps Django's default hasher."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    # Each test client builds its own middleware; WhiteNoise would index every static file each time.
    settings.WHITENOISE_AUTOREFRESH = True


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
