import NewsGraphCore

/// Names of bodies used as a medium: a site, a network or a service where something is posted,
/// sold or found (`posted on Quorlo`, `paid via Brasko`) is that product, not the firm behind it,
/// and so is one listed only with products.
extension DocumentResolver {
    /// A body's name right after a lower-case `on`, `via` or `across` that ends its phrase
    /// (`videos on Quorlo.`, `tips via Brasko and Tellin`) names the platform, and so do the
    /// bodies' names listed with it; not after a number (`#3 on X`, `$90 on X`: a ranking, a
    /// fare), a word for a topic (`More on X:`, `a report on X`) or a target (`sanctions on X`),
    /// nor with an apposition after it (`via X, the agency,`); so does one given as an example of
    /// a platform, a site or a search engine (`platforms like Quorlo`).
    func relabelPlatforms(_ resolved: inout [Resolved]) {
        var index = 0
        while index < resolved.count {
            guard resolved[index].label == .org,
                isMediumSlot(resolved[index].tokens) || isPlatformExample(resolved[index].tokens)
                    || isToolObject(resolved[index].tokens)
            else {
                index += 1
                continue
            }
            resolved[index].label = .product
            // `on Quorlo, Brasko and Tellin`: a list holds one kind of thing, and goes on past
            // a product already found (`to Quorlo, Velmix, Brasko`).
            var last = resolved[index].tokens
            index += 1
            while index < resolved.count, resolved[index].label == .org || resolved[index].label == .product,
                isListStep(from: last.upperBound, to: resolved[index].tokens.lowerBound),
                endsPhrase(resolved[index].tokens)
            {
                resolved[index].label = .product
                last = resolved[index].tokens
                index += 1
            }
        }
    }

    /// `Audacity or Quorlo`, `Brasko, Tellin and Quorlo`: a body's name listed only with products
    /// is one too, as a list holds one kind of thing; not the maker of one of them (`Quorlo
    /// and Quorlo Maps`) nor a name cut short before a capitalised word. A word that is a body only
    /// by its brand's spelling (`brands`: where such words start) is no firm's evidence: beside a
    /// product it may fill the rest of the list (`Quillo, NetWeave and OpenBolt`).
    func relabelListedProducts(_ resolved: inout [Resolved], brands: Set<Int>) {
        var start = 0
        while start < resolved.count {
            var end = start + 1
            while end < resolved.count,
                isListStep(from: resolved[end - 1].tokens.upperBound, to: resolved[end].tokens.lowerBound)
            {
                end += 1
            }
            let list = start..<end
            start = end
            // `on Quorlo, Brasko estimates …`: two names and a comma alone may be two clauses; a
            // list has three names, a conjunction, or goes on after them (`Quorlo, Brasko, and more`).
            guard
                list.count >= 3
                    || list.count == 2
                        && (hasConjunction(resolved[list.lowerBound].tokens.upperBound)
                            || goesOn(after: resolved[list.upperBound - 1].tokens.upperBound))
            else { continue }
            // `By using Quorlo, Brasko, Tellin is …`: with no conjunction the last name may open the clause.
            let isOpenEnded = !list.dropLast().contains { hasConjunction(resolved[$0].tokens.upperBound) }
            for index in list where resolved[index].label == .org && !continuesCapitalised(resolved[index].tokens) {
                if isOpenEnded, index == list.upperBound - 1, !endsPhrase(resolved[index].tokens) { continue }
                let first = analysis.tokens[resolved[index].tokens.lowerBound].foldedHash
                let isBrand = brands.contains(resolved[index].tokens.lowerBound)
                let othersAreProducts = list.allSatisfy { other in
                    other == index
                        || (resolved[other].label == .product
                            || isBrand && resolved[other].label == .org
                                && brands.contains(resolved[other].tokens.lowerBound))
                            && analysis.tokens[resolved[other].tokens.lowerBound].foldedHash != first
                }
                if othersAreProducts, list.contains(where: { resolved[$0].label == .product }) {
                    resolved[index].label = .product
                }
            }
        }
    }

    /// `and`/`or` right at `index` or after a comma there.
    private func hasConjunction(_ index: Int) -> Bool {
        let tokens = analysis.tokens
        let at = analysis.isCharacter(index, ",") ? index + 1 : index
        return at < tokens.count && tokens[at].kind == .word && Self.listJoints.contains(tokens[at].foldedHash)
    }

    /// A comma or `and`/`or` right after the last name: the list goes on with other words.
    private func goesOn(after index: Int) -> Bool {
        analysis.isCharacter(index, ",") || hasConjunction(index)
    }

