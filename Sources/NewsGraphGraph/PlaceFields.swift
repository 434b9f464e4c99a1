import NewsGraphCore

/// A place node's GeoNames facts as the graph files write them: `geonames_id`, `country_code`,
/// `feature_class`, `latitude` and `longitude` (the names Gephi's Geo Layout looks for) and
/// `place_reason` (why this place of the name). Unknown values are left out, not written empty.
enum PlaceFields {
    static func values(_ place: EntityGraph.Place?) -> [(key: String, value: String)] {
        guard let place else { return [] }
        var values: [(key: String, value: String)] = []
        if let id = place.geonamesID { values.append(("geonames_id", String(id))) }
        if !place.countryCode.isEmpty { values.append(("country_code", place.countryCode)) }
        values.append(("feature_class", place.featureClass))
        if let latitude = place.latitude, let longitude = place.longitude {
            values.append(("latitude", coordinate(latitude)))
            values.append(("longitude", coordinate(longitude)))
        }
        values.append(("place_reason", place.reason.rawValue))
        return values
    }

    /// Degrees as the table gives them (four decimals, about 10 m); empty when unknown.
    static func coordinate(_ degrees: Double?) -> String {
        degrees.map { String($0) } ?? ""
    }
}
