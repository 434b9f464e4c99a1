/// Tells the language of a text from its letters, on at most its first ``byteLimit`` bytes.
///
/// The script that takes the most bytes decides first: Han and kana together are Japanese when
/// kana are at least a tenth of their bytes, else Chinese; a script that one language alone
/// writes (Greek, Hebrew, Hangul, Thai, Devanagari, …) names it. Latin, Cyrillic and Arabic
/// letters are scored against the character trigram profiles of ``LanguageProfileData`` (naive
/// Bayes: the sum of each trigram's log probability, a language's floor for trigrams its profile
/// does not list), letters of other scripts counting as word breaks.
package struct LanguageIdentifier: Sendable {
    /// Bytes of text looked at (the rest of a long article says nothing new).
    package static let byteLimit = 512
    /// Fewer letters of the deciding script than this: the language is undetermined.
    package static let minimumLetters = 12
    /// A declared language gives way to the text's only when the text has at least this many
    /// letters and scores the declared language worse by ``overrideMargin`` per trigram.
    package static let overrideLetters = 20
    /// Hundredths of a nat per trigram (a tenth of a nat: the text is e^0.1 ≈ 1.1 times likelier
    /// under the other language for every trigram).
    package static let overrideMargin = 10

    package static let shared = LanguageIdentifier()

    let profiles = LanguageProfiles.builtin

    package init() {}

    /// What the text says about its language.
    package struct Identification: Sendable {
        /// ISO 639-1 code, or nil when the text has too few letters to tell.
        package var language: String?
        /// Letters of the deciding script.
        package var letters = 0
        /// Trigrams scored (0 when the script decided alone).
        var ngrams = 0
        /// Scores (hundredths of a nat) by profile (``LanguageProfiles/codes``); nil for a
        /// language of another script.
        var scores: [Int?] = []
    }

    /// The language a record gets: the declared one, normalised to ISO 639-1, unless the text
    /// confidently says another; the text's when nothing (usable) is declared; English when
    /// neither tells.
    package func language(declared: String?, text: String) -> String {
        let declaredCode = declared.flatMap(LanguageTag.code)
        let found = identify(text)
        guard let detected = found.language else { return declaredCode ?? "en" }
        guard let declaredCode, declaredCode != detected else { return detected }
        guard found.letters >= Self.overrideLetters else { return declaredCode }
        if let declaredIndex = profiles.codes.firstIndex(of: declaredCode),
            let detectedIndex = profiles.codes.firstIndex(of: detected), !found.scores.isEmpty,
            let declaredScore = found.scores[declaredIndex], let best = found.scores[detectedIndex]
        {
            return best - declaredScore >= Self.overrideMargin * found.ngrams ? detected : declaredCode
        }
        // A language the model knows but the text's script does not write: the text wins; a
        // language the model does not know at all stands (nothing to compare it with).
        return knows(declaredCode) ? detected : declaredCode
    }

    /// Whether the model can name this language.
    package func knows(_ code: String) -> Bool {
        code == "zh" || code == "ja" || profiles.codes.contains(code)
            || TextScript.allCases.contains { $0.soleLanguage == code }
    }

    /// The text's language by its letters alone.
    package func identify(_ text: String) -> Identification {
        var text = text
        return text.withUTF8 { bytes in
            identify(UnsafeBufferPointer(rebasing: bytes.prefix(Self.byteLimit)))
        }
    }

    private func identify(_ bytes: UnsafeBufferPointer<UInt8>) -> Identification {
        var result = Identification()
        // Pass 1: bytes and letters per script.
        var byteCounts = [Int](repeating: 0, count: TextScript.allCases.count)
        var letterCounts = [Int](repeating: 0, count: TextScript.allCases.count)
        var index = 0
        while let (scalar, length) = Self.scalar(in: bytes, at: index) {
            index += length
            if let script = TextScript.of(scalar) {
                byteCounts[Int(script.rawValue)] += length
                letterCounts[Int(script.rawValue)] += 1
            }
        }
        let kana = Int(TextScript.kana.rawValue)
        let han = Int(TextScript.han.rawValue)
        var winner: TextScript?
        var most = 0
        for script in TextScript.allCases where script != .kana {
            let count = script == .han ? byteCounts[han] + byteCounts[kana] : byteCounts[Int(script.rawValue)]
            if count > most {
                most = count
                winner = script
            }
        }
        guard let winner else { return result }
        result.letters =
            winner == .han ? letterCounts[han] + letterCounts[kana] : letterCounts[Int(winner.rawValue)]
        guard result.letters >= Self.minimumLetters else { return result }
        if winner == .han {
            result.language = byteCounts[kana] * 10 >= most ? "ja" : "zh"
        } else if let sole = winner.soleLanguage {
            result.language = sole
        } else {
            scoreNgrams(bytes, script: winner, into: &result)
        }
        return result
    }

    /// Pass 2: the trigrams of the script's letters (folded; a space at each word's edges)
    /// scored against every profile of the script.
    private func scoreNgrams(_ bytes: UnsafeBufferPointer<UInt8>, script: TextScript, into result: inout Identification)
    {
        let space: UInt64 = 0x20
        var count = 0
        var scores = [Int32](repeating: 0, count: profiles.codes.count)
        scores.withUnsafeMutableBufferPointer { scores in
            let scores = scores.baseAddress!
            // The two code points before the current one (0: none; `space`: the word's start).
            var before2: UInt64 = 0
            var before1: UInt64 = 0
            var index = 0
            while true {
                let next = Self.scalar(in: bytes, at: index)
                if let (scalar, length) = next, TextScript.of(scalar) == script {
                    index += length
                    let letter = UInt64(TextScript.fold(scalar))
                    if before1 == 0 { before1 = space }
                    if before2 != 0 {
                        profiles.add(before2 << 42 | before1 << 21 | letter, to: scores)
                        count += 1
                        if count % Self.decisionInterval == 0 && isDecided(scores, count: count, script: script) {
                            break
                        }
                    }
                    before2 = before1
                    before1 = letter
                    continue
                }
                // Anything else ends the word.
                if before2 != 0 {
                    profiles.add(before2 << 42 | before1 << 21 | space, to: scores)
                    count += 1
                }
                before1 = 0
                before2 = 0
                guard let (_, length) = next else { break }
                index += length
            }
        }
        result.ngrams = count
        var best: (index: Int, score: Int)?
        result.scores = [Int?](repeating: nil, count: scores.count)
        for index in scores.indices where profiles.scripts[index] == script {
            let score = Int(scores[index]) + count * Int(profiles.floors[index])
            result.scores[index] = score
            if best == nil || score > best!.score { best = (index, score) }
        }
        result.language = best.map { profiles.codes[$0.index] }
    }

    /// Trigrams between two looks at whether the leader is already out of reach.
    static let decisionInterval = 32
    /// Hundredths of a nat by which the leader must lead every other language of the script to
    /// stop reading: the text is then e^80 times likelier in it, more than the rest of the
    /// window could turn in monolingual text.
    static let decisionMargin: Int32 = 8000

    /// True when one language leads all others of `script` by ``decisionMargin``.
    private func isDecided(_ scores: UnsafeMutablePointer<Int32>, count: Int, script: TextScript) -> Bool {
        var best = Int32.min
        var second = Int32.min
        for index in 0..<profiles.codes.count where profiles.scripts[index] == script {
            let score = scores[index] &+ Int32(count) &* profiles.floors[index]
            if score > best {
                second = best
                best = score
            } else if score > second {
                second = score
            }
        }
        return second != Int32.min && best - second >= Self.decisionMargin
    }

    /// The code point at `index` of valid UTF-8 and its length in bytes, nil at the end; a
    /// sequence cut off by the end (the text is read up to ``byteLimit``) ends it too.
    @inline(__always)
    private static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int)? {
        guard index < bytes.count else { return nil }
        let lead = bytes[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard length > 1 else { return (0xFFFD, 1) }
        guard index + length <= bytes.count else { return nil }
        var scalar = UInt32(lead) & (0x7F >> UInt32(length))
        for offset in 1..<length { scalar = scalar << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return (scalar, length)
    }
}
