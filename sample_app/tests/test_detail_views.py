"""GET /movie/<id> and GET /actor/<id>."""

import pytest

pytestmark = pytest.mark.django_db


def _credits(catalogue, movie_id, role):
    return sorted(
        (
            c
            for c in catalogue["credits"]
            if c["movie"] == movie_id and c["role"] == role
        ),
        key=lambda credit: credit["billing"],
    )


def _people(catalogue):
    return {person["id"]: person for person in catalogue["people"]}


def _movie_with_two_directors(catalogue):
    return next(
        movie["id"]
        for movie in catalogue["movies"]
        if len(_credits(catalogue, movie["id"], "director")) == 2
    )


@pytest.mark.parametrize("pick", ["first", "last", "two directors"])
def test_movie_detail(get_json, catalogue, pick):
    """A movie comes with runtime, genres, directors and cast in billing order."""
    movie_id = {
        "first": catalogue["movies"][0]["id"],
        "last": catalogue["movies"][-1]["id"],
        "two directors": _movie_with_two_directors(catalogue),
    }[pick]
    movie = next(m for m in catalogue["movies"] if m["id"] == movie_id)
    people = _people(catalogue)
    genre_names = {genre["id"]: genre["name"] for genre in catalogue["genres"]}

    status, body = get_json(f"/movie/{movie_id}")

    assert status == 200
    assert body["id"] == movie_id
    assert body["title"] == movie["title"]
    assert body["year"] == movie["year"]
    assert body["runtime_minutes"] == movie["runtime_minutes"]
    assert body["rating"] == float(movie["rating"])
    assert body["genres"] == sorted(genre_names[gid] for gid in movie["genres"])
    assert body["url"] == f"/movie/{movie_id}"
    assert body["directors"] == [
        {
            "id": c["person"],
            "name": people[c["person"]]["name"],
            "url": f"/actor/{c['person']}",
        }
        for c in _credits(catalogue, movie_id, "director")
    ]
    assert body["cast"] == [
        {
            "id": c["person"],
            "name": people[c["person"]]["name"],
            "character": c["character"],
            "url": f"/actor/{c['person']}",
        }
        for c in _credits(catalogue, movie_id, "actor")
    ]


def test_actor_detail_lists_every_role(get_json, catalogue):
    """A person's works list each acting and directing credit, oldest first."""
    roles_by_person = {}
    for credit in catalogue["credits"]:
        roles_by_person.setdefault(credit["person"], set()).add(credit["role"])
    person_id = min(
        pid for pid, roles in roles_by_person.items() if roles == {"actor", "director"}
    )
    person = _people(catalogue)[person_id]
    movies = {movie["id"]: movie for movie in catalogue["movies"]}
    expected = sorted(
        (
            movies[c["movie"]]["year"],
            movies[c["movie"]]["title"],
            c["movie"],
            c["role"],
            c["character"] or None,
        )
        for c in catalogue["credits"]
        if c["person"] == person_id
    )

    status, body = get_json(f"/actor/{person_id}")

    assert status == 200
    assert body["id"] == person_id
    assert body["name"] == person["name"]
    assert body["birth_year"] == person["birth_year"]
    assert body["url"] == f"/actor/{person_id}"
    assert [
        (w["year"], w["title"], w["id"], w["role"], w["character"])
        for w in body["works"]
    ] == expected
    assert all(w["url"] == f"/movie/{w['id']}" for w in body["works"])


def test_person_without_birth_year(get_json, catalogue):
    """An unknown birth year is reported as null."""
    person = next(p for p in catalogue["people"] if p["birth_year"] is None)

    _, body = get_json(f"/actor/{person['id']}")

    assert body["birth_year"] is None


@pytest.mark.parametrize(
    "path",
    [
        "/movie/0",
        "/movie/999999",
        "/movie/" + "9" * 40,
        "/actor/0",
        "/actor/999999",
        "/actor/" + "9" * 40,
        "/movie/abc",
        "/actor/abc",
    ],
)
def test_unknown_ids_give_json_404(get_json, path):
    """Unknown or malformed ids give 404 {"error": "not found"}, as JSON."""
    status, body = get_json(path)

    assert status == 404
    assert body == {"error": "not found"}
