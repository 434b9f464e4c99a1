extension NameFinder {
    /// The word lists ``NameFinder``'s rules ask, gathered in one shared object.
    final class WordLists: Sendable {
        static let shared = WordLists()

        let commonSubjects = ContextCues.commonSubjects
        let compassAdjectives = ContextCues.compassAdjectives
        let compassWords = Lexicon.compassWords
        let eventHeads = ContextCues.eventHeads
        let facilityHeads = ContextCues.facilityHeads
        let leadingDeterminers = Lexicon.leadingDeterminers
        let locationHeads = ContextCues.locationHeads
        let nameParticles = Lexicon.nameParticles
        let neverNames = ContextCues.neverNames
        let organisationConnectors = Lexicon.organisationConnectors
        let organisationHeads = ContextCues.organisationHeads
        let personRoles = ContextCues.personRoles
        let placeCompounds = ContextCues.placeCompounds
        let placePrepositions = Lexicon.placePrepositions
        let resultVerbs = ContextCues.resultVerbs
        let roleNouns = Lexicon.roleNouns
        let sentenceWords = Lexicon.sentenceWords
        let speechVerbs = Lexicon.speechVerbs
        let teamHeads = ContextCues.teamHeads
    }
}
