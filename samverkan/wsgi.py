"""WSGI entry point (gunicorn samverkan.wsgi, granian --interface wsgi samverkan.wsgi:application)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "samverkan.settings")
application = get_wsgi_application()
