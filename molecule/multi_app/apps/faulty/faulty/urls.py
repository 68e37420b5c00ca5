"""Endpoints that misbehave on request, to show that only this app suffers."""

import os
import time

from django.http import HttpRequest, JsonResponse
from django.urls import path

# Memory the /leak endpoint keeps for the life of the process.
_LEAKED: list[bytearray] = []


def whoami(request: HttpRequest) -> JsonResponse:
    """Name the app, its settings module and the process that answered."""
    return JsonResponse(
        {
            "app": "faulty",
            "settings_module": os.environ.get("DJANGO_SETTINGS_MODULE"),
            "pid": os.getpid(),
        }
    )


def healthz(request: HttpRequest) -> JsonResponse:
    return JsonResponse({"status": "ok"})


def hang(request: HttpRequest) -> JsonResponse:
    """Sleep for ?s= seconds (at most 600): a request that hangs."""
    seconds = min(float(request.GET.get("s", "60")), 600.0)
    time.sleep(seconds)
    return JsonResponse({"slept_s": seconds})


def leak(request: HttpRequest) -> JsonResponse:
    """Keep ?mb= more megabytes (default 1) for the life of the process."""
    megabytes = min(int(request.GET.get("mb", "1")), 64)
    _LEAKED.append(bytearray(megabytes * 1024 * 1024))
    return JsonResponse(
        {"pid": os.getpid(), "leaked_mb": sum(len(b) for b in _LEAKED) >> 20}
    )


urlpatterns = [
    path("whoami", whoami),
    path("healthz", healthz),
    path("hang", hang),
    path("leak", leak),
]
