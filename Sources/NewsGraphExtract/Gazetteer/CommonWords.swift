/// Ordinary English words that are nobody's name (`firm`, `studio`, `orbit`; not `stone` or
/// `rose`, which are family and given names too), by folded hash: a capitalised phrase made of
/// them (`Velmar Elevator`, `Quorin Moisturizer`) is a term, a product or a heading, not a
/// person. Generated into ``CommonWordData`` by `Scripts/gazetteer/common_words.py`; hashed
/// once, from the bytes, without a `String` per word.
enum CommonWords {
    static let shared: TokenHashSet = {
        var hashes: [UInt64] = []
        hashes.reserveCapacity(60_000)
        var text = CommonWordData.words
        text.withUTF8 { bytes in
            var hash = TokenHash.offset
            var length = 0
            for byte in bytes {
                if byte == UInt8(ascii: "\n") {
                    if length > 0 { hashes.append(hash) }
                    hash = TokenHash.offset
                    length = 0
                } else {
                    TokenHash.add(&hash, byte)
                    length += 1
                }
            }
            if length > 0 { hashes.append(hash) }
        }
        return TokenHashSet(hashes)
    }()
}
