"""Tests for summarizer.text.places: country names, demonyms and Place records."""

from __future__ import annotations

import pytest

from summarizer.schemas import Place
from summarizer.text.gazetteer import destination_place, is_known_destination
from summarizer.text.places import (
    country_code,
    country_code_for_adjective,
    country_name,
    is_known_place,
    place_for,
)


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("US", "US"),
        ("U.S.", "US"),
        ("USA", "US"),
        ("United States", "US"),
        ("the United States", "US"),
        ("America", "US"),
        ("united states of america", "US"),
        ("UK", "GB"),
        ("U.K.", "GB"),
        ("Britain", "GB"),
        ("Great Britain", "GB"),
        ("United Kingdom", "GB"),
        ("Scotland", "GB"),
        ("South Korea", "KR"),
        ("Korea", "KR"),
        ("Republic of Korea", "KR"),
        ("North Korea", "KP"),
        ("DPRK", "KP"),
        ("Russia", "RU"),
        ("Russian Federation", "RU"),
        ("Iran", "IR"),
        ("Syria", "SY"),
        ("Vietnam", "VN"),
        ("Viet Nam", "VN"),
        ("Taiwan", "TW"),
        ("Turkey", "TR"),
        ("T\u00fcrkiye", "TR"),
        ("Turkiye", "TR"),
        ("Czech Republic", "CZ"),
        ("Czechia", "CZ"),
        ("Ivory Coast", "CI"),
        ("C\u00f4te d\u2019Ivoire", "CI"),
        ("Congo", "CG"),
        ("Republic of the Congo", "CG"),
        ("DRC", "CD"),
        ("Democratic Republic of the Congo", "CD"),
        ("DR Congo", "CD"),
        ("Bolivia", "BO"),
        ("Venezuela", "VE"),
        ("Tanzania", "TZ"),
        ("Laos", "LA"),
        ("Moldova", "MD"),
        ("Palestine", "PS"),
        ("the Netherlands", "NL"),
        ("Holland", "NL"),
        ("Burma", "MM"),
        ("UAE", "AE"),
        ("Japan", "JP"),
        ("JAPAN", "JP"),
        ("japan", "JP"),
        ("  Mexico ", "MX"),
        ("Canada", "CA"),
        ("China", "CN"),
        ("Germany", "DE"),
        ("the Philippines", "PH"),
        ("Kosovo", "XK"),
        ("the US\u2019s", "US"),
        ("Japan's", "JP"),
    ],
)
def test_country_code(name: str, code: str) -> None:
    assert country_code(name) == code


@pytest.mark.parametrize(
    "name", ["Europe", "EU", "Middle East", "Seoul", "", "in", "IN", "PM", "AI", "CAN", "Narnia"]
)
def test_country_code_none(name: str) -> None:
    assert country_code(name) is None


@pytest.mark.parametrize(
    ("word", "code"),
    [
        ("Japanese", "JP"),
        ("Mexican", "MX"),
        ("Canadian", "CA"),
        ("Chinese", "CN"),
        ("South Korean", "KR"),
        ("North Korean", "KP"),
        ("American", "US"),
        ("Americans", "US"),
        ("British", "GB"),
        ("Britons", "GB"),
        ("Russian", "RU"),
        ("Ukrainian", "UA"),
        ("French", "FR"),
        ("German", "DE"),
        ("Indian", "IN"),
        ("Iranian", "IR"),
        ("Israeli", "IL"),
        ("Israelis", "IL"),
        ("Palestinian", "PS"),
        ("Syrian", "SY"),
        ("Iraqi", "IQ"),
        ("Afghan", "AF"),
        ("Pakistani", "PK"),
        ("Turkish", "TR"),
        ("Egyptian", "EG"),
        ("Saudi", "SA"),
        ("Saudis", "SA"),
        ("Emirati", "AE"),
        ("Filipino", "PH"),
        ("Vietnamese", "VN"),
        ("Brazilian", "BR"),
        ("Australian", "AU"),
        ("japanese", "JP"),
        ("U.S.", "US"),
        ("US", "US"),
    ],
)
def test_country_code_for_adjective(word: str, code: str) -> None:
    assert country_code_for_adjective(word) == code


@pytest.mark.parametrize("word", ["Kurdish", "European", "Arab", "secretary", ""])
def test_country_code_for_adjective_none(word: str) -> None:
    assert country_code_for_adjective(word) is None


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("US", "United States"),
        ("GB", "United Kingdom"),
        ("KR", "South Korea"),
        ("JP", "Japan"),
        ("jp", "Japan"),
    ],
)
def test_country_name(code: str, name: str) -> None:
    assert country_name(code) == name


def test_country_name_unknown() -> None:
    assert country_name("ZZ") is None


