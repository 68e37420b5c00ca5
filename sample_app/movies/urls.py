"""API routes. Paths have no trailing slash; see README.md."""

from django.urls import path

from . import views

app_name = "movies"

urlpatterns = [
    path("movie", views.movie_list, name="movie-list"),
    path("movie/<int:pk>", views.movie_detail, name="movie-detail"),
    path("actor/<int:pk>", views.actor_detail, name="actor-detail"),
    path("healthz", views.healthz, name="healthz"),
    path("slow", views.slow, name="slow"),
    path("whoami", views.whoami, name="whoami"),
]
