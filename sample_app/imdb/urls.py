"""
URL configuration for the imdb project.

The JSON API lives in ``movies.urls`` at the site root, without trailing
slashes (``/movie``, ``/movie/<id>``, ...). ``APPEND_SLASH`` stays on for the
admin: it only redirects URLs that do not match and whose slash-terminated
variant does, which never applies to the API paths.
"""

from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("", include("movies.urls")),
]

handler404 = "movies.views.not_found"
handler500 = "movies.views.server_error"
