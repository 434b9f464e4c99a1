import NewsGraphCore

/// Cross-document entity resolution: decides which entity keys name the same entity.
///
/// The extractor already merges within a document ("Kahl" after "Colin Kahl") and keys gazetteer
/// names canonically ("U.S." and "US" → `GPE:United States`). Across documents a one-word name
/// remains: a story that only says "Blair". It joins a longer name of the same label when the
/// corpus makes that unambiguous:
/// - a person's one-word name joins the only person in the corpus whose last word it is
///   (`PERSON:Blair` → `PERSON:Tony Blair`, unless there is also a `PERSON:Cherie Blair`);
/// - otherwise a one-word name joins the only longer entity of its label that was written that
///   way in some document (`ORG:WTO` → `ORG:World Trade Organization` once one story spelled
///   out the acronym).
package enum EntityResolver {
    typealias Entity = (name: String, label: EntityLabel, aliases: Set<String>, mentions: Int)

    /// Keys to merge, each mapped to the key of the node it joins (possibly a key no document
    /// used: a nationality's country). `keptApart(short, long)` vetoes a one-word merge that a
    /// document refused.
    static func resolve(
        _ entities: [String: Entity], keepsNationalities: Bool = false,
        keptApart: (String, String) -> Bool = { _, _ in false }
    ) -> [String: String] {
        var merged = joiningOneWordNames(entities).filter { !keptApart($0.key, $0.value) }
        for (key, target) in NameVariants.joins(entities) where merged[key] == nil { merged[key] = target }
        if !keepsNationalities {
            for key in entities.keys where merged[key] == nil {
                if let country = Nationalities.countryKey(for: key) { merged[key] = country }
            }
        }
        for (key, target) in NameVariants.teamsByPlace(entities, merged: merged) where merged[key] == nil {
            merged[key] = target
        }
        return followed(merged)
    }

    /// Each merge taken to its end (`A → B`, `B → C` gives `A → C`); a cycle, which the rules
    /// should not make, stops at the key where it closes.
    static func followed(_ merged: [String: String]) -> [String: String] {
        var result: [String: String] = [:]
        for (key, target) in merged {
            var end = target
            var seen: Set<String> = [key]
            while let next = merged[end], seen.insert(end).inserted { end = next }
            if end != key { result[key] = end }
        }
        return result
    }

    /// The one-word rules above.
    static func joiningOneWordNames(_ entities: [String: Entity]) -> [String: String] {
        var byLastWord: [String: [String]] = [:]
        var byAlias: [String: [String]] = [:]
        for (key, entity) in entities where isMultiWord(entity.name) {
            if entity.label == .person, let last = entity.name.split(separator: " ").last {
                byLastWord[String(last), default: []].append(key)
            }
            for alias in entity.aliases {
                byAlias[entity.label.rawValue + ":" + alias, default: []].append(key)
            }
        }
        var merged: [String: String] = [:]
        for (key, entity) in entities where !isMultiWord(entity.name) {
            if entity.label == .person, let sharing = byLastWord[entity.name] {
                if sharing.count == 1 { merged[key] = sharing[0] }
                continue
            }
            let writtenSo = (byAlias[entity.label.rawValue + ":" + entity.name] ?? []).filter {
                isAcronym(entity.name, of: entities[$0]!.name)
            }
            if writtenSo.count == 1 { merged[key] = writtenSo[0] }
        }
        return merged
    }

    /// The label of a key (`ORG:Leeds` → `.org`), nil when it has none.
    static func label(ofKey key: String) -> EntityLabel? {
        guard let colon = key.utf8.firstIndex(of: UInt8(ascii: ":")) else { return nil }
        return EntityLabel(rawValue: String(key[..<colon]))
    }

    /// The record with its sides of sports results keyed as teams (``TeamNames``) and every
    /// one-word key that is a word (or the initials) of exactly one longer key of its label in
    /// the same document rewritten to that key: what the extractor left apart ("Osbourne"
    /// beside "Ozzy Osbourne") so a merge across documents never counts one document twice.
    /// Applied to every record before the graph and the database see it.
    package static func resolvingWithinDocument(_ record: DocumentRecord) -> DocumentRecord {
        resolvingWithinDocument(record, keys: RecordKeys(record)).record
    }

    /// The same, for a record whose keys are already grouped; gives the keys of the result
    /// too (the same `keys` when nothing was rewritten, as for nearly every record).
    package static func resolvingWithinDocument(
        _ record: DocumentRecord, keys: RecordKeys
    ) -> (record: DocumentRecord, keys: RecordKeys) {
        if let teams = TeamNames.rekeyed(record) {
            return joiningShortNames(teams, keys: RecordKeys(teams))
        }
        return joiningShortNames(record, keys: keys)
    }

    /// The one-word keys of a record joined to the longer key they stand for (see above).
    private static func joiningShortNames(
        _ record: DocumentRecord, keys: RecordKeys
    ) -> (record: DocumentRecord, keys: RecordKeys) {
        // Each distinct key of a mention once, with the label of its first mention and what the
        // joining rule asks of it computed once.
        var labels = [EntityLabel?](repeating: nil, count: keys.keys.count)
        for (index, mention) in record.entities.enumerated() where labels[Int(keys.mentionKeys[index])] == nil {
            labels[Int(keys.mentionKeys[index])] = mention.label
        }
        var short: [(key: String, word: String, label: EntityLabel)] = []
        var long: [(key: String, lastWord: Substring, label: EntityLabel)] = []
        for (position, key) in keys.keys.enumerated() {
            guard let label = labels[position] else { continue }
            let name = name(key)
            if isMultiWord(name) {
                long.append((key, lastWord(of: name), label))
            } else {
                short.append((key, name, label))
            }
        }
        guard !short.isEmpty, !long.isEmpty else { return (record, keys) }
        // Initials only when some one-word name is an acronym (most documents have none).
        var initials: [String?] = Array(repeating: nil, count: long.count)
        var rewrite: [String: String] = [:]
        for candidate in short {
            let isPerson = candidate.label == .person
            let acronym = !isPerson && isUppercaseWord(candidate.word)
            guard isPerson || acronym else { continue }
            var joins: String?
            var count = 0
            for (index, other) in long.enumerated() where other.label == candidate.label {
                let matches: Bool
                if isPerson {
                    matches = other.lastWord == candidate.word
                } else {
                    if initials[index] == nil { initials[index] = Self.initials(of: name(other.key)) }
                    matches = initials[index] == candidate.word
                }
                if matches {
                    count += 1
                    joins = other.key
                }
            }
            if count == 1, let joins { rewrite[candidate.key] = joins }
        }
        guard !rewrite.isEmpty else { return (record, keys) }
        var resolved = record
        for index in resolved.entities.indices {
            if let key = rewrite[resolved.entities[index].entity] { resolved.entities[index].entity = key }
        }
        for index in resolved.quotes.indices {
            if let speaker = resolved.quotes[index].speakerEntity, let key = rewrite[speaker] {
                resolved.quotes[index].speakerEntity = key
            }
        }
        for index in resolved.roles.indices {
            if let key = rewrite[resolved.roles[index].person] { resolved.roles[index].person = key }
            if let organisation = resolved.roles[index].organisation, let key = rewrite[organisation] {
                resolved.roles[index].organisation = key
            }
        }
        return (resolved, RecordKeys(resolved))
    }

    /// The text after the last space.
    static func lastWord(of name: String) -> Substring {
        guard let space = name.utf8.lastIndex(of: UInt8(ascii: " ")) else { return Substring(name) }
        return name[name.utf8.index(after: space)...]
    }

    /// The first letters of the capitalised words: "World Trade Organization" → "WTO".
    static func initials(of name: String) -> String {
        String(
            name.split(separator: " ").compactMap { word -> Character? in
                guard let first = word.first, first.isUppercase else { return nil }
                return first
            })
    }

    /// Two or more letters, all capitals; ASCII on the bytes, anything else by `Character`.
    static func isUppercaseWord(_ word: String) -> Bool {
        let utf8 = word.utf8
        if utf8.allSatisfy({ $0 < 0x80 }) {
            return utf8.count >= 2 && utf8.allSatisfy { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }
        }
        return word.count >= 2 && word.allSatisfy { $0.isUppercase }
    }

    /// A person's last name, or an acronym of a longer name: the one-word names that may stand
    /// for a longer one ("Ireland" never stands for "Northern Ireland").
    static func mayJoin(_ short: String, _ long: String, label: EntityLabel) -> Bool {
        if label == .person { return lastWord(of: long) == short }
        return isAcronym(short, of: long)
    }

    /// "WTO" of "World Trade Organization", "FBI" of "Federal Bureau of Investigation".
    static func isAcronym(_ short: String, of long: String) -> Bool {
        isUppercaseWord(short) && initials(of: long) == short
    }

    /// A space in the name; on the bytes (Foundation's `contains` searched with locale rules,
    /// on every mention of every document).
    /// Searched in the contiguous bytes: the generic search of the `utf8` view cost several times
    /// as much.
    static func isMultiWord(_ name: String) -> Bool {
        var name = name
        return name.withUTF8 { $0.contains(UInt8(ascii: " ")) }
    }

    /// `PERSON:Colin Kahl` → `Colin Kahl`; the colon found in the contiguous bytes, as in
    /// ``isMultiWord(_:)``.
    static func name(_ key: String) -> String {
        var key = key
        guard let colon = key.withUTF8({ $0.firstIndex(of: UInt8(ascii: ":")) }) else { return key }
        let utf8 = key.utf8
        return String(key[utf8.index(utf8.startIndex, offsetBy: colon + 1)...])
    }
}
