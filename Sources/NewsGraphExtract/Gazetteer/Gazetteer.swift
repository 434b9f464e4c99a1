import NewsGraphCore

/// Word-sequence dictionary matched over tokens with a trie.
///
/// Surface forms are tokenized with the same ``Tokenizer`` as the text; the trie walks
/// case-folded token hashes, and a match is then checked against the exact hashes, so `US`
/// matches `US` but not `us`, while an ALL-CAPS headline may still match `LONDON`. Built once
/// and shared by every document; look-up is a hash probe per token.
public final class Gazetteer: Sendable {
    /// The key of the edge from `node` on a token: the token's hash mixed with the node, never 0.
    @inline(__always)
    static func transition(_ node: Int32, _ foldedHash: UInt64) -> UInt64 {
        let key = foldedHash &+ (UInt64(UInt32(bitPattern: node)) &+ 1) &* 0x9E37_79B9_7F4A_7C15
        return key == 0 ? 1 : key
    }

    /// The entries a trie node completes, with the exact hashes of their tokens.
    struct Completion: Sendable {
        var entry: Int32
        var exactHashes: [UInt64]
    }

    public let entries: [GazetteerEntry]
    private let transitions: TokenHashTable
    /// Entries completed at each trie node (most nodes complete none).
    private let completions: [[Completion]]
    /// Longest surface form in tokens, bounding every look-up.
    public let maximumLength: Int

    /// A match of one entry over `length` tokens.
    public struct Match: Sendable {
        public var length: Int
        public var entry: GazetteerEntry
    }

    public init(entries: [GazetteerEntry]) {
        let tokenizer = Tokenizer()
        var transitions = TokenHashTable(minimumCapacity: entries.count * 2)
        var completions: [[Completion]] = [[]]
        var nodeCount: Int32 = 1
        var maximumLength = 0
        for (index, entry) in entries.enumerated() {
            let tokens = tokenizer.tokenize(Array(entry.surface.utf8))
            guard !tokens.isEmpty else { continue }
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
            completions[Int(node)].append(Completion(entry: Int32(index), exactHashes: tokens.map(\.hash)))
        }
        self.entries = entries
        self.transitions = transitions
        self.completions = completions
        self.maximumLength = maximumLength
    }

    /// All entries matching tokens starting at `start`, longest first. With `ignoringCase`
    /// (ALL-CAPS lines), case-folded matches count too.
    public func matches(in tokens: [Token], at start: Int, ignoringCase: Bool = false, limit: Int? = nil) -> [Match] {
        var found: [Match] = []
        var node: Int32 = 0
        var index = start
        let end = min(tokens.count, start + (limit ?? maximumLength))
        while index < end {
            if index > start && tokens[index].newlinesBefore > 0 { break }
            guard let next = transitions[Self.transition(node, tokens[index].foldedHash)] else { break }
            node = next
            index += 1
            let candidates = completions[Int(node)]
            for candidate in candidates {
                let exact = zip(candidate.exactHashes, tokens[start..<index]).allSatisfy { $0 == $1.hash }
                if exact || ignoringCase {
                    found.append(Match(length: index - start, entry: entries[Int(candidate.entry)]))
                }
            }
        }
        return found.reversed()
    }

    /// The first match in a category family, longest first.
    public func longestMatch(
        in tokens: [Token], at start: Int, ignoringCase: Bool = false, where predicate: (GazetteerCategory) -> Bool
    ) -> Match? {
        matches(in: tokens, at: start, ignoringCase: ignoringCase).first { predicate($0.entry.category) }
    }
}
