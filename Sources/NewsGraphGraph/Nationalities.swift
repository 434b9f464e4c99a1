import NewsGraphCore

/// A nationality word is its country seen from its people: "Israeli ministers", "the Israelis"
/// speak of Israel. Unless asked to keep them (``GraphOptions/keepsNationalities``), a
/// nationality key joins its country's node (created if no document names the country itself),
/// so co-mentions and the database count the country once. The table comes from the
/// gazetteer's own country rows (`Scripts/gazetteer/nationalities.py`); groups that are no
/// country's people ("European", "Kurdish", "Muslim") stay NORP nodes.
package enum Nationalities {
    /// `NORP:Israeli` → `GPE:Israel`; nil for any other key.
    static func countryKey(for key: String) -> String? {
        guard key.hasUTF8Prefix("NORP:") else { return nil }
        guard let country = countryByAdjective[EntityResolver.name(key)] else { return nil }
        return EntityLabel.gpe.key(for: country)
    }
}
