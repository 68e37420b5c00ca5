"""Settings of the fault-injection app: no database, faults on request.

FAULTY_BROKEN_SETTINGS=1 in the environment makes importing these settings fail, as a
broken deploy of a real project would.
"""

import os

if os.environ.get("FAULTY_BROKEN_SETTINGS") == "1":
    raise RuntimeError("FAULTY_BROKEN_SETTINGS=1: these settings are broken on purpose")

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = False
ALLOWED_HOSTS = os.environ.get("DJANGO_ALLOWED_HOSTS", "").split(",")
ROOT_URLCONF = "faulty.urls"
INSTALLED_APPS: list[str] = []
MIDDLEWARE: list[str] = []
DATABASES: dict = {}
USE_TZ = True
