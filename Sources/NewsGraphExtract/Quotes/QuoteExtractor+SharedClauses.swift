extension QuoteExtractor {
    /// Two cues of one sentence can report the same clause (`a report by X found that …`: the noun
    /// and the verb); a clause is one quote, given to the cue whose speaker is a name.
    static func once(_ attributions: [Attribution]) -> [Attribution] {
        var sorted = attributions
        sorted.sort { $0.content.lowerBound < $1.content.lowerBound }
        var kept: [Attribution] = []
        kept.reserveCapacity(sorted.count)
        var byContent: [Range<Int>: Int] = [:]
        for attribution in sorted {
            guard let index = byContent[attribution.content] else {
                byContent[attribution.content] = kept.count
                kept.append(attribution)
                continue
            }
            if kept[index].speaker?.mention == nil, attribution.speaker?.mention != nil { kept[index] = attribution }
        }
        return kept
    }
}
