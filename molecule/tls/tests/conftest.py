"""Fixtures for the tls scenario: the sample app over HTTPS, on ports 8080 and 8443."""

from __future__ import annotations

import os
import sys

sys.path.insert(
    0, os.path.join(os.path.dirname(__file__), "..", "..", "resources", "tests")
)
