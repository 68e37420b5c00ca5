"""GET /movie: pagination, filters and input validation."""

import math

import pytest

pytestmark = pytest.mark.django_db

RESULT_KEYS = {"id", "title", "year", "rating", "genres", "url"}


def _sorted_movies(catalogue):
    return sorted(catalogue["movies"], key=lambda movie: (movie["title"], movie["id"]))


def test_default_page(get_json, catalogue):
    """Without parameters the first 20 movies come back with the total count."""
    total = len(catalogue["movies"])

    status, body = get_json("/movie")

    assert status == 200
    assert body["count"] == total
    assert body["page"] == 1
    assert body["page_size"] == 20
    assert body["num_pages"] == math.ceil(total / 20)
    assert len(body["results"]) == 20


def test_result_shape(get_json, catalogue):
    """Each result has id, title, year, rating, genres and its detail URL."""
    first = _sorted_movies(catalogue)[0]
    genre_names = {genre["id"]: genre["name"] for genre in catalogue["genres"]}

    _, body = get_json("/movie", page_size=1)

    assert body["results"] == [
        {
            "id": first["id"],
            "title": first["title"],
            "year": first["year"],
            "rating": float(first["rating"]),
            "genres": sorted(genre_names[gid] for gid in first["genres"]),
            "url": f"/movie/{first['id']}",
        }
    ]
    assert set(body["results"][0]) == RESULT_KEYS


def test_pages_cover_catalogue_in_stable_order(client, catalogue):
    """Walking every page yields each movie once, ordered by title then id."""
    expected = [movie["id"] for movie in _sorted_movies(catalogue)]
    num_pages = math.ceil(len(expected) / 50)

    seen = []
    for page in range(1, num_pages + 1):
        seen.extend(
            result["id"]
            for result in client.get("/movie", {"page": page, "page_size": 50}).json()[
                "results"
            ]
        )

    assert seen == expected


@pytest.mark.parametrize("page_size", [1, 7, 20, 100])
def test_last_page_holds_the_remainder(get_json, catalogue, page_size):
    """The last page holds what is left over; count and num_pages agree."""
    total = len(catalogue["movies"])
    num_pages = math.ceil(total / page_size)

    status, body = get_json("/movie", page=num_pages, page_size=page_size)

    assert status == 200
    assert body["num_pages"] == num_pages
    assert len(body["results"]) == total - (num_pages - 1) * page_size


@pytest.mark.parametrize("page", ["13", "500", "9" * 40])
def test_page_past_the_end_is_empty(get_json, catalogue, page):
    """A page past the end is a 200 with no results and the real count."""
    status, body = get_json("/movie", page=page)

    assert status == 200
    assert body["results"] == []
    assert body["count"] == len(catalogue["movies"])
    assert body["page"] == int(page)


@pytest.mark.parametrize("page_size", ["101", "1000", "9" * 40])
def test_page_size_is_capped_at_100(get_json, page_size):
    """An oversized page_size is capped at 100 rather than rejected."""
    status, body = get_json("/movie", page_size=page_size)

    assert status == 200
    assert body["page_size"] == 100
    assert len(body["results"]) == 100


def test_year_filter(get_json, catalogue):
    """?year= returns exactly the movies released that year."""
    year = catalogue["movies"][0]["year"]
    expected = sorted(
        (m["title"], m["id"]) for m in catalogue["movies"] if m["year"] == year
    )

    status, body = get_json("/movie", year=year, page_size=100)

    assert status == 200
    assert body["count"] == len(expected)
    assert [(r["title"], r["id"]) for r in body["results"]] == expected
    assert {r["year"] for r in body["results"]} == {year}


@pytest.mark.parametrize("year", ["1900", "9999", "10000", "9" * 40])
def test_year_without_movies(get_json, year):
    """A valid year without movies gives an empty first page, not an error."""
    status, body = get_json("/movie", year=year)

    assert status == 200
    assert body["count"] == 0
    assert body["num_pages"] == 0
    assert body["results"] == []


@pytest.mark.parametrize("query", ["night", "NIGHT", "nIgHt", "  night  "])
def test_title_search_is_case_insensitive(get_json, catalogue, query):
    """?q= matches titles containing the text, whatever its case."""
    expected = [m for m in catalogue["movies"] if "night" in m["title"].lower()]

    status, body = get_json("/movie", q=query, page_size=100)

    assert status == 200
    assert expected
    assert body["count"] == len(expected)
    assert all("night" in r["title"].lower() for r in body["results"])


@pytest.mark.parametrize("query", ["", "   "])
def test_blank_search_does_not_filter(get_json, catalogue, query):
    """An empty or blank ?q= is ignored."""
    _, body = get_json("/movie", q=query)

    assert body["count"] == len(catalogue["movies"])


def test_search_without_match(get_json):
    """A search nothing matches returns count 0 and no results."""
    status, body = get_json("/movie", q="no such movie title")

    assert status == 200
    assert body["count"] == 0
    assert body["results"] == []


def test_year_and_search_combine(get_json, catalogue):
    """?year= and ?q= together return movies matching both."""
    target = catalogue["movies"][0]
    word = target["title"].split()[-1].lower()
    expected = [
        m
        for m in catalogue["movies"]
        if m["year"] == target["year"] and word in m["title"].lower()
    ]

    _, body = get_json("/movie", year=target["year"], q=word, page_size=100)

    assert body["count"] == len(expected) >= 1
    assert {r["id"] for r in body["results"]} == {m["id"] for m in expected}


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("page", "abc"),
        ("page", "0"),
        ("page", "-1"),
        ("page", "1.5"),
        ("page", ""),
        ("page", " 1"),
        ("page", "+1"),
        ("page", "\uff11"),  # FULLWIDTH DIGIT ONE
        ("page", "9" * 5000),
        ("page_size", "abc"),
        ("page_size", "0"),
        ("page_size", "-20"),
        ("page_size", "1e3"),
        ("year", "abc"),
        ("year", "0"),
        ("year", "-1999"),
        ("year", "19x9"),
    ],
)
def test_bad_parameters_are_rejected(get_json, name, value):
    """Non-numeric, zero or negative values give 400 with a JSON error."""
    status, body = get_json("/movie", **{name: value})

    assert status == 400
    assert name in body["error"]
