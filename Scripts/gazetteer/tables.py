"""The gazetteer's hand tables, read from tables/*.tsv (see README.md beside this file).

Each file is UTF-8 TSV: a header line, then one entry a line, fields separated by one tab, no
quoting and no comment lines. A field that holds a list separates its items with `;`. The last
column, `source`, names where the row comes from: `hand` for rows written for NewsGraph, or a
row of tables/sources.tsv. Row order is kept: where two rows give the same surface form, the
first one wins, as it did when the tables were Python literals.
"""

from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TABLES = os.path.join(HERE, "tables")


def split_list(field: str) -> list[str]:
    return [item.strip() for item in field.split(";") if item.strip()]


def _read(name: str, columns: list[str]) -> list[list[str]]:
    """Rows of tables/`name`.tsv without the header and the source column; stops with
    `file:line: reason` when the header, a field count, a repeated first field or a source is
    wrong."""
    path = os.path.join(TABLES, name + ".tsv")
    where = os.path.relpath(path, os.path.dirname(os.path.dirname(HERE)))
    with open(path, encoding="utf-8", newline="") as handle:
        text = handle.read()
    if not text.endswith("\n") or "\r" in text:
        sys.exit(f"{where}: lines must end in a single \\n, the last one too")
    lines = text[:-1].split("\n")
    expected = columns + ["source"]
    if lines[0].split("\t") != expected:
        sys.exit(f"{where}:1: header must be {chr(9).join(expected)!r}, found {lines[0]!r}")
    rows: list[list[str]] = []
    first_line: dict[str, int] = {}
    for number, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != len(expected):
            sys.exit(f"{where}:{number}: {len(fields)} fields, expected {len(expected)} ({', '.join(expected)})")
        if any(field != field.strip() for field in fields):
            sys.exit(f"{where}:{number}: a field starts or ends with a space")
        if not fields[0]:
            sys.exit(f"{where}:{number}: empty {expected[0]}")
        if fields[0] in first_line:  # a dict would keep the later row, a list both: say so instead
            sys.exit(f"{where}:{number}: {fields[0]!r} has a row already (line {first_line[fields[0]]})")
        first_line[fields[0]] = number
        if fields[-1] not in SOURCE_NAMES:
            sys.exit(f"{where}:{number}: source {fields[-1]!r} is not a row of tables/sources.tsv")
        USED_SOURCES.add(fields[-1])
        rows.append(fields[:-1])
    return rows


def _read_sources() -> list[dict[str, str]]:
    path = os.path.join(TABLES, "sources.tsv")
    with open(path, encoding="utf-8") as handle:
        lines = handle.read().rstrip("\n").split("\n")
    header = lines[0].split("\t")
    rows = [dict(zip(header, line.split("\t"))) for line in lines[1:]]
    for number, (line, row) in enumerate(zip(lines[1:], rows), start=2):
        if len(line.split("\t")) != len(header):
            sys.exit(f"Scripts/gazetteer/tables/sources.tsv:{number}: expected the fields {', '.join(header)}")
    return rows


def _words(name: str, column: str = "name") -> list[str]:
    """A one-column table as a list in file order."""
    return [row[0] for row in _read(name, [column])]


def _lists(name: str, columns: list[str]) -> dict[str, list[str]]:
    """A two-column table `key<TAB>a;b;c` as {key: [a, b, c]} in file order."""
    return {key: split_list(items) for key, items in _read(name, columns)}


# Data sources (the source column of every table names one; NOTICE is written from them).
SOURCES = _read_sources()
SOURCE_NAMES = {row["source"] for row in SOURCES}
USED_SOURCES: set[str] = set()

# Countries: ISO 3166-1 code, canonical (common English short name; "-" for a code that is no
# GPE), more GPE surfaces, nationality adjectives (NORP; the first is the canonical), people
# nouns (NORP; "+" means each adjective + "s"). Every pycountry country must have a row.
COUNTRIES = _read("countries", ["code", "canonical", "aliases", "adjectives", "people"])
HISTORIC_GPE = _lists("historic_gpe", ["canonical", "surfaces"])
HISTORIC_NORP = _lists("historic_norp", ["canonical", "surfaces"])
UK_NATIONS = {
    canonical: (split_list(places), split_list(adjectives), split_list(people))
    for canonical, places, adjectives, people in _read("uk_nations", ["canonical", "places", "adjectives", "people"])
}
US_STATE_ABBREVIATIONS = _lists("us_state_abbreviations", ["state", "abbreviations"])
SUBDIVISION_ALIASES = _lists("subdivision_aliases", ["subdivision", "aliases"])
OTHER_REGIONS_GPE = {row[0]: split_list(row[1]) for row in _read("other_regions_gpe", ["canonical", "aliases", "section"])}
LOC = _lists("loc", ["canonical", "aliases"])

# canonical (a surface too, unless written "=Canonical") and aliases.
NORP = [row[:2] for row in _read("norp", ["canonical", "aliases", "section"])]
ORGANISATIONS = [row[:2] for row in _read("organisations", ["canonical", "aliases", "section"])]
PRODUCTS = [row[:2] for row in _read("products", ["canonical", "aliases", "section"])]
EVENTS = [row[:2] for row in _read("events", ["canonical", "aliases", "section"])]
EXTRA_LANGUAGES = _words("extra_languages")

TITLES = _words("titles", "title")
MINISTER_PORTFOLIOS = _words("minister_portfolios", "portfolio")
MINISTER_OF_FORMS = set(_words("minister_of_forms", "portfolio"))
TITLE_PREFIXES = _words("title_prefixes", "prefix")
LOWERCASE_TITLES = _words("lowercase_titles", "title")
ORG_SUFFIXES = _words("org_suffixes", "word")
ORG_PREFIXES = _words("org_prefixes", "words")

INTERNATIONAL_GIVEN_NAMES = _words("given_names")
FAMILY_NAMES_FIRST = _words("family_names_first")
GIVEN_EXCLUDED = set(_words("given_excluded"))
GIVEN_WORD_KEEP = set(_words("given_word_keep"))
SHORT_GIVEN_KEEP = set(_words("short_given_keep"))
GIVEN_GEO_KEEP = set(_words("given_geo_keep"))

# GeoNames name -> (canonical or None to leave the city out, surfaces).
CITY_EXONYMS = {
    name: (None if canonical == "-" else canonical, split_list(surfaces))
    for name, canonical, surfaces in _read("city_exonyms", ["geonames_name", "canonical", "surfaces"])
}
EXTRA_CITIES = _lists("extra_cities", ["canonical", "aliases"])
CITY_KEEP = set(_words("city_keep"))
CITY_DROP = {row[0] for row in _read("city_drop", ["name", "section"])}

COUNTRY_CANONICALS = {row[1] for row in COUNTRIES} - {"-"}
