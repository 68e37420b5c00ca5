"""JSON views for the movie catalogue.

Every response is JSON, including errors: bad query parameters give 400
``{"error": ...}`` and unknown objects give 404 ``{"error": "not found"}``.
"""

import logging
import math
import os
import time
from collections.abc import Mapping
from typing import Any

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections
from django.db import Error as DatabaseError
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe
from django.views.defaults import page_not_found

from .models import Credit, Movie, Person

logger = logging.getLogger(__name__)

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
DEFAULT_SLOW_MS = 300
MAX_SLOW_MS = 10_000
# Larger years cannot match (the column is a small integer); such filters
# simply return nothing instead of reaching the database.
MAX_YEAR = 9999


class BadRequest(ValueError):
    """A query parameter could not be used; the message is sent to the client."""


def _error(message: str, status: int) -> JsonResponse:
    return JsonResponse({"error": message}, status=status)


def not_found_response() -> JsonResponse:
    """Return the JSON 404 body shared by all API views."""
    return _error("not found", 404)


def _int_param(
    params: Mapping[str, str],
    name: str,
    default: int,
    minimum: int,
    maximum: int | None = None,
) -> int:
    """Parse an optional integer query parameter.

    Only plain ASCII digits are accepted. Values below ``minimum`` or above
    ``maximum`` raise :class:`BadRequest`.
    """
    if name not in params:
        return default
    raw = params[name]
    if maximum is None:
        message = f"{name} must be an integer of at least {minimum}"
    else:
        message = f"{name} must be an integer from {minimum} to {maximum}"
    if not (raw.isascii() and raw.isdigit()):
        raise BadRequest(message)
    try:
        value = int(raw)
    except ValueError:  # More digits than int() converts.
        raise BadRequest(f"{name} is too large") from None
    if value < minimum or (maximum is not None and value > maximum):
        raise BadRequest(message)
    return value


def _rating(movie: Movie) -> float:
    return float(movie.rating)


def _movie_url(movie_id: int) -> str:
    return reverse("movies:movie-detail", args=[movie_id])


def _person_url(person_id: int) -> str:
    return reverse("movies:actor-detail", args=[person_id])


def _movie_summary(movie: Movie) -> dict[str, Any]:
    return {
        "id": movie.pk,
        "title": movie.title,
        "year": movie.year,
        "rating": _rating(movie),
        "genres": [genre.name for genre in movie.genres.all()],
        "url": _movie_url(movie.pk),
    }


@require_safe
def movie_list(request: HttpRequest) -> JsonResponse:
    """List movies, paginated, optionally filtered by ``year`` and ``q``."""
    try:
        page = _int_param(request.GET, "page", default=1, minimum=1)
        # Oversized pages are capped rather than rejected.
        page_size = min(
            _int_param(request.GET, "page_size", DEFAULT_PAGE_SIZE, minimum=1),
            MAX_PAGE_SIZE,
        )
        year = _int_param(request.GET, "year", default=0, minimum=1)
    except BadRequest as exc:
        return _error(str(exc), 400)

    movies = Movie.objects.order_by("title", "id")
    if "year" in request.GET:
        movies = movies.filter(year=year) if year <= MAX_YEAR else movies.none()
    query = request.GET.get("q", "").strip()
    if query:
        movies = movies.filter(title__icontains=query)

    count = movies.count()
    num_pages = math.ceil(count / page_size)
    if page > num_pages:
        results = []
    else:
        offset = (page - 1) * page_size
        window = movies.prefetch_related("genres")[offset : offset + page_size]
        results = [_movie_summary(movie) for movie in window]
    return JsonResponse(
        {
            "count": count,
            "page": page,
            "page_size": page_size,
            "num_pages": num_pages,
            "results": results,
        }
    )


@require_safe
def movie_detail(request: HttpRequest, pk: int) -> JsonResponse:
    """Return one movie with its directors and its cast in billing order."""
    movie = Movie.objects.prefetch_related("genres").filter(pk=pk).first()
    if movie is None:
        return not_found_response()
    credits = movie.credits.select_related("person").order_by("billing_order", "id")
    directors = []
    cast = []
    for credit in credits:
        person = {
            "id": credit.person_id,
            "name": credit.person.name,
            "url": _person_url(credit.person_id),
        }
        if credit.role == Credit.Role.DIRECTOR:
            directors.append(person)
        else:
            cast.append({**person, "character": credit.character})
    return JsonResponse(
        {
            **_movie_summary(movie),
            "runtime_minutes": movie.runtime_minutes,
            "directors": directors,
            "cast": cast,
        }
    )


@require_safe
def actor_detail(request: HttpRequest, pk: int) -> JsonResponse:
    """Return a person with every movie they acted in or directed."""
    person = Person.objects.filter(pk=pk).first()
    if person is None:
        return not_found_response()
    credits = person.credits.select_related("movie").order_by(
        "movie__year", "movie__title", "movie_id", "role"
    )
    works = [
        {
            "id": credit.movie_id,
            "title": credit.movie.title,
            "year": credit.movie.year,
            "role": credit.role,
            "character": credit.character or None,
            "url": _movie_url(credit.movie_id),
        }
        for credit in credits
    ]
    return JsonResponse(
        {
            "id": person.pk,
            "name": person.name,
            "birth_year": person.birth_year,
            "url": _person_url(person.pk),
            "works": works,
        }
    )


@never_cache
@require_safe
def healthz(request: HttpRequest) -> JsonResponse:
    """Report 200 only if the database answers a query, 503 otherwise."""
    try:
        with connections[DEFAULT_DB_ALIAS].cursor() as cursor:
            cursor.execute("SELECT 1")
            row = cursor.fetchone()
    except DatabaseError as exc:
        logger.warning("Health check failed: database error: %s", exc)
        return JsonResponse(
            {"status": "unavailable", "database": type(exc).__name__}, status=503
        )
    if row is None or row[0] != 1:
        logger.warning("Health check failed: unexpected result %r", row)
        return JsonResponse(
            {"status": "unavailable", "database": "unexpected result"}, status=503
        )
    return JsonResponse({"status": "ok"})


@never_cache
@require_safe
def slow(request: HttpRequest) -> JsonResponse:
    """Sleep ``ms`` milliseconds, then answer; 404 unless explicitly enabled."""
    if not settings.IMDB_SLOW_VIEW_ENABLED:
        return not_found_response()
    try:
        ms = _int_param(
            request.GET, "ms", DEFAULT_SLOW_MS, minimum=0, maximum=MAX_SLOW_MS
        )
    except BadRequest as exc:
        return _error(str(exc), 400)
    time.sleep(ms / 1000)
    return JsonResponse({"slept_ms": ms})


@never_cache
@require_safe
def whoami(request: HttpRequest) -> JsonResponse:
    """Tell which deployment and settings module served the request."""
    return JsonResponse(
        {
            "app": settings.IMDB_APP_NAME,
            "settings_module": os.environ.get("DJANGO_SETTINGS_MODULE"),
        }
    )


def not_found(request: HttpRequest, exception: Exception) -> HttpResponse:
    """Serve 404s as JSON, except inside the admin, which keeps its HTML page."""
    if request.path.startswith(reverse("admin:index")):
        return page_not_found(request, exception)
    return not_found_response()


def server_error(request: HttpRequest) -> JsonResponse:
    """Serve 500s as JSON; the traceback is logged by ``django.request``."""
    return _error("internal server error", 500)