@pytest.mark.parametrize(
    ("name", "country", "expected"),
    [
        # the name is itself a country
        ("Japan", None, Place(name="Japan", country="Japan", country_code="JP")),
        ("South Korea", None, Place(name="South Korea", country="South Korea", country_code="KR")),
        ("the US", None, Place(name="the US", country="United States", country_code="US")),
        ("Britain", None, Place(name="Britain", country="United Kingdom", country_code="GB")),
        ("T\u00fcrkiye", None, Place(name="T\u00fcrkiye", country="Turkey", country_code="TR")),
        # cities from the built-in table
        ("Seoul", None, Place(name="Seoul", country="South Korea", country_code="KR")),
        ("Tokyo", None, Place(name="Tokyo", country="Japan", country_code="JP")),
        ("El Paso", None, Place(name="El Paso", country="United States", country_code="US")),
        ("Ciudad Ju\u00e1rez", None, Place(name="Ciudad Ju\u00e1rez", country="Mexico", country_code="MX")),
        ("Ciudad Juarez", None, Place(name="Ciudad Juarez", country="Mexico", country_code="MX")),
        ("New York", None, Place(name="New York", country="United States", country_code="US")),
        ("Washington", None, Place(name="Washington", country="United States", country_code="US")),
        ("Geneva", None, Place(name="Geneva", country="Switzerland", country_code="CH")),
        ("Davos", None, Place(name="Davos", country="Switzerland", country_code="CH")),
        ("Brussels", None, Place(name="Brussels", country="Belgium", country_code="BE")),
        ("The Hague", None, Place(name="The Hague", country="Netherlands", country_code="NL")),
        ("Kyiv", None, Place(name="Kyiv", country="Ukraine", country_code="UA")),
        # "City, State" and "City, Country"
        ("El Paso, Texas", None, Place(name="El Paso, Texas", country="United States", country_code="US")),
        ("Lyon, France", None, Place(name="Lyon, France", country="France", country_code="FR")),
        ("Tbilisi, Georgia", None, Place(name="Tbilisi, Georgia", country="Georgia", country_code="GE")),
        (
            "Atlanta, Georgia",
            None,
            Place(name="Atlanta, Georgia", country="United States", country_code="US"),
        ),
        # the country argument
        ("Springfield", "US", Place(name="Springfield", country="United States", country_code="US")),
        (
            "Springfield",
            "the United States",
            Place(name="Springfield", country="United States", country_code="US"),
        ),
        ("Osaka", "JPN", Place(name="Osaka", country="Japan", country_code="JP")),
        ("Santiago", "Spain", Place(name="Santiago", country="Spain", country_code="ES")),
        ("Georgia", "US", Place(name="Georgia", country="United States", country_code="US")),
        ("Georgia", None, Place(name="Georgia", country="Georgia", country_code="GE")),
        # nothing known
        ("Springfield", None, Place(name="Springfield", country=None, country_code=None)),
        ("Atlantis", "Narnia", Place(name="Atlantis", country="Narnia", country_code=None)),
        ("  Seoul  ", None, Place(name="Seoul", country="South Korea", country_code="KR")),
    ],
)
def test_place_for(name: str, country: str | None, expected: Place) -> None:
    assert place_for(name, country) == expected


def test_place_for_returns_fresh_records() -> None:
    first = place_for("Seoul")
    first.country = "changed"
    assert place_for("Seoul").country == "South Korea"


def test_pycountry_is_imported_lazily() -> None:
    import subprocess
    import sys

    code = "import sys, summarizer.text.places; print('pycountry' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize(
    ("name", "code"),
    [("Lomé", "TG"), ("Cotonou", "BJ"), ("Zwickau", "DE"), ("Scheveningen", "NL"), ("Moroto", "UG"),
     ("Paris", "FR"), ("the Netherlands", "NL"), ("Springfield, Illinois", "US")],
)
def test_a_destination_is_any_town_geonames_knows(name: str, code: str) -> None:
    assert destination_place(name).country_code == code
    assert is_known_destination(name)


def test_a_shared_town_name_is_the_most_populous_town_and_a_country_given_wins() -> None:
    assert destination_place("Cambridge").country_code == "GB"
    assert destination_place("Cambridge", "US").country_code == "US"


@pytest.mark.parametrize("name", ["Lincoln", "Victoria", "Jackson", "Obama", "Police"])
def test_a_town_that_is_also_a_name_or_a_word_is_a_place_only_as_a_destination(name: str) -> None:
    # GeoNames has towns of each name; a person or a word is not a place where the grammar has not said so
    assert not is_known_place(name)
    assert is_known_destination(name)


@pytest.mark.parametrize("name", ["Of", "To", "the region", "the area", "Europe", "Texasville Heights"])
def test_short_words_regions_and_unknown_names_are_no_destination(name: str) -> None:
    assert not is_known_destination(name)


def test_a_town_several_countries_have_is_the_one_in_a_country_the_article_names() -> None:
    manila = "MANILA, Philippines - The Philippine interior secretary flew on to Samar."
    # GeoNames' Samar of 15,000 people or more is a town in Ukraine: not where an article from Manila goes
    assert destination_place("Samar").country_code == "UA"
    assert destination_place("Samar", None, manila).country_code is None
    # a city of its own size abroad stays where it is ("Lomé" in an article from Accra)
    assert destination_place("Lomé", None, "ACCRA, Ghana - She flew to Lomé.").country_code == "TG"
    assert destination_place("Cambridge", None, "Harvard, in the US state of Massachusetts").country_code == "US"
