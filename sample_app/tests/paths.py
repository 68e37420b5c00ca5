"""Locations of project files used by the tests."""

from pathlib import Path

SAMPLE_APP_DIR = Path(__file__).resolve().parent.parent
CATALOGUE_PATH = SAMPLE_APP_DIR / "movies" / "data" / "catalogue.json"
GENERATOR_PATH = SAMPLE_APP_DIR / "movies" / "data" / "generate.py"
SETTINGS_PATH = SAMPLE_APP_DIR / "imdb" / "settings.py"
WSGI_PATH = SAMPLE_APP_DIR / "imdb" / "wsgi.py"
