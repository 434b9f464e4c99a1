import NewsGraphCore

/// Word-sequence dictionary matched over tokens with a trie.
///
/// Surface forms are tokenized with the same ``Tokenizer`` as the text; the trie walks
/// case-folded token hashes, and a match is then checked against the exact hashes, so `US`
/// matches `US` but not `us`, while an ALL-CAPS headline may still match `LONDON`. Built once
/// and shared by every document; look-up is a hash probe per token.
package final class Gazetteer: Sendable {
    /// The key of the edge from `node` on a token: the token's hash mixed with the node, never 0.
    @inline(__always)
    static func transition(_ node: Int32, _ foldedHash: UInt64) -> UInt64 {
        let key = foldedHash &+ (UInt64(UInt32(bitPattern: node)) &+ 1) &* 0x9E37_79B9_7F4A_7C15
        return key == 0 ? 1 : key
    }

    package let entries: [GazetteerEntry]
    private let transitions: TokenHashTable
    /// An entry that ends at a trie node, with what a look-up checks packed in one place (one
    /// cache line, not one per array).
    struct Completion: Sendable {
        /// The exact hash of the entry's last token; single words need nothing else.
        var lastHash: UInt64
        var entry: Int32
        /// Where the exact hashes of all its tokens start in `exactHashes`.
        var hashOffset: Int32
        var category: GazetteerCategory
    }

    /// Completions of node `n` are `completionOffsets[n]..<completionOffsets[n + 1]` in
    /// `completions`: flat, so a look-up touches no per-node array.
    private let completionOffsets: [Int32]
    private let completions: [Completion]
    private let exactHashes: [UInt64]
    /// Longest surface form in tokens, bounding every look-up.
    package let maximumLength: Int
    /// A bit per hash class of the words that start some entry, as written and case-folded:
    /// 32 KB each that stay in cache, so the many words that start nothing ("the", "said")
    /// never touch the large transition table.
    private let firstWordFilter: [UInt64]
    private let foldedFirstWordFilter: [UInt64]
    /// The same kind of filter over every trie edge: a second word that continues no entry
    /// ("The" then "government") is turned away before the transition table.
    private let transitionFilter: [UInt64]

    @inline(__always)
    static func filterBit(_ foldedHash: UInt64) -> (word: Int, bit: UInt64) {
        let bits = Int(truncatingIfNeeded: (foldedHash >> 40) & 0x3FFFF)
        return (bits >> 6, 1 << UInt64(bits & 63))
    }

    /// A match of one entry over `length` tokens; `entryIndex` indexes ``entries``.
    package struct Match: Sendable, Equatable {
        package var length: Int
        package var entryIndex: Int32
        package var category: GazetteerCategory
    }

    package init(entries: [GazetteerEntry]) {
        let tokenizer = Tokenizer()
        var transitions: [UInt64: Int32] = [:]
        var completions: [[(entry: Int32, hashes: [UInt64])]] = [[]]
        var nodeCount: Int32 = 1
        var maximumLength = 0
        var filter = [UInt64](repeating: 0, count: 4096)
        var foldedFilter = filter
        for (index, entry) in entries.enumerated() {
            let tokens = tokenizer.tokenize(Array(entry.surface.utf8))
            guard !tokens.isEmpty else { continue }
            let (word, bit) = Self.filterBit(tokens[0].hash)
            filter[word] |= bit
            let (foldedWord, foldedBit) = Self.filterBit(tokens[0].foldedHash)
            foldedFilter[foldedWord] |= foldedBit
            maximumLength = max(maximumLength, tokens.count)
            var node: Int32 = 0
            for token in tokens {
                let key = Self.transition(node, token.foldedHash)
                if let next = transitions[key] {
                    node = next
                } else {
                    transitions[key] = nodeCount
                    node = nodeCount
                    nodeCount += 1
                    completions.append([])
                }
            }
            completions[Int(node)].append((Int32(index), tokens.map(\.hash)))
        }
        var offsets: [Int32] = [0]
        var packed: [Completion] = []
        var hashes: [UInt64] = []
        for node in completions {
            for completion in node {
                packed.append(
                    Completion(
                        lastHash: completion.hashes.last!, entry: completion.entry, hashOffset: Int32(hashes.count),
                        category: entries[Int(completion.entry)].category))
                hashes += completion.hashes
            }
            offsets.append(Int32(packed.count))
        }
        self.entries = entries
        self.transitions = TokenHashTable(transitions)
        var transitionFilter = [UInt64](repeating: 0, count: 4096)
        for key in transitions.keys {
            let (word, bit) = Self.filterBit(key)
            transitionFilter[word] |= bit
        }
        self.transitionFilter = transitionFilter
        self.completionOffsets = offsets
        self.completions = packed
        self.exactHashes = hashes
        self.maximumLength = maximumLength
        self.firstWordFilter = filter
        self.foldedFirstWordFilter = foldedFilter
    }

    /// All entries matching tokens starting at `start`, longest first. With `ignoringCase`
    /// (ALL-CAPS lines), case-folded matches count too.
    package func matches(in tokens: [Token], at start: Int, ignoringCase: Bool = false, limit: Int? = nil) -> [Match] {
        var found: [Match] = []
        appendMatches(in: tokens, at: start, ignoringCase: ignoringCase, limit: limit, to: &found)
        return found
    }

    /// Appends the matches at `start` to `found`, longest first, without allocating when there
    /// are none (the common case: most words start no entry).
    package func appendMatches(
        in tokens: [Token], at start: Int, ignoringCase: Bool = false, limit: Int? = nil, to found: inout [Match]
    ) {
        guard start < tokens.count else { return }
        if ignoringCase {
            let (word, bit) = Self.filterBit(tokens[start].foldedHash)
            guard foldedFirstWordFilter[word] & bit != 0 else { return }
        } else {
            let (word, bit) = Self.filterBit(tokens[start].hash)
            guard firstWordFilter[word] & bit != 0 else { return }
        }
        let first = found.count
        var node: Int32 = 0
        var index = start
        let end = min(tokens.count, start + (limit ?? maximumLength))
        while index < end {
            if index > start && tokens[index].newlinesBefore > 0 { break }
            let key = Self.transition(node, tokens[index].foldedHash)
            let (word, bit) = Self.filterBit(key)
            guard transitionFilter[word] & bit != 0, let next = transitions[key] else { break }
            node = next
            index += 1
            let length = index - start
            for position in Int(completionOffsets[Int(node)])..<Int(completionOffsets[Int(node) + 1]) {
                let completion = completions[position]
                if !ignoringCase {
                    guard completion.lastHash == tokens[index - 1].hash else { continue }
                    let hashStart = Int(completion.hashOffset)
                    var exact = true
                    for offset in 0..<length - 1 where exactHashes[hashStart + offset] != tokens[start + offset].hash {
                        exact = false
                        break
                    }
                    guard exact else { continue }
                }
                found.append(Match(length: length, entryIndex: completion.entry, category: completion.category))
            }
        }
        found[first...].reverse()
    }

    /// The entry a match found.
    package func entry(of match: Match) -> GazetteerEntry { entries[Int(match.entryIndex)] }

    /// The first match in a category family, longest first.
    package func longestMatch(
        in tokens: [Token], at start: Int, ignoringCase: Bool = false, where predicate: (GazetteerCategory) -> Bool
    ) -> Match? {
        matches(in: tokens, at: start, ignoringCase: ignoringCase).first { predicate($0.category) }
    }
}
