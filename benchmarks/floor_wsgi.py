"""The product's WSGI application with the floor of the benchmarks added (`/__floor__/`, see floor_urls):
the load test serves pages and floor from the same processes, so that each figure is a ratio."""

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "samverkan.settings")

from django.conf import settings  # noqa: E402
from django.core.wsgi import get_wsgi_application  # noqa: E402

application = get_wsgi_application()
settings.ROOT_URLCONF = "benchmarks.floor_urls"
