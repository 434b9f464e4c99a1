import NewsGraphCore

/// One name, one node, across the corpus: the merges ``EntityResolver/resolve(_:keepsNationalities:keptApart:)``
/// makes between keys whose names are the same words.
///
/// - Case: a name written only in capitals (a headline, a dateline, a results table: `JAKARTA`)
///   joins the same name of its label in ordinary case, the one with most mentions.
/// - Label: a name keeps one label across the corpus unless the evidence differs. A person, an
///   organisation and a place may share a name (Ford the man and the company; Leeds the city and
///   its team), so those labels never vote each other away; any other disagreement is taken as
///   a misreading, and a key joins the same name under another label that has at least three
///   times its mentions (`LANGUAGE:Bantu` once beside `NORP:Bantu` many times).
/// - Teams: a team named by its place (`ORG:Leeds`, beside a `GPE:Leeds`) joins the only
///   organisation of the corpus whose name begins with that place ("Leeds United"); two such
///   organisations leave it alone.
enum NameVariants {
    /// Labels that may rightly share a name.
    private static let sharedLabels: Set<EntityLabel> = [.person, .org, .gpe, .loc, .fac]
    /// How many times more mentions the winning label needs.
    private static let labelMargin = 3

    static func joins(_ entities: [String: EntityResolver.Entity]) -> [String: String] {
        var groups: [String: [String]] = [:]
        for (key, entity) in entities { groups[entity.name.lowercased(), default: []].append(key) }
        var merged: [String: String] = [:]
        for var keys in groups.values where keys.count > 1 {
            keys.sort()
            // Most mentions first, then by key, so the choice does not depend on the order of documents.
            func strongest(_ candidates: [String]) -> String? {
                candidates.min { (-entities[$0]!.mentions, $0) < (-entities[$1]!.mentions, $1) }
            }
            for key in keys where isCapitals(entities[key]!.name) {
                let label = entities[key]!.label
                let ordinary = keys.filter { entities[$0]!.label == label && !isCapitals(entities[$0]!.name) }
                if let target = strongest(ordinary) { merged[key] = target }
            }
            for key in keys where merged[key] == nil {
                let entity = entities[key]!
                let others = keys.filter { other in
                    let label = entities[other]!.label
                    return label != entity.label && merged[other] == nil
                        && !(sharedLabels.contains(label) && sharedLabels.contains(entity.label))
                }
                if let target = strongest(others), entities[target]!.mentions >= labelMargin * entity.mentions {
                    merged[key] = target
                }
            }
        }
        return merged
    }

    /// `ORG:Leeds` (or `ORG:LEEDS`) → `ORG:Leeds United` when a place is called Leeds and one
    /// organisation's name begins with "Leeds " (case aside). Keys already merged (into
    /// `merged`) count by their target.
    static func teamsByPlace(_ entities: [String: EntityResolver.Entity], merged: [String: String]) -> [String: String]
    {
        var places = Set<String>()
        var byPrefix: [String: Set<String>] = [:]
        for (key, entity) in entities {
            switch entity.label {
            case .gpe, .loc: places.insert(entity.name.lowercased())
            case .org:
                let target = merged[key] ?? key
                guard EntityResolver.isMultiWord(entity.name), EntityResolver.label(ofKey: target) == .org else {
                    continue
                }
                let words = entity.name.lowercased().split(separator: " ")
                for count in 1..<words.count {
                    byPrefix[words[..<count].joined(separator: " "), default: []].insert(target)
                }
            default: continue
            }
        }
        var teams: [String: String] = [:]
        for (key, entity) in entities where entity.label == .org {
            let name = entity.name.lowercased()
            guard places.contains(name), let named = byPrefix[name], named.count == 1, let target = named.first else {
                continue
            }
            teams[key] = target
        }
        return teams
    }

    /// Two or more letters and no lowercase one: `JAKARTA`, `NEW YORK`.
    static func isCapitals(_ name: String) -> Bool {
        // ASCII on the bytes (its only letters are A-Z and a-z): every key of every document
        // asks, and the scalar properties are a table look-up each.
        var name = name
        let ascii: Bool? = name.withUTF8 { bytes in
            var letters = 0
            for byte in bytes {
                if byte >= 0x80 { return nil }
                if byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") { return false }
                if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { letters += 1 }
            }
            return letters >= 2
        }
        if let ascii { return ascii }
        var letters = 0
        for scalar in name.unicodeScalars where scalar.properties.isAlphabetic {
            if scalar.properties.isLowercase { return false }
            letters += 1
        }
        return letters >= 2
    }
}
