import NewsGraphCore

/// What one document adds to the graph, worked out on its own: its distinct entity keys with
/// their counts and surface forms, the edges among them, and the pairs it keeps apart.
///
/// The summary needs nothing from other documents, so the workers build it in parallel;
/// ``GraphBuilder/add(_:)-(DocumentSummary)`` then only looks up each distinct key once, instead
/// of hashing every mention on the one thread that merges documents.
package struct DocumentSummary: Sendable {
    /// One distinct entity key of the document.
    struct Entity: Sendable {
        var key: String
        var label: EntityLabel
        var name: String
        var isMultiWord: Bool
        var mentions = 0
        /// Surface forms, each once.
        var aliases: [String] = []
    }

    let id: String
    let title: String?
    /// ``GraphBuilder/publicationDate(_:)`` of the record.
    let published: String?
    /// In order of first mention; edges and pairs refer to them by position.
    private(set) var entities: [Entity] = []
    /// Edge weights within the document, each ``packedEdge(_:_:_:)`` of positions once.
    private(set) var edges: [(packed: UInt64, weight: Int)] = []
    /// One-word and longer keys named side by side (`(short, long)` positions).
    private(set) var keptApart: [(short: Int32, long: Int32)] = []
    /// Titles given to persons (positions), with the organisation they serve (a position, or
    /// -1 when none is named) and how often the document gives each.
    private(set) var roles: [(person: Int32, organisation: Int32, title: String, count: Int)] = []
    /// Groups of keys (positions) that a cross-document rule may join into one node (the same
    /// words in another case or under another label, a nationality and its country, a place
    /// and a team named after it): the builder counts the document once for such a node.
    private(set) var joinable: [[Int32]] = []
    /// Keys this document folded into another of its keys that the corpus rules join them to
    /// anyway (a nationality into its country, capitals into the ordinary spelling), so a
    /// sentence naming both counts once; the builder still learns the key, for the database.
    private(set) var folded: [String] = []
    /// The candidate place (a ``PlaceTable`` row) the document's other places choose for each
    /// ambiguous place name it names (positions).
    private(set) var placeVotes: [(position: Int32, row: Int32)] = []

    /// Summarises a record already passed through ``EntityResolver/resolvingWithinDocument(_:)``;
    /// mentions whose label `options` leaves out are skipped.
    package init(resolved record: DocumentRecord, options: GraphOptions) {
        self.init(resolved: record, keys: RecordKeys(record), options: options)
    }

    /// With the record's keys already grouped (the database rows group them too).
    package init(resolved record: DocumentRecord, keys recordKeys: RecordKeys, options: GraphOptions) {
        id = record.id
        title = record.title
        published = GraphBuilder.publicationDate(record.metadata.published)
        // Positions here count only the mentions the options keep; `positions` maps the
        // record's key positions to them.
        var positions = [Int32](repeating: -1, count: recordKeys.keys.count)
        var mentionPositions = [Int32](repeating: -1, count: record.entities.count)
        var bySentence: [(sentence: Int, position: Int32)] = []
        bySentence.reserveCapacity(record.entities.count)
        let sameNode = Self.sameNodeKeys(recordKeys.keys, options: options)
        for (original, target) in sameNode.enumerated() where target != original {
            folded.append(recordKeys.keys[original])
        }
        for (index, mention) in record.entities.enumerated() where options.includes(mention.label) {
            let recordPosition = sameNode[Int(recordKeys.mentionKeys[index])]
            if positions[recordPosition] < 0 {
                positions[recordPosition] = Int32(entities.count)
                let key = recordKeys.keys[recordPosition]
                let name = EntityResolver.name(key)
                entities.append(
                    Entity(
                        key: key, label: EntityResolver.label(ofKey: key) ?? mention.label, name: name,
                        isMultiWord: EntityResolver.isMultiWord(name)))
            }
            let position = positions[recordPosition]
            mentionPositions[index] = position
            entities[Int(position)].mentions += 1
            if !entities[Int(position)].aliases.contains(mention.text) {
                entities[Int(position)].aliases.append(mention.text)
            }
            bySentence.append((mention.sentence, position))
        }
        findKeptApart()
        findJoinable()
        collectRoles(record.roles)
        collectPlaceVotes()
        // Every counted pair is listed, then the list sorted and counted run by run: no hashing.
        var pairs: [UInt64] = []
        collectCoMentions(bySentence, into: &pairs)
        // The mentions inside each quote, found from the first one starting in it (mentions in
        // text order, as the extractor writes them), not by reading them all for every quote: a
        // long document has thousands of each.
        let byStart = Self.mentionsByStart(record.entities)
        for (quoteIndex, quote) in record.quotes.enumerated() {
            let speakerKey = recordKeys.speakerKeys[quoteIndex]
            guard speakerKey >= 0, positions[sameNode[Int(speakerKey)]] >= 0 else { continue }
            let speaker = positions[sameNode[Int(speakerKey)]]
            var about: [Int32] = []
            var next = Self.firstStarting(atOrAfter: quote.start, in: byStart, record.entities)
            while next < byStart.count, record.entities[byStart[next]].start < quote.end {
                let index = byStart[next]
                next += 1
                guard mentionPositions[index] >= 0, record.entities[index].end <= quote.end else { continue }
                let position = mentionPositions[index]
                if position != speaker && !about.contains(position) { about.append(position) }
            }
            for target in about { pairs.append(Self.packedEdge(speaker, target, .quotes)) }
        }
        pairs.sort()
        var runStart = 0
        while runStart < pairs.count {
            var runEnd = runStart + 1
            while runEnd < pairs.count && pairs[runEnd] == pairs[runStart] { runEnd += 1 }
            edges.append((pairs[runStart], runEnd - runStart))
            runStart = runEnd
        }
    }

    /// For each of the record's keys, the key of the record it stands for in the graph: a
    /// nationality its country (unless `options` keep nationalities) and a name in capitals its
    /// ordinary spelling under the same label, when the document names those too; itself else.
    static func sameNodeKeys(_ keys: [String], options: GraphOptions) -> [Int] {
        var result = Array(keys.indices)
        let candidates = keys.indices.filter {
            isCapitalsName(keys[$0]) || (!options.keepsNationalities && Nationalities.countryKey(for: keys[$0]) != nil)
        }
        guard !candidates.isEmpty else { return result }
        // Most candidates are nationalities whose country the document names: the table of
        // ordinary spellings is made only when a candidate needs it.
        var ordinaryOf: [String: Int]?
        for position in candidates {
            let key = keys[position]
            if let country = Nationalities.countryKey(for: key), !options.keepsNationalities,
                let target = keys.lastIndex(of: country)
            {
                result[position] = target
                continue
            }
            if ordinaryOf == nil {
                // Only keys whose folded form may equal a candidate's go in: an ASCII key's
                // length tells its folded form's, so most keys are passed over unfolded.
                var lengths = Set<Int>()
                var anyLength = false
                for candidate in candidates {
                    if let length = asciiFoldedLength(keys[candidate]) {
                        lengths.insert(length)
                    } else {
                        anyLength = true
                    }
                }
                var table: [String: Int] = [:]
                for (index, other) in keys.enumerated() {
                    if !anyLength, let length = asciiFoldedLength(other), !lengths.contains(length) { continue }
                    guard !isCapitalsName(other) else { continue }
                    let folded = foldedKey(other)
                    if table[folded] == nil { table[folded] = index }
                }
                ordinaryOf = table
            }
            if let target = ordinaryOf?[foldedKey(key)] { result[position] = target }
        }
        return result
    }

    /// The length in bytes of ``foldedKey(_:)`` of an ASCII key (lower case keeps it), `nil` for
    /// any other key.
    private static func asciiFoldedLength(_ key: String) -> Int? {
        var key = key
        return key.withUTF8 { bytes in
            var hasColon = false
            for byte in bytes {
                if byte >= 0x80 { return nil }
                if byte == UInt8(ascii: ":") { hasColon = true }
            }
            // Without a colon the whole key is both the label part and the name.
            return hasColon ? bytes.count : 2 * bytes.count + 1
        }
    }

    /// `NameVariants.isCapitals(EntityResolver.name(key))`, read on the key's bytes when its name
    /// is ASCII (the name then is exactly the bytes after the colon): every key of every document
    /// asks, and making the name is an allocation.
    private static func isCapitalsName(_ key: String) -> Bool {
        var key = key
        let ascii: Bool? = key.withUTF8 { bytes in
            guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")) else { return nil }
            var letters = 0
            for byte in bytes[(colon + 1)...] {
                if byte >= 0x80 { return nil }
                if byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") { return false }
                if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { letters += 1 }
            }
            return letters >= 2
        }
        return ascii ?? NameVariants.isCapitals(EntityResolver.name(key))
    }

    /// `LABEL:name in lower case`: the key a name in capitals shares with its ordinary spelling.
    private static func foldedKey(_ key: String) -> String {
        String(labelPart(key)) + ":" + EntityResolver.name(key).lowercased()
    }

    /// The key up to its first colon that is a character of its own (`key.prefix { $0 != ":" }`),
    /// found on the bytes when what follows the colon is ASCII, which cannot fuse with it.
    private static func labelPart(_ key: String) -> Substring {
        let utf8 = key.utf8
        if let colon = utf8.firstIndex(of: UInt8(ascii: ":")) {
            let next = utf8.index(after: colon)
            if next == utf8.endIndex || utf8[next] < 0x80 { return key[..<colon] }
        }
        return key.prefix { $0 != ":" }
    }

    /// Unions the keys sharing a folded name, a nationality's country, or (organisations) a
    /// leading run of words; a group may hold more than will join, never less.
    private mutating func findJoinable() {
        guard entities.count > 1 else { return }
        var parent = Array(Int32(0)..<Int32(entities.count))
        func root(_ position: Int32) -> Int32 {
            var position = position
            while parent[Int(position)] != position { position = parent[Int(position)] }
            return position
        }
        func union(_ one: Int32, _ other: Int32) {
            let (a, b) = (root(one), root(other))
            if a != b { parent[Int(max(a, b))] = min(a, b) }
        }
        var first: [String: Int32] = [:]
        first.reserveCapacity(entities.count * 2)
        var folded: [String] = []
        folded.reserveCapacity(entities.count)
        for (position, entity) in entities.enumerated() {
            folded.append(entity.name.lowercased())
            var names = [folded[position]]
            // Under any label: a stray label may first yield to NORP, then join the country.
            if let country = Nationalities.countryByAdjective[entity.name] { names.append(country.lowercased()) }
            for name in names {
                if let other = first[name] { union(other, Int32(position)) } else { first[name] = Int32(position) }
            }
        }
        // An organisation joins a name of the document that begins it ("Leeds" in "Leeds United").
        var prefix: [UInt8] = []
        for position in entities.indices where entities[position].label == .org && entities[position].isMultiWord {
            let name = folded[position]
            // In ASCII a space is a character of its own, so the words split on the bytes.
            guard name.utf8.allSatisfy({ $0 < 0x80 }) else {
                let words = name.split(separator: " ")
                for count in 1..<words.count {
                    if let other = first[words[..<count].joined(separator: " ")] { union(other, Int32(position)) }
                }
                continue
            }
            let words = name.utf8.split(separator: UInt8(ascii: " "))
            prefix.removeAll(keepingCapacity: true)
            for word in words.dropLast() {
                if !prefix.isEmpty { prefix.append(UInt8(ascii: " ")) }
                prefix.append(contentsOf: word)
                if let other = first[String(decoding: prefix, as: UTF8.self)] { union(other, Int32(position)) }
            }
        }
        // Most keys join nothing: lists are made only for the groups of two or more.
        let roots = parent.indices.map { root(Int32($0)) }
        var sizes = [Int32](repeating: 0, count: roots.count)
        for top in roots { sizes[Int(top)] += 1 }
        var groups: [Int32: [Int32]] = [:]
        for (position, top) in roots.enumerated() where sizes[Int(top)] > 1 {
            groups[top, default: []].append(Int32(position))
        }
        joinable = groups.values.map { $0.sorted() }
    }

    /// The record's roles by position; a role whose person the options leave out is dropped,
    /// one whose organisation they leave out keeps its title.
    private mutating func collectRoles(_ records: [Role]) {
        guard !records.isEmpty else { return }
        var positionOfKey: [String: Int32] = [:]
        for (position, entity) in entities.enumerated() { positionOfKey[entity.key] = Int32(position) }
        for role in records {
            guard let person = positionOfKey[role.person] else { continue }
            let organisation = role.organisation.flatMap { positionOfKey[$0] } ?? -1
            if let index = roles.firstIndex(where: {
                $0.person == person && $0.organisation == organisation && $0.title == role.title
            }) {
                roles[index].count += 1
            } else {
                roles.append((person, organisation, role.title, 1))
            }
        }
    }

    private mutating func collectPlaceVotes() {
        let places = entities.indices.filter { entities[$0].label == .gpe || entities[$0].label == .loc }
        guard places.count > 1 else { return }
        for choice in PlaceTable.shared.contextChoices(places.map { entities[$0].name }) {
            placeVotes.append((Int32(places[choice.index]), choice.row))
        }
    }

    /// Mention indices in order of start: the record's own order when it is sorted (always, from
    /// the extractor), else sorted here.
    private static func mentionsByStart(_ mentions: [EntityMention]) -> [Int] {
        let indices = Array(mentions.indices)
        // By index: zipping the mentions with themselves copied each one (its strings retained).
        let isSorted = mentions.indices.dropFirst().allSatisfy { mentions[$0 - 1].start <= mentions[$0].start }
        return isSorted ? indices : indices.sorted { (mentions[$0].start, $0) < (mentions[$1].start, $1) }
    }

    /// The first position in `byStart` whose mention starts at `offset` or later.
    private static func firstStarting(atOrAfter offset: Int, in byStart: [Int], _ mentions: [EntityMention]) -> Int {
        var low = 0
        var high = byStart.count
        while low < high {
            let middle = (low + high) / 2
            if mentions[byStart[middle]].start < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }

    private mutating func findKeptApart() {
        let oneWord = entities.indices.filter { !entities[$0].isMultiWord }
        guard !oneWord.isEmpty else { return }
        for long in entities.indices where entities[long].isMultiWord {
            for short in oneWord where entities[short].label == entities[long].label {
                if EntityResolver.mayJoin(entities[short].name, entities[long].name, label: entities[long].label) {
                    keptApart.append((Int32(short), Int32(long)))
                }
            }
        }
    }

    /// A sentence naming more entities than this is a list (a squad, a table read as one line),
    /// not a statement that links them: it gives no co-mention edges, so a sentence adds at most
    /// 1,225 and no line of names grows the edges with the square of its length.
    package static let maximumCoMentionNames = 50

    /// Each pair of distinct entities in a sentence, once per sentence.
    private func collectCoMentions(_ bySentence: [(sentence: Int, position: Int32)], into pairs: inout [UInt64]) {
        var bySentence = bySentence
        bySentence.sort { ($0.sentence, $0.position) < ($1.sentence, $1.position) }
        var groupStart = 0
        var positions: [Int32] = []
        while groupStart < bySentence.count {
            var groupEnd = groupStart
            positions.removeAll(keepingCapacity: true)
            while groupEnd < bySentence.count && bySentence[groupEnd].sentence == bySentence[groupStart].sentence {
                if positions.last != bySentence[groupEnd].position { positions.append(bySentence[groupEnd].position) }
                groupEnd += 1
            }
            if positions.count > Self.maximumCoMentionNames { positions.removeAll(keepingCapacity: true) }
            for (offset, source) in positions.enumerated() {
                for target in positions[(offset + 1)...] { pairs.append(Self.packedEdge(source, target, .coMention)) }
            }
            groupStart = groupEnd
        }
    }

    /// `(source, target, relation)` in one number; ``GraphBuilder`` packs its key numbers with it too.
    static func packedEdge(_ source: Int32, _ target: Int32, _ relation: EntityGraph.Relation) -> UInt64 {
        let code: UInt64 =
            switch relation {
            case .coMention: 0
            case .quotes: 1
            default: 2
            }
        return UInt64(UInt32(source)) << 33 | UInt64(UInt32(target)) << 2 | code
    }

    static func unpackedEdge(_ packed: UInt64) -> (source: Int32, target: Int32, relation: EntityGraph.Relation) {
        let relation: EntityGraph.Relation =
            switch packed & 3 {
            case 0: .coMention
            case 1: .quotes
            default: .mentions
            }
        return (Int32((packed >> 33) & 0x7FFF_FFFF), Int32((packed >> 2) & 0x7FFF_FFFF), relation)
    }
}
