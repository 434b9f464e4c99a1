/// The entity mentions of a document looked up by a token they start or end at.
///
/// The quote rules ask "does a name end here?" at nearly every word they look at; an array
/// with a slot per token answers without hashing, where a `Dictionary` ran SipHash each time.
struct MentionsByToken {
    let mentions: [EntityRecognizer.Mention]
    /// Per token, the index in `mentions` of the mention there, or -1.
    private let slots: [Int32]

    /// `key` picks the token a mention is filed under (its first or its last).
    init(_ mentions: [EntityRecognizer.Mention], tokenCount: Int, key: (EntityRecognizer.Mention) -> Int) {
        self.mentions = mentions
        var slots = [Int32](repeating: -1, count: tokenCount)
        for (index, mention) in mentions.enumerated() {
            let token = key(mention)
            if token >= 0 && token < tokenCount { slots[token] = Int32(index) }
        }
        self.slots = slots
    }

    subscript(token: Int) -> EntityRecognizer.Mention? {
        guard token >= 0 && token < slots.count, slots[token] >= 0 else { return nil }
        return mentions[Int(slots[token])]
    }

    /// Every mention filed, in document order.
    var values: [EntityRecognizer.Mention] { mentions }
}
