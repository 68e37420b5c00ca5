"""WSGI config for the fault-injection app, as startproject writes it."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "faulty.settings")

application = get_wsgi_application()
