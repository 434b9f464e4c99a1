import NewsGraphCore

/// An entity key with the FNV-1a hash of its UTF-8, computed by the worker that prepared the
/// record: the store's one writer looks up every key of every document, and hashing a word there
/// costs a fraction of hashing the key's text.
struct HashedKey: Hashable, Sendable {
    let name: String
    let hash: UInt64

    init(_ name: String) {
        self.name = name
        hash = FNV1a.hash(name)
    }

    static func == (left: HashedKey, right: HashedKey) -> Bool {
        left.hash == right.hash && left.name == right.name
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(hash)
    }
}
