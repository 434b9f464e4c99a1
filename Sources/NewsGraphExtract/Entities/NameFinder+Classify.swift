import NewsGraphCore

/// The classifying of a capitalised run no rule of the scan claimed: its kind from the gazetteer,
/// the words around it and its own shape, or nothing.
extension NameFinder {
    func classify(_ run: Range<Int>, afterTitle: Bool) -> NameCandidate? {
        var start = run.lowerBound
        let initial = analysis.isSentenceInitial(start)
        let opensClause = self.opensClause(start)
        // `A&W`, `A&E`: a capital `A` joined to `&` is a letter of the name, no article.
        if run.count > 1, words.leadingDeterminers.contains(tokens[start].hash),
            !(analysis.isCharacter(start + 1, "&") && tokens[start + 1].isAttached)
        {
            start += 1
        }
        // `ARDEN VS. BELMAR`: the `vs.` after one capitalised word and before the next opens no name.
        if run.count > 1, start > 0, words.versusWords.contains(tokens[start].foldedHash),
            tokens[start].newlinesBefore == 0, tokens[start - 1].kind == .word, tokens[start - 1].isCapitalized
        {
            start += 1
        }
        // "As Putin continues": a capitalised function word that opens a sentence is not part of
        // the name after it.
        // `Striker Tom Vale scored`: a role capitalised only to open the sentence is not part of
        // the name of two or more words after it.
        while opensClause, start + 1 < run.upperBound,
            words.sentenceWords.contains(tokens[start].foldedHash)
                || words.sentenceOpeners.contains(tokens[start].foldedHash)
                || run.upperBound - start >= 3 && words.personRoles.contains(tokens[start].foldedHash)
        {
            start += 1
        }
        // `I'm Tomas Vellner`: the pronoun `I` is never part of a name; after `I'm` a name is the
        // writer's or speaker's own.
        var isIntroduced = false
        while start + 1 < run.upperBound, words.firstPerson.contains(tokens[start].foldedHash),
            !tokens[start + 1].isAttached
        {
            isIntroduced =
                words.selfIntroductions.contains(tokens[start].foldedHash)
                && !headingSentences[Int(analysis.sentenceOfToken[start])]
            start += 1
        }
        // `Choose UPS for`, `Cheap OLEDs and`: an ordinary word opening a clause before one acronym is
        // a verb or an adjective, no part of a name.
        // A brand so written (`Velmar VPN`) is written so inside a sentence too, and a model's code
        // (`Ninja CE250`) is no acronym.
        if opensClause, run.upperBound - start == 2, isOrdinaryCapitalized(start),
            self.tokens[start + 1].isAllCaps && !analysis.isModelCode(start + 1) || isPluralAcronym(start + 1),
            !isPairWrittenInside(start)
        {
            start += 1
        }
        // `412 N. 7th St.`: a point of the compass after a house number opens a street, no person.
        if let end = compassStreetEnd(run) {
            guard end - run.lowerBound >= 2 else { return nil }
            return NameCandidate(
                tokens: run.lowerBound..<end, label: .fac, canonical: nil, evidence: .pattern,
                isSentenceInitial: false, isInCapsLine: isCapsLine(run.lowerBound))
        }
        // Questions used as titles, identifiers, pieces of addresses, letters and times.
        if isFragment(run) || isAfterQuantity(run) || isGenerationTerm(start..<run.upperBound) { return nil }
        // `Chief Velmar Solutions Officer`: words between two titles name the field of one title.
        if afterTitle, run.upperBound < self.tokens.count, self.tokens[run.upperBound].newlinesBefore == 0,
            isTitle(at: run.upperBound) != nil, !has(.givenName, at: start)
        {
            return nil
        }
        let tokens = start..<run.upperBound
        if tokens.count == 1 && !afterTitle,
            words.sentenceWords.contains(self.tokens[start].foldedHash)
                || initial && words.sentenceOpeners.contains(self.tokens[start].foldedHash)
        {
            return nil
        }
        if tokens.count == 1 && words.neverNames.contains(self.tokens[start].foldedHash) { return nil }
        // `point B. It is`: a letter that ends a sentence, before the next one opens, is no initial.
        if tokens.count == 1, isInitial(start), self.tokens[start].length == 2, start + 1 < self.tokens.count,
            self.tokens[start + 1].isCapitalized, words.sentenceWords.contains(self.tokens[start + 1].foldedHash)
        {
            return nil
        }
        if tokens.contains(where: { isKeyLike($0) }) { return nil }
        // `ledger.LoadLedger(`, `net.OpenPort`: a brand-shaped word in code is an identifier.
        if tokens.count == 1, analysis.isBrandWord(start), isIdentifier(start) { return nil }
        // `SELECT`, `CLICK HERE`: ordinary words in capitals outside a line of capitals are code or
        // emphasis; the gazetteer's acronyms never reach this rule.
        if tokens.count <= 2, !isCapsLine(start),
            tokens.allSatisfy({ self.tokens[$0].isAllCaps && self.tokens[$0].length > 1 }),
            tokens.allSatisfy({ commonWords.contains(self.tokens[$0].foldedHash) })
        {
            return nil
        }
        if tokens.count == 1 && words.commonAcronyms.contains(self.tokens[start].hash) { return nil }
        if tokens.count == 1 && isPluralAcronym(start) { return nil }
        if tokens.allSatisfy({ words.postNominals.contains(self.tokens[$0].hash) }) { return nil }
        // `Senators will vote`: a plural role noun, capitalised for respect, names no one.
        if tokens.count == 1, words.roleNouns.contains(self.tokens[start].foldedHash),
            analysis.text[Int(self.tokens[start].end) - 1] == UInt8(ascii: "s")
        {
            return nil
        }
        if tokens.count == 1, initial,
            words.commonSubjects.contains(self.tokens[start].foldedHash)
                || words.roleNouns.contains(self.tokens[start].foldedHash)
        {
            return nil
        }
        let capsLine = isCapsLine(start)
        var candidate = NameCandidate(
            tokens: tokens, label: nil, canonical: nil, evidence: .none,
            isSentenceInitial: initial, isInCapsLine: capsLine)
        let last = tokens.upperBound - 1
        let next = tokens.upperBound
        let previous = run.lowerBound - 1
        if isDateline(tokens) {
            candidate.label = .gpe
            candidate.evidence = .pattern
        } else if let label = kindCue(of: tokens, before: previous, after: next) {
            // `starred in Grand Harbour`: the context outranks the head word.
            candidate.label = label
            candidate.evidence = .pattern
        } else if tokens.count <= 2, !isInstitutionHead(last), !isInstitutionHead(start),
            !isForeignStyleLeader(start), !followsArticle(tokens),
            isRegionAfterPlace(before: previous, after: next)
                || isTownBeforeRegion(after: next)
        {
            // Anchored by a known place beside it, so it holds in a heading line too.
            candidate.label = .gpe
            candidate.evidence = .pattern
        } else if tokens.count >= 2 && has(.organisationSuffix, at: last) && !isVenueCentre(last)
            || has(.organisationPrefix, at: start, length: 2)
        {
            candidate.label = .org
            candidate.evidence = .pattern
        } else if tokens.count >= 3, let label = innerHeadLabel(of: tokens) {
            // `Stella Museum of Fine Art`: a head word before `of` names the whole, whoever leads it.
            candidate.label = label
            candidate.evidence = .pattern
        } else if tokens.count >= 2, let label = headLabel(of: last, ledBy: nil) ?? leaderLabel(of: start) {
            candidate.label = label
            candidate.evidence = .pattern
        } else if tokens.contains(where: { analysis.isCharacter($0, "&") }) {
            // `Delivery & Refunds`, `AI & Data Science`: ordinary words and common terms joined by
            // `&` head a section, not a firm.
            if isOrdinaryPhrase(tokens, acronymsAreOrdinary: true, pluralsAreOrdinary: true) { return nil }
            // `Setup & Care: …`, `Sizes & Fit – …`: words joined by `&` that open a line and end at a
            // colon or a dash label a list item or a section, as a heading does.
            if isLineLabel(tokens), commonWords.contains(self.tokens[last].foldedHash) { return nil }
            candidate.label = .org
            candidate.evidence = .pattern
        } else if tokens.count >= 2, isInitial(start), !self.tokens[last].isAllCaps || capsLine {
            // `M. Waugh`, `J.R. Smith`: initials before a capitalised word.
            candidate.label = .person
            candidate.evidence = .pattern
        } else if afterTitle && !(tokens.count == 1 && headLabel(of: start, ledBy: nil) != nil) {
            // `Shah Mosque`: a title before a head word alone names a place, not a person.
            candidate.label = .person
            candidate.evidence = .pattern
        } else if tokens.contains(where: { analysis.isBrandWord($0) }) {
            // `LedgerLoop`: a brand's spelling; a body, never a place or a person. Followed by
            // words of a product line (`LedgerLoop Cloud Sync`) it names the brand's product,
            // as a known company's name does.
            // After `at`, `of` or `for` it is the firm someone works at or heads (`at LedgerLoop Dental`),
            // also where a capitalised `At` opens the sentence (`At LedgerLoop Dental, we …`).
            let isProduct =
                (tokens.count >= 2 && analysis.isBrandWord(start) && !isPluralWord(last)
                    && (start + 1..<tokens.upperBound).allSatisfy { isProductLineWord($0) }
                    || isMakerBeforeBrand(tokens, sentenceInitial: initial))
                && !(start >= 1 && words.organisationPrepositions.contains(self.tokens[start - 1].foldedHash))
                && !(previous >= 0 && words.organisationPrepositions.contains(self.tokens[previous].foldedHash))
            let software = isProduct ? nil : softwareBrandLabel(tokens, after: next)
            candidate.label = isProduct || software == .product ? .product : .org
            candidate.evidence = software == .org ? .pattern : .shape
        } else if tokens.count <= 3, isSubjectOfIts(tokens, after: next) {
            // `Tarvolt has kept its lead`: the clause's `its` makes its subject a body; one
            // ordinary word so used (`Rain kept its hold`) names nothing.
            if tokens.count == 1, commonWords.contains(self.tokens[start].foldedHash) { return nil }
            candidate.label = .org
            candidate.evidence = .context
        } else if tokens.count >= 2 && has(.givenName, at: start) && !isPlaceOf(previous)
            && (!followsArticle(tokens)
                || tokens.count <= 3 && isModifierOfNoun(before: next)
                    && !(start + 1..<tokens.upperBound).contains {
                        commonWords.contains(self.tokens[$0].foldedHash) || analysis.isModelCode($0, anyCase: true)
                    })
            && (!self.tokens[last].isAllCaps || self.tokens[start].isAllCaps && !capsLine)
        {
            // `the Tom Vale novel`: after an article, a full name (of no ordinary words or model
            // codes after the given name) before a lower-case noun describes that noun by its person; without the
            // noun (`the Tom Vale`) it names a body or a boat.
            candidate.label = .person
            candidate.evidence = .pattern
        } else if tokens.count >= 2, tokens.count <= 4, isBracketedPlace(at: next), !isSpelledOut(tokens, at: next) {
            // `Noureddine Morceli (Algeria)`: a person and the country they represent.
            candidate.label = .person
            candidate.evidence = .pattern
        } else if let label = cueLabel(before: previous, after: next) {
            candidate.label = label
            candidate.evidence = label == .person || isOwnedApposition(before: previous) ? .pattern : .context
        } else if isIntroduced, tokens.count <= 3 {
            candidate.label = .person
            candidate.evidence = .context
        } else if isPlaceOf(previous), tokens.count <= 2, !analysis.isAbstractNoun(last) {
            // `the town of Arden said`: the place is the speaker's, not a speaker.
            candidate.label = .gpe
            candidate.evidence = .context
        } else if next < self.tokens.count, words.speechVerbs.contains(self.tokens[next].foldedHash),
            tokens.count <= 3, !followsArticle(tokens), !isStatementOfFirm(tokens, verb: next)
        {
            // `X said` makes a person, but `the X said` a body or a paper: a name takes no article.
            candidate.label = .person
            candidate.evidence = .context
        } else if tokens.count == 1, !initial, has(.givenName, at: start), !self.tokens[start].isAllCaps,
            !followsArticle(tokens), !isInPlace(before: previous, after: next)
        {
            // A given name alone, mid-sentence (`Jerome`), is most often the person; after an
            // article (`for the Bianca`) it names a thing: a person's name takes none; after `in`
            // (`a shop in Marion`) a place: one is in a town, not in a person.
            candidate.label = .person
            candidate.evidence = .context
        } else if tokens.count == 1, self.tokens[start].isAllCaps, !capsLine, self.tokens[start].length <= 6 {
            // `an HVAC unit`, `your SEO plan`: an acronym after an article or a possessive is a
            // common noun; one the gazetteer does not know is a name only without them.
            if previous >= 0, words.commonNounDeterminers.contains(self.tokens[previous].foldedHash) { return nil }
            if isUnitOrCode(start) { return nil }
            // Most acronyms in today's text are terms (`KPI`, `MTU`, `ETA`), not bodies: one the
            // gazetteer does not know is an organisation only when the document says so, by
            // spelling it out in capitals or by a label given to it elsewhere.
            candidate.evidence = .none
        } else if tokens.count == 1, words.compassDescriptors.contains(self.tokens[start].foldedHash),
            next < self.tokens.count, self.tokens[next].kind == .word, !self.tokens[next].isCapitalized,
            self.tokens[next].newlinesBefore == 0, !words.clauseWords.contains(self.tokens[next].foldedHash)
        {
            // `in Western firms`: a compass adjective before a noun describes a culture, no place.
            candidate.label = .norp
            candidate.evidence = .pattern
        } else if previous >= 0, words.placeOnlyPrepositions.contains(self.tokens[previous].foldedHash),
            !self.tokens[previous].isCapitalized, tokens.count == 1, start == run.lowerBound,
            ProgrammingLanguages.shared.all.contains(self.tokens[start].hash), !isModifier(before: next)
        {
            // `written in Velmarscript`: a programming language's name after `in` is that language
            // (software), never a place.
            candidate.label = .product
            candidate.evidence = .context
        } else if tokens.count <= 2, start == run.lowerBound, isSoftwareHolder(before: previous),
            !isSingleLetter(last), !isOrdinaryCapitalized(last), !isModifier(before: next)
        {
            // `my notes in Velmarpad`: what software keeps is in a program, not in a town.
            candidate.label = .product
            candidate.evidence = .context
        } else if previous >= 0, words.placeOnlyPrepositions.contains(self.tokens[previous].foldedHash),
            !self.tokens[previous].isCapitalized, tokens.count <= 2, !isSingleLetter(last),
            !analysis.isAbstractNoun(last), tokens.count == 2 || !isOrdinaryCapitalized(last),
            start == run.lowerBound || initial, !isModifier(before: next), !isNumberedPart(before: next)
        {
            // `in The Quiet Year`: a capitalised article inside a sentence opens a title, not a place;
            // a lone letter after `in` (`x in S`, `in A`) is a variable, a set or a grade, no place;
            // a lone ordinary word the gazetteer does not know (`a degree in Forestry`, `growing in
            // Stature`) is a field or a state, no town.
            candidate.label = .gpe
            candidate.evidence = .context
        } else if tokens.count >= 2 && !capsLine {
            candidate.evidence = .shape
        }
        if capsLine && candidate.evidence < .pattern { candidate.evidence = .none }
        // `Velo GT2`, `Arden X3 Pro`: a model code (letters and digits in one word) among
        // capitalised words names a product, whatever the words before it.
        if tokens.count >= 2, !capsLine, candidate.evidence < .pattern,
            tokens.contains(where: { analysis.isModelCode($0, anyCase: true) && !isRunTogether($0) })
        {
            candidate.label = .product
            candidate.evidence = .pattern
        }
        // `Velmar VPN`, `Quorra CLI`: an acronym for a kind of software or hardware heads the
        // name, which is that product.
        if tokens.count >= 2, !capsLine, candidate.evidence < .pattern,
            words.productAcronyms.contains(self.tokens[last].hash),
            !(initial && commonWords.contains(self.tokens[start].foldedHash))
        {
            candidate.label = .product
            candidate.evidence = .pattern
        }
        if !capsLine, candidate.evidence < .pattern {
            if let number = versionNumber(after: tokens) ?? modelNumber(after: tokens) ?? digitModelCode(after: tokens)
            {
                candidate.tokens = tokens.lowerBound..<number + 1
                candidate.label = .product
                candidate.evidence = .pattern
            } else if isProductSlot(tokens, before: previous, after: next) {
                candidate.label = .product
                candidate.evidence = .pattern
            }
        }
        // `Tomas and Ilse Brannock`: a lone given name joined by `and` to a given name and one family
        // name shares that family name; its key is the full name, its span the word written.
        if candidate.label == .person, tokens.count == 1, candidate.canonical == nil,
            let family = sharedFamilyName(of: start)
        {
            candidate.canonical = analysis.string(start) + " " + analysis.string(family)
        }
        // `visit our Help Centre`: ordinary words after a possessive determiner name a part of the
        // page or the writer's own thing, not a body.
        if candidate.evidence < .gazetteer, previous >= 0, self.tokens[previous].kind == .word,
            words.possessiveDeterminers.contains(self.tokens[previous].foldedHash), isOwnedPhrase(candidate.tokens)
        {
            return nil
        }
        if candidate.evidence < .gazetteer, isOwnPage(candidate.tokens, before: previous) || isRanking(candidate.tokens)
        {
            return nil
        }
        // `Total Monthly Savings`, `Shipping Tips`: capitalised ordinary words that no rule labels
        // are a heading's or a term's, not a name, and so are ordinary adjectives before a
        // common technical acronym (`Adaptive AI`, `Regional SEO`).
        if candidate.evidence < .pattern, candidate.label == nil || candidate.label == .person,
            isOrdinaryPhrase(candidate.tokens) || isAdjectiveTerm(candidate.tokens)
        {
            return nil
        }
        return candidate
    }
}