    private func continuesCapitalised(_ name: Range<Int>) -> Bool {
        let next = name.upperBound
        let tokens = analysis.tokens
        return next < tokens.count && tokens[next].newlinesBefore == 0 && tokens[next].kind == .word
            && tokens[next].isCapitalized
    }

    private func isMediumSlot(_ name: Range<Int>) -> Bool {
        let tokens = analysis.tokens
        let preposition = name.lowerBound - 1
        guard preposition >= 1, tokens[name.lowerBound].newlinesBefore == 0, tokens[preposition].kind == .word,
            !tokens[preposition].isCapitalized, Self.mediumPrepositions.contains(tokens[preposition].foldedHash),
            endsPhrase(name)
        else { return false }
        // `said on QVT`, `aired on QTN`: an acronym after `on` names a broadcaster as often.
        if tokens[preposition].foldedHash == Self.onWord, name.count == 1, tokens[name.lowerBound].isAllCaps {
            return false
        }
        let before = tokens[preposition - 1]
        if before.kind == .number || analysis.isCharacter(preposition - 1, "#") { return false }
        if before.kind == .word, Self.topicWords.contains(before.foldedHash) { return false }
        // `Photo via Lumen Images`: a credit names the agency; a medium follows a lower-case word.
        if tokens[preposition].foldedHash == Self.viaWord,
            before.kind != .word || before.isCapitalized || Self.creditWords.contains(before.foldedHash)
        {
            return false
        }
        return true
    }

    /// `we use Quorlo.`, `switched to Brasko and Tellin`, `built with Quorlo`: a body's name that
    /// a verb of using, subscribing or switching takes as its whole object is the tool used.
    private func isToolObject(_ name: Range<Int>) -> Bool {
        let tokens = analysis.tokens
        let verb = name.lowerBound - 1
        guard verb >= 1, tokens[name.lowerBound].newlinesBefore == 0, tokens[verb].kind == .word,
            !tokens[verb].isCapitalized, endsPhrase(name), !isQualifiedPath(after: name.upperBound)
        else { return false }
        let word = tokens[verb].foldedHash
        if Self.useVerbs.contains(word) { return true }
        guard tokens[verb - 1].kind == .word, !tokens[verb - 1].isCapitalized else { return false }
        let head = tokens[verb - 1].foldedHash
        if word == FoldedWord.to { return Self.switchVerbs.contains(head) }
        return word == Self.withWord && Self.buildVerbs.contains(head)
    }

    /// `Quorlo.Storage.Cache`: a dot and a word joined to the name are a path in code.
    private func isQualifiedPath(after next: Int) -> Bool {
        let tokens = analysis.tokens
        return next + 1 < tokens.count && tokens[next].isAttached && analysis.isCharacter(next, ".")
            && tokens[next + 1].isAttached && tokens[next + 1].kind == .word
    }

    /// `sites like Quorlo`, `search engines such as Brasko`: a body's name given as an example of
    /// an online medium, unless a capitalised word, a hyphen or a possessive after it shows a
    /// longer name cut short (`platforms like Quorlo Ads`, `Quorlo's forum`).
    private func isPlatformExample(_ name: Range<Int>) -> Bool {
        let tokens = analysis.tokens
        let cue = name.lowerBound - 1
        guard cue >= 2, tokens[name.lowerBound].newlinesBefore == 0, tokens[cue].kind == .word,
            !tokens[cue].isCapitalized, let head = nounBeforeExampleCue(name.lowerBound),
            Self.platformNouns.contains(tokens[head].foldedHash)
        else { return false }
        let next = name.upperBound
        guard next < tokens.count, tokens[next].newlinesBefore == 0 else { return true }
        return !(tokens[next].kind == .word && tokens[next].isCapitalized) && tokens[next].kind != .hyphen
            && tokens[next].kind != .possessive && !(tokens[next].isAttached && analysis.isCharacter(next, "-"))
    }

