import NewsGraphCore

/// The document-level pass: a name seen in a confident context labels its other mentions,
/// surnames and acronyms join the full name, sentence-initial capitals and ALL-CAPS lines
/// create nothing on their own, and every mention of an entity gets one canonical key.
struct DocumentResolver {
    let analysis: TextAnalysis

    /// A mention after resolution, still in tokens.
    struct Resolved {
        var tokens: Range<Int>
        var label: EntityLabel
        var canonical: String
    }

    func resolve(_ candidates: [NameCandidate]) -> [Resolved] {
        let strong = candidates.filter { $0.label != nil && $0.evidence >= .context && !$0.isInCapsLine }
        // Votes for the label of each surface form, from confident mentions.
        var votes: [String: [EntityLabel: Int]] = [:]
        for candidate in strong {
            votes[surface(candidate), default: [:]][candidate.label!, default: 0] += candidate.evidence.rawValue
        }
        // People by the words of their full names, so "Kahl" finds "Colin Kahl".
        var peopleByWord: [UInt64: Set<String>] = [:]
        var acronyms: [String: String] = [:]
        for candidate in candidates where candidate.label == .person && candidate.evidence >= .context {
            let words = candidate.tokens.filter { analysis.tokens[$0].kind == .word }
            guard words.count >= 2 else { continue }
            let name = surface(candidate)
            for word in [words.first!, words.last!] {
                peopleByWord[analysis.tokens[word].foldedHash, default: []].insert(name)
            }
        }
        for candidate in strong where candidate.label == .org && candidate.tokens.count >= 2 {
            let initials = candidate.tokens.compactMap { index -> Character? in
                let token = analysis.tokens[index]
                return token.isCapitalized ? Character(UnicodeScalar(analysis.text[Int(token.start)])) : nil
            }
            if initials.count >= 2 { acronyms[String(initials)] = candidate.canonical ?? surface(candidate) }
        }

        var resolved: [Resolved] = []
        var capsLineNames: [NameCandidate] = []
        for candidate in candidates {
            if candidate.isInCapsLine && candidate.evidence < .pattern {
                capsLineNames.append(candidate)
                continue
            }
            let text = surface(candidate)
            var label = candidate.label
            var canonical = candidate.canonical
            let words = candidate.tokens.filter { analysis.tokens[$0].kind == .word }
            if candidate.evidence < .gazetteer, words.count == 1,
                let people = peopleByWord[analysis.tokens[words[0]].foldedHash], people.count == 1,
                label == nil || label == .person || candidate.evidence < .pattern
            {
                label = .person
                canonical = people.first!
            } else if candidate.evidence < .pattern, words.count == 1, let organisation = acronyms[text] {
                label = .org
                canonical = organisation
            } else if let tally = votes[text], candidate.evidence < .gazetteer {
                let best = tally.max { ($0.value, $1.key) < ($1.value, $0.key) }!.key
                if label == nil || candidate.evidence < .pattern { label = best }
            } else if label == nil, !candidate.isSentenceInitial, words.count >= 2 {
                label = words.count <= 3 && words.allSatisfy({ !analysis.tokens[$0].isAllCaps }) ? .person : .org
            } else if candidate.evidence == .context && candidate.isSentenceInitial && label == .gpe {
                label = nil
            }
            guard let label else { continue }
            resolved.append(Resolved(tokens: candidate.tokens, label: label, canonical: canonical ?? text))
        }
        let matcher = CapsLineMatcher(analysis: analysis, body: resolved)
        for candidate in capsLineNames { resolved += matcher.match(in: candidate.tokens) }
        resolved.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        return unifyPeople(resolved)
    }

    /// "Bush" and "George Bush" and "George W. Bush": each person takes the longest name in the
    /// document that shares its last word.
    private func unifyPeople(_ mentions: [Resolved]) -> [Resolved] {
        var longest: [String: String] = [:]
        for mention in mentions where mention.label == .person {
            guard let last = mention.canonical.split(separator: " ").last.map(String.init) else { continue }
            if let known = longest[last], known.count >= mention.canonical.count { continue }
            longest[last] = mention.canonical
        }
        return mentions.map { mention in
            guard mention.label == .person, let last = mention.canonical.split(separator: " ").last.map(String.init),
                let full = longest[last], full.hasSuffix(mention.canonical)
            else { return mention }
            var unified = mention
            unified.canonical = full
            return unified
        }
    }

    private func surface(_ candidate: NameCandidate) -> String {
        analysis.string(tokens: candidate.tokens)
    }
}
