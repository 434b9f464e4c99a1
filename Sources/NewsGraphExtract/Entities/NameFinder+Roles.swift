import NewsGraphCore

/// Jobs written in capitals before their holders' names.
extension NameFinder {
    /// `Gear Editor Tova Brand`, `Senior Data Analyst Ilse Marr`: a given name and another word
    /// after a capitalised noun for an office job (`ContextCues.jobNouns`) inside one run are the
    /// person who holds the job, as after a title; the words up to it name the job, no body.
    func splitRoles(_ candidates: inout [NameCandidate]) {
        for index in candidates.indices {
            let found = candidates[index]
            let name = found.tokens
            guard found.evidence < .gazetteer, found.label == .org || found.label == nil, name.count >= 4,
                let job = name.first(where: { ContextCues.jobNouns.contains(tokens[$0].hash) }),
                job > name.lowerBound, name.upperBound - job >= 3, has(.givenName, at: job + 1),
                !name.contains(where: { isInstitutionHead($0) })
            else { continue }
            candidates[index].tokens = job + 1..<name.upperBound
            candidates[index].label = .person
            candidates[index].canonical = nil
            candidates[index].evidence = .pattern
            candidates[index].isSentenceInitial = false
        }
    }
}
