"""Import the role's filter plugins as plain modules, for their unit tests."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

PLUGINS = Path(__file__).resolve().parent.parent / "roles/django_apache/filter_plugins"


def load(name: str) -> ModuleType:
    """The module of filter_plugins/<name>.py."""
    spec = importlib.util.spec_from_file_location(name, PLUGINS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
