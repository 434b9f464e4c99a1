import GRDB
import NewsGraphCore

/// What GeoNames says of a place node, as the run stored it on the `entities` row: enough to
/// put it on a map and to tell which of the places of its name it is.
package struct EntityPlace: Sendable, Equatable {
    package var geonamesID: Int?
    package var countryCode: String?
    package var featureClass: String?
    package var latitude: Double
    package var longitude: Double
    /// Why this place of its name: `only`, `context` or `prominence`.
    package var reason: String?

    /// The place on `row`, nil when the row has no coordinates (other nodes, names GeoNames'
    /// data lacks, databases written before places were stored).
    init?(_ row: Row) {
        guard row.hasColumn("latitude"), let latitude: Double = row["latitude"],
            let longitude: Double = row["longitude"]
        else { return nil }
        self.latitude = latitude
        self.longitude = longitude
        geonamesID = row["geonames_id"]
        countryCode = row["country_code"]
        featureClass = row["feature_class"]
        reason = row["place_reason"]
    }

    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("geonames_id", geonamesID)
        writer.field("country_code", countryCode)
        writer.field("feature_class", featureClass)
        writer.field("latitude", latitude)
        writer.field("longitude", longitude)
        writer.field("reason", reason)
        writer.endObject()
    }
}
