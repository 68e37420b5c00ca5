"""Generate the fictional movie catalogue loaded by the ``movies`` data migration.

Every title, name and character is assembled from the word lists below with a
fixed random seed, so running this script always produces byte-identical
output. No real dataset is used.

Usage (from the ``sample_app`` directory)::

    python movies/data/generate.py                   # rewrite catalogue.json
    python movies/data/generate.py --output /tmp/c.json

The script depends on the standard library only; it does not import Django.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path
from typing import Any

SEED = 19_570_214
FORMAT_VERSION = 1
MOVIE_COUNT = 240
PEOPLE_COUNT = 720
DIRECTOR_COUNT = 70

DEFAULT_OUTPUT = Path(__file__).resolve().parent / "catalogue.json"

GENRES = [
    "Adventure",
    "Animation",
    "Comedy",
    "Crime",
    "Documentary",
    "Drama",
    "Fantasy",
    "Horror",
    "Musical",
    "Mystery",
    "Romance",
    "Science Fiction",
    "Thriller",
    "Western",
]

ADJECTIVES = [
    "Amber",
    "Broken",
    "Burning",
    "Crimson",
    "Distant",
    "Electric",
    "Empty",
    "Fallen",
    "Forgotten",
    "Frozen",
    "Gilded",
    "Glass",
    "Golden",
    "Hidden",
    "Hollow",
    "Iron",
    "Last",
    "Lonely",
    "Lost",
    "Midnight",
    "Northern",
    "Paper",
    "Quiet",
    "Restless",
    "Scarlet",
    "Secret",
    "Silent",
    "Silver",
    "Sleeping",
    "Stolen",
    "Sunken",
    "Velvet",
    "Wandering",
    "Wild",
    "Winter",
]

NOUNS = [
    "Anchor",
    "Archive",
    "Bridge",
    "Carnival",
    "Cartographer",
    "Cipher",
    "Circus",
    "Clockmaker",
    "Comet",
    "Compass",
    "Crown",
    "Engine",
    "Ferry",
    "Garden",
    "Harbour",
    "Heir",
    "Horizon",
    "Island",
    "Kingdom",
    "Lantern",
    "Lighthouse",
    "Machine",
    "Mirror",
    "Orchard",
    "Outpost",
    "Passenger",
    "Pilgrim",
    "Prophet",
    "Raven",
    "River",
    "Signal",
    "Stranger",
    "Tide",
    "Tower",
    "Voyage",
    "Witness",
]

PLACES = [
    "Ashcombe",
    "Brindlemoor",
    "Calder Reach",
    "Dunmarrow",
    "Eastwick Flats",
    "Fennick Bay",
    "Greyhollow",
    "Harrowgate",
    "Isenmere",
    "Kestrel Point",
    "Lowmarsh",
    "Marrowfield",
    "Northvale",
    "Orlen Cross",
    "Pellham",
    "Quarry Hill",
    "Ravensmoor",
    "Saltbridge",
    "Thornbury",
    "Velder",
    "Wrenfield",
]

TITLE_PATTERNS = [
    "The {adj} {noun}",
    "{adj} {noun}",
    "The {noun} of {place}",
    "A {noun} in {place}",
    "{place}",
    "The {noun}'s {noun2}",
    "{noun} and {noun2}",
    "Return to {place}",
    "The {adj} {noun} of {place}",
    "Beyond the {adj} {noun}",
    "Night over {place}",
    "{noun}",
]

FIRST_NAMES = [
    "Ada",
    "Alden",
    "Anselm",
    "Bea",
    "Bram",
    "Calla",
    "Cassius",
    "Cora",
    "Dashiell",
    "Delphine",
    "Edda",
    "Elio",
    "Esme",
    "Fenn",
    "Flora",
    "Gideon",
    "Greta",
    "Hale",
    "Hollis",
    "Ines",
    "Ivo",
    "Jonah",
    "Juno",
    "Kit",
    "Lark",
    "Leona",
    "Linus",
    "Mabel",
    "Marlow",
    "Mira",
    "Nell",
    "Niko",
    "Odette",
    "Orin",
    "Pia",
    "Quentin",
    "Rosalind",
    "Rufus",
    "Sable",
    "Silas",
    "Tamsin",
    "Teodor",
    "Una",
    "Vesper",
    "Wren",
    "Xavier",
    "Yara",
    "Zeno",
]

SURNAMES = [
    "Abernethy",
    "Ashdown",
    "Blackwood",
    "Brannigan",
    "Carrow",
    "Castellane",
    "Dalgleish",
    "Devereux",
    "Elderkin",
    "Farrowby",
    "Fitzwarren",
    "Galloway",
    "Greaves",
    "Halloran",
    "Hartigan",
    "Ingleby",
    "Jessop",
    "Kettering",
    "Lachance",
    "Lindqvist",
    "Marchetti",
    "Merriweather",
    "Nightingale",
    "Okonkwo",
    "Ormsby",
    "Pemberton",
    "Quillfeather",
    "Ravenscroft",
    "Rowntree",
    "Sallow",
    "Stroud",
    "Tennant",
    "Thistlewood",
    "Underhill",
    "Vance",
    "Varga",
    "Whitlock",
    "Winterbourne",
    "Yardley",
    "Zeller",
]

CHARACTER_TITLES = [
    "Captain",
    "Detective",
    "Dr.",
    "Inspector",
    "Mayor",
    "Professor",
    "Sergeant",
    "Sister",
]

CHARACTER_EPITHETS = [
    "The Ferryman",
    "The Stranger",
    "The Clockmaker",
    "The Night Clerk",
    "The Widow",
    "The Cartographer",
    "The Lighthouse Keeper",
    "The Messenger",
    "Young Boy",
    "Old Woman",
]


def _title(rng: random.Random) -> str:
    pattern = rng.choice(TITLE_PATTERNS)
    noun, noun2 = rng.sample(NOUNS, 2)
    title = pattern.format(
        adj=rng.choice(ADJECTIVES),
        noun=noun,
        noun2=noun2,
        place=rng.choice(PLACES),
    )
    if title.startswith("A ") and title[2] in "AEIOU":
        title = "An " + title[2:]
    return title


def _person_name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}"


def _character_name(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.15:
        return rng.choice(CHARACTER_EPITHETS)
    if roll < 0.45:
        return f"{rng.choice(CHARACTER_TITLES)} {rng.choice(SURNAMES)}"
    if roll < 0.7:
        return rng.choice(FIRST_NAMES)
    return _person_name(rng)


def build_catalogue(seed: int = SEED) -> dict[str, Any]:
    """Return the catalogue as plain data (genres, people, movies, credits)."""
    rng = random.Random(seed)  # noqa: S311 - reproducible fixtures, not security.

    genres = [{"id": index, "name": name} for index, name in enumerate(GENRES, 1)]

    names: list[str] = []
    seen_names: set[str] = set()
    while len(names) < PEOPLE_COUNT:
        name = _person_name(rng)
        if name not in seen_names:
            seen_names.add(name)
            names.append(name)
    people = []
    for index, name in enumerate(names, 1):
        birth_year = None if rng.random() < 0.1 else rng.randint(1925, 2002)
        people.append({"id": index, "name": name, "birth_year": birth_year})

    director_ids = [person["id"] for person in people[:DIRECTOR_COUNT]]
    actor_ids = [person["id"] for person in people[DIRECTOR_COUNT:]]
    # A handful of directors also act, as they tend to do.
    actor_ids.extend(director_ids[:8])

    titles: list[str] = []
    seen_titles: set[str] = set()
    while len(titles) < MOVIE_COUNT:
        title = _title(rng)
        if title not in seen_titles:
            seen_titles.add(title)
            titles.append(title)

    movies = []
    credits = []
    for movie_id, title in enumerate(titles, 1):
        genre_ids = sorted(rng.sample(range(1, len(GENRES) + 1), rng.randint(1, 3)))
        rating = rng.randint(18, 96)
        movies.append(
            {
                "id": movie_id,
                "title": title,
                "year": rng.randint(1948, 2024),
                "runtime_minutes": rng.randint(74, 178),
                "rating": f"{rating // 10}.{rating % 10}",
                "genres": genre_ids,
            }
        )
        directors = rng.sample(director_ids, 2 if rng.random() < 0.12 else 1)
        for billing, person_id in enumerate(directors, 1):
            credits.append(
                {
                    "movie": movie_id,
                    "person": person_id,
                    "role": "director",
                    "character": "",
                    "billing": billing,
                }
            )
        cast = rng.sample(actor_ids, rng.randint(4, 9))
        for billing, person_id in enumerate(cast, 1):
            credits.append(
                {
                    "movie": movie_id,
                    "person": person_id,
                    "role": "actor",
                    "character": _character_name(rng),
                    "billing": billing,
                }
            )

    return {
        "format_version": FORMAT_VERSION,
        "seed": seed,
        "genres": genres,
        "people": people,
        "movies": movies,
        "credits": credits,
    }


def render(catalogue: dict[str, Any]) -> str:
    """Serialise the catalogue as JSON with one record per line."""
    sections = []
    for key, value in catalogue.items():
        if isinstance(value, list):
            records = ",\n".join(
                "    " + json.dumps(record, sort_keys=True) for record in value
            )
            sections.append(f"  {json.dumps(key)}: [\n{records}\n  ]")
        else:
            sections.append(f"  {json.dumps(key)}: {json.dumps(value)}")
    return "{\n" + ",\n".join(sections) + "\n}\n"


def main(argv: list[str] | None = None) -> int:
    """Write the rendered catalogue to ``--output`` (default: catalogue.json)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--output",
        type=Path,
        default=DEFAULT_OUTPUT,
        help=f"where to write the catalogue (default: {DEFAULT_OUTPUT.name})",
    )
    args = parser.parse_args(argv)
    args.output.write_bytes(render(build_catalogue()).encode("utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