    /// Nothing of the name's phrase after it: punctuation, a line's end or a word that opens
    /// the next part of the clause; not a possessive, a hyphen, a number or a noun it modifies.
    func endsPhrase(_ name: Range<Int>) -> Bool {
        let tokens = analysis.tokens
        let next = name.upperBound
        guard next < tokens.count, tokens[next].newlinesBefore == 0 else { return true }
        let token = tokens[next]
        switch token.kind {
        case .word:
            return !token.isCapitalized && Self.clauseOpeners.contains(token.foldedHash)
        case .punctuation:
            // `via Brasko, the agency that …`: an apposition says what the name is.
            if analysis.isCharacter(next, ","), next + 1 < tokens.count, tokens[next + 1].kind == .word,
                Self.articles.contains(tokens[next + 1].foldedHash)
            {
                return false
            }
            return !analysis.isCharacter(next, "#") && !analysis.isCharacter(next, "/")
                && !analysis.isCharacter(next, "&") && !analysis.isCharacter(next, "+")
        case .dash, .closingQuote, .straightQuote:
            return true
        default:
            return false
        }
    }

    /// `, `, `and`, `or`, `, and`: the words between two items of one list.
    private func isListStep(from end: Int, to start: Int) -> Bool {
        let tokens = analysis.tokens
        guard start > end, start - end <= 2, tokens[start].newlinesBefore == 0 else { return false }
        for index in end..<start {
            let isJoint =
                analysis.isCharacter(index, ",")
                || tokens[index].kind == .word && Self.listJoints.contains(tokens[index].foldedHash)
            if !isJoint { return false }
        }
        return true
    }

    private static let viaWord = TokenHash.foldedHash("via")
    private static let onWord = TokenHash.foldedHash("on")
    private static let withWord = TokenHash.foldedHash("with")
    /// Verbs whose object is the tool used: `we use Quorlo`, `installed Brasko`.
    static let useVerbs = WordSet.folded([
        "use", "uses", "used", "using", "install", "installs", "installed", "installing", "download", "downloads",
        "downloaded", "downloading",
    ])
    /// Verbs before `to` whose object is a tool or a service taken up, or a site that carries
    /// what one uploads or streams: `switched to Quorlo`, `uploaded to Brasko` (not `posted to`,
    /// which also sends mail and soldiers).
    private static let switchVerbs = WordSet.folded([
        "switch", "switched", "switching", "subscribe", "subscribed", "subscribing", "migrate", "migrated",
        "migrating", "upload", "uploads", "uploaded", "uploading", "stream", "streams", "streamed", "streaming",
        "multistream", "simulcast", "livestream", "livestreamed",
    ])
    /// Verbs before `with` whose object is what a thing is made with: `built with Quorlo`.
    private static let buildVerbs = WordSet.folded(["built", "made", "created", "written"])
    /// Nouns for an online medium whose examples are the product, not the firm that runs it.
    private static let platformNouns = WordSet.folded([
        "platform", "platforms", "site", "sites", "website", "websites", "engine", "engines", "marketplace",
        "marketplaces",
    ])
    private static let mediumPrepositions = WordSet.folded(["on", "via", "across"])
    private static let articles = WordSet.folded(["the", "a", "an"])
    private static let listJoints = WordSet.folded(["and", "or"])
    /// Words for a writing about something, or for what is done to a target, before `on`
    /// (`a report on X`, `cracked down on X`).
    private static let topicWords = WordSet.folded([
        "more", "news", "update", "updates", "report", "reports", "story", "stories", "article", "articles",
        "course", "courses", "book", "books", "essay", "piece", "lecture", "talk", "study", "studies", "comment",
        "comments", "commentary", "views", "take", "takes", "notes", "ban", "bans", "sanctions", "pressure",
        "attack", "attacks", "bet", "bets", "bid", "bids", "stake", "crackdown", "tariffs", "tariff", "tax", "taxes",
        "lawsuit", "ruling", "probe", "investigation", "inquiry", "verdict", "revenge", "war", "embargo", "hold",
        "called", "calls", "call", "reported", "commented", "focused", "focuses", "focus", "cracked", "imposed",
        "spied", "weighed", "weighs", "closed", "agreed", "turned", "future", "futures", "traded", "trading",
        "listed", "shares", "stock", "unloaded", "lashed", "down", "piled", "pounced", "clamped",
    ])
    /// Words before `via` that credit a picture to the agency that supplied it.
    private static let creditWords = WordSet.folded([
        "photo", "photos", "image", "images", "picture", "pictures", "courtesy", "credit", "footage",
    ])
    /// Lower-case words that open the next part of a clause after a name that ends its phrase.
    private static let clauseOpeners = WordSet.folded([
        "and", "or", "to", "for", "with", "in", "by", "during", "at", "as", "but", "where", "when", "so",
        "because", "from", "than", "while", "since", "until", "if", "instead", "too", "alone", "only", "every",
        "each", "daily", "now", "today", "yet", "etc", "before", "after", "without", "about", "that", "which", "who",
    ])
}
