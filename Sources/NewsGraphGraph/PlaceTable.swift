import NewsGraphCore

/// The places each gazetteer place name can mean, with their GeoNames facts, and the choice
/// among them.
///
/// The table is ``PlaceData`` (generated from GeoNames by `Scripts/gazetteer/places.py`), read
/// once. A name's candidates come most prominent first. The choice has two steps, so it can be
/// told: each document that names an ambiguous place votes for the candidate in the country or
/// first-level division of the unambiguous places it also names (a division beats a country;
/// among equals the more prominent; a country or capital gives way only to a division match); the node takes the candidate most documents voted for
/// (``EntityGraph/Place/Reason/context``), else the most prominent one
/// (``EntityGraph/Place/Reason/prominence``). Votes are sums, so the order documents come in
/// never changes the choice.
/// A town listed for a name the gazetteer lacks is only ever chosen by votes.
package struct PlaceTable: Sendable {
    struct Candidate: Sendable {
        /// 0 when GeoNames' packaged data gives none.
        var geonamesID: Int
        var countryCode: String
        var admin1: String
        var featureClass: String
        var latitude: Double?
        var longitude: Double?
        /// A country or a national capital of the gazetteer's size: what the name means unless
        /// the document names a place in another candidate's own division.
        var holdsName: Bool
        /// A town listed for a name the gazetteer does not know: the extractor found the name
        /// by its context alone, so a town of that name somewhere is no evidence by itself.
        var isTown: Bool
    }

    /// Every candidate; one name's are consecutive, most prominent first.
    let candidates: [Candidate]
    /// Name → its candidates' rows in ``candidates``.
    let rowsByName: [String: Range<Int32>]

    package static let shared = PlaceTable(PlaceData.places)

    /// Reads the table on its bytes (lines of tab-separated fields): read by characters, the
    /// tens of thousands of rows cost more than a document's whole graph summary.
    init(_ text: String) {
        var text = text
        (candidates, rowsByName) = text.withUTF8 { Self.rows(of: $0) }
    }

    private static func rows(
        of bytes: UnsafeBufferPointer<UInt8>
    ) -> (candidates: [Candidate], rowsByName: [String: Range<Int32>]) {
        var candidates: [Candidate] = []
        var rowsByName: [String: Range<Int32>] = [:]
        var fields: [Range<Int>] = []
        var lineStart = 0
        while lineStart < bytes.count {
            var lineEnd = lineStart
            fields.removeAll(keepingCapacity: true)
            var fieldStart = lineStart
            while lineEnd < bytes.count && bytes[lineEnd] != 10 {
                if bytes[lineEnd] == 9 {
                    fields.append(fieldStart..<lineEnd)
                    fieldStart = lineEnd + 1
                }
                lineEnd += 1
            }
            fields.append(fieldStart..<lineEnd)
            lineStart = lineEnd + 1
            // A malformed row is a generator bug: the test of this type reads every row.
            guard fields.count == 9 else { continue }
            func field(_ index: Int) -> String {
                String(decoding: UnsafeBufferPointer(rebasing: bytes[fields[index]]), as: UTF8.self)
            }
            let name = field(0)
            let row = Int32(candidates.count)
            let range = rowsByName[name].map { $0.lowerBound..<(row + 1) } ?? row..<(row + 1)
            rowsByName[name] = range
            let kind = field(8)
            candidates.append(
                Candidate(
                    geonamesID: Int(field(1)) ?? 0, countryCode: field(2), admin1: field(3),
                    featureClass: field(4), latitude: Double(field(5)), longitude: Double(field(6)),
                    holdsName: kind == "country" || kind == "capital", isTown: kind == "town"))
        }
        return (candidates, rowsByName)
    }

    /// For the place names of one document (GPE/LOC entity names), the candidate row each
    /// ambiguous one takes from the others: the first candidate (most prominent) in the
    /// first-level division of an unambiguous place the document names, else in its country.
    /// Names the other places do not settle are left out.
    func contextChoices(_ names: [String]) -> [(index: Int, row: Int32)] {
        var countries = Set<String>()
        var areas = Set<String>()
        var ambiguous: [(index: Int, rows: Range<Int32>)] = []
        for (index, name) in names.enumerated() {
            guard let rows = rowsByName[name] else { continue }
            // A town stands for the name only where the document's places agree, so even a lone
            // one waits for them and gives them no country.
            if rows.count > 1 || candidates[Int(rows.lowerBound)].isTown {
                ambiguous.append((index, rows))
                continue
            }
            let place = candidates[Int(rows.lowerBound)]
            if !place.countryCode.isEmpty { countries.insert(place.countryCode) }
            if !place.admin1.isEmpty { areas.insert(place.countryCode + "/" + place.admin1) }
        }
        guard !countries.isEmpty else { return [] }
        var choices: [(index: Int, row: Int32)] = []
        for (index, rows) in ambiguous {
            // A country or capital yields its name only to a place whose own division the document
            // names (Atlanta for the US state of Georgia), not to one merely in a country it names.
            let leadIsCountry = candidates[Int(rows.lowerBound)].holdsName
            var best: (row: Int32, score: Int)?
            for row in rows {
                let place = candidates[Int(row)]
                var score =
                    !place.admin1.isEmpty && areas.contains(place.countryCode + "/" + place.admin1)
                    ? 2 : countries.contains(place.countryCode) ? 1 : 0
                if leadIsCountry && row != rows.lowerBound && score < 2 { score = 0 }
                if score > (best?.score ?? 0) { best = (row, score) }
            }
            if let best { choices.append((index, best.row)) }
        }
        return choices
    }

    /// The place a node of this name stands for, given the documents' votes (row → documents);
    /// nil for a name the table does not know.
    func place(named name: String, votes: [Int32: Int]) -> EntityGraph.Place? {
        guard let rows = rowsByName[name] else { return nil }
        var chosen = rows.lowerBound
        var reason = EntityGraph.Place.Reason.prominence
        if rows.count == 1 && !candidates[Int(rows.lowerBound)].isTown {
            reason = .only
        } else if let best = votes.filter({ rows.contains($0.key) && $0.value > 0 })
            .min(by: { ($1.value, $0.key) < ($0.value, $1.key) })
        {
            chosen = best.key
            reason = .context
        }
        let place = candidates[Int(chosen)]
        // The name is the gazetteer's unknown: without documents that place it, it is no town.
        if place.isTown && reason != .context { return nil }
        return EntityGraph.Place(
            geonamesID: place.geonamesID == 0 ? nil : place.geonamesID, countryCode: place.countryCode,
            featureClass: place.featureClass, latitude: place.latitude, longitude: place.longitude, reason: reason)
    }
}
