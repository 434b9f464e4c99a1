import NewsGraphCore

extension DocumentResolver {
    /// `the Tarvo Glide 4 weighs` once, `Tarvo Glide 4 ($90)` in a heading: a name the document
    /// writes elsewhere as a product with a number after it is that product wherever the same
    /// number follows it, even where no rule saw the number (a heading, a known maker's name), and
    /// so is the model's name without its maker's before it.
    func extendModelNumbers(_ resolved: inout [Resolved]) {
        var models = Set<UInt64>()
        for mention in resolved where mention.label == .product && mention.tokens.count >= 2 {
            guard analysis.tokens[mention.tokens.upperBound - 1].kind == .number else { continue }
            // `the Velo 4` after `the Sony Velo 4`: the model may go without its maker's name.
            for start in mention.tokens.dropLast() where analysis.tokens[start].isCapitalized {
                models.insert(surfaceKey(start..<mention.tokens.upperBound))
            }
        }
        guard !models.isEmpty else { return }
        for index in resolved.indices {
            let number = resolved[index].tokens.upperBound
            guard number < analysis.tokens.count, analysis.tokens[number].kind == .number,
                analysis.tokens[number].newlinesBefore == 0,
                index + 1 == resolved.count || resolved[index + 1].tokens.lowerBound > number
            else { continue }
            let longer = resolved[index].tokens.lowerBound..<number + 1
            guard models.contains(surfaceKey(longer)) else { continue }
            resolved[index].tokens = longer
            resolved[index].label = .product
            resolved[index].canonical = analysis.string(tokens: longer)
        }
    }
}

extension DocumentResolver {
    /// `the Tarvo Glide` beside `Tarvo Glide 4`, `the Strider` beside `Tarvo Strider`: a name the
    /// document writes elsewhere as the words of a product before its model's number or code, or
    /// as the model's own words after its maker's, is that product in every mention, never the
    /// body or place a bare run defaults to. A maker's name of several words (`Velmar
    /// Outdoor Akila 2`) stays its own: a capitalised word, not a number or code, follows it.
    func relabelModelNames(_ resolved: inout [Resolved]) {
        let products = resolved.lazy.filter { $0.label == .product && self.isModelName($0.tokens) }.map(\.tokens)
        // `Standard Arden runners`, `3 Both Arden and …`: a word opening a line or sentence, or
        // after a list's number, that the text also writes in lower case is no maker.
        let openers = products.filter { self.isOpening($0.lowerBound) }.map {
            self.analysis.tokens[$0.lowerBound].foldedHash
        }
        let lowerCase = openers.isEmpty ? TokenHashSet([]) : writtenInLowerCase(TokenHashSet(openers))
        var models = Set<UInt64>()
        for tokens in products {
            if isOpening(tokens.lowerBound), lowerCase.contains(analysis.tokens[tokens.lowerBound].foldedHash) {
                continue
            }
            let isAcronymLed = analysis.tokens[tokens.lowerBound].isAllCaps
            for cut in tokens.dropFirst(2)
            where !isAcronymLed && isModelMark(cut) && wordsOf(tokens.lowerBound..<cut).count >= 2 {
                models.insert(surfaceKey(tokens.lowerBound..<cut))
            }
            for start in tokens.dropFirst() where isModelWord(start) && isMakerWord(start - 1) {
                for end in start + 1...tokens.upperBound where analysis.tokens[end - 1].kind == .word {
                    models.insert(surfaceKey(start..<end))
                }
            }
        }
        guard !models.isEmpty else { return }
        for index in resolved.indices {
            // A name read as a person's stays one: a surname inside a product's run more likely
            // shows the run wrong (`Tom Vale` in a run that took a word before him).
            switch resolved[index].label {
            case .product, .norp, .person: continue
            default: break
            }
            let tokens = resolved[index].tokens
            guard models.contains(surfaceKey(tokens)),
                wordsOf(tokens).count >= 2 || isModelWord(tokens.lowerBound)
            else { continue }
            resolved[index].label = .product
        }
    }

    /// A word opening a sentence or a line, or right after a number (`3 Both …`).
    private func isOpening(_ index: Int) -> Bool {
        analysis.isSentenceInitial(index) || index > 0 && analysis.tokens[index - 1].kind == .number
    }

    /// The words of `asked` that the text also writes in lower case.
    private func writtenInLowerCase(_ asked: TokenHashSet) -> TokenHashSet {
        var found: [UInt64] = []
        for token in analysis.tokens where token.kind == .word && !token.isCapitalized {
            if asked.contains(token.foldedHash) { found.append(token.foldedHash) }
        }
        return TokenHashSet(found)
    }

    /// A product's name of capitalised words, codes and numbers, no lower-case or ordinary word
    /// opening it (`Both Arden`, `and`): one the rules read whole.
    private func isModelName(_ tokens: Range<Int>) -> Bool {
        guard tokens.count >= 2, !isOrdinaryWord(tokens.lowerBound) else { return false }
        return tokens.allSatisfy {
            let token = analysis.tokens[$0]
            return token.kind != .word || token.isCapitalized || token.kind == .number
        }
    }

    /// A model's number or code (`4`, `80ED`) after the words it ends.
    private func isModelMark(_ index: Int) -> Bool {
        let token = analysis.tokens[index]
        return token.kind == .number && !token.isAttached || analysis.isModelCode(index, anyCase: true)
    }

    /// A model's own word: capitalised with lower-case letters (not a numeral `IV` or a code).
    private func isModelWord(_ index: Int) -> Bool {
        let token = analysis.tokens[index]
        return token.kind == .word && token.isCapitalized && !token.isAllCaps && token.length >= 3
            && !analysis.isModelCode(index, anyCase: true)
    }

    /// The word before a model's own: a capitalised word of letters that is no ordinary word.
    private func isMakerWord(_ index: Int) -> Bool {
        let token = analysis.tokens[index]
        return token.kind == .word && token.isCapitalized && !isOrdinaryWord(index)
            && !analysis.isModelCode(index, anyCase: true)
    }
}
