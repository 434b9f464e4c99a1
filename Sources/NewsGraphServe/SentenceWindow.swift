import NewsGraphExtract

/// The sentence holding two mentions, cut at query time from a window of the document's text:
/// the database keeps each mention's sentence number, not the sentence's offsets.
///
/// The window is split again by the extractor's own `SentenceSplitter`, from the line break
/// before the mentions to the one after them: a line break always ends a sentence, so the
/// splitter finds there the sentences it found in the whole text. Only a paragraph longer than
/// the window is split from the window's edge, and a sentence reaching that edge is shown as
/// cut. The work is bounded by the window, whatever the document's length.
package enum SentenceWindow {
    /// Code points asked for on each side of the mentions: more than most news paragraphs.
    package static let reach = 500
    /// The longest text shown; a longer sentence is shortened around the mentions.
    package static let maximumLength = 320

    /// A cut: the words' code-point range in the document, the words (with `…` where shortened)
    /// and the mentions' ranges inside the words.
    package struct Cut: Equatable {
        package var range: Range<Int>
        package var text: String
        package var marks: [Range<Int>]
    }

    /// The sentence (or sentences, when the splitter disagrees with the stored numbers) from
    /// the first mention to the last. `window` is the document's text from code point
    /// `windowStart`; `reachesEnd` says whether it runs to the document's end. Nil when the
    /// mentions are not inside the window.
    package static func sentence(window: String, windowStart: Int, reachesEnd: Bool, mentions: [Range<Int>]) -> Cut? {
        let scalars = Array(window.unicodeScalars)
        guard let low = mentions.map(\.lowerBound).min(), let high = mentions.map(\.upperBound).max() else {
            return nil
        }
        let first = low - windowStart
        let last = high - windowStart
        guard first >= 0, last <= scalars.count, first < last else { return nil }
        var start = first
        while start > 0, scalars[start - 1] != "\n" { start -= 1 }
        var end = last
        while end < scalars.count, scalars[end] != "\n" { end += 1 }
        // The paragraph's bytes, and the byte offset of each of its code points.
        var bytes: [UInt8] = []
        var offsets: [Int] = []
        bytes.reserveCapacity((end - start) * 2)
        offsets.reserveCapacity(end - start + 1)
        for scalar in scalars[start..<end] {
            offsets.append(bytes.count)
            UTF8.encode(scalar) { bytes.append($0) }
        }
        offsets.append(bytes.count)
        let analysis = TextAnalysis(text: bytes)
        let firstByte = offsets[first - start]
        let lastByte = offsets[last - start]
        var sentenceStart = 0
        var sentenceEnd = bytes.count
        for sentence in analysis.sentences where !sentence.tokens.isEmpty {
            let sentenceFirst = Int(analysis.tokens[sentence.tokens.lowerBound].start)
            let sentenceLast = Int(analysis.tokens[sentence.tokens.upperBound - 1].end)
            if sentenceFirst <= firstByte { sentenceStart = sentenceFirst }
            if sentenceLast >= lastByte {
                sentenceEnd = sentenceLast
                break
            }
        }
        // Token edges fall on code points, so each byte offset is in `offsets`.
        func scalarIndex(ofByte byte: Int) -> Int {
            var lower = 0
            var upper = offsets.count - 1
            while lower < upper {
                let middle = (lower + upper) / 2
                if offsets[middle] < byte { lower = middle + 1 } else { upper = middle }
            }
            return start + lower
        }
        let sentence = scalarIndex(ofByte: sentenceStart)..<scalarIndex(ofByte: sentenceEnd)
        return shortened(
            scalars, sentence: sentence, mentions: first..<last, windowStart: windowStart,
            cutBefore: sentence.lowerBound == 0 && windowStart > 0,
            cutAfter: sentence.upperBound == scalars.count && !reachesEnd,
            marks: mentions.map { ($0.lowerBound - windowStart)..<($0.upperBound - windowStart) })
    }

    /// A quotation's words (the text from code point `start`), shortened around the mention.
    package static func quotation(words: String, start: Int, mention: Range<Int>) -> Cut {
        let scalars = Array(words.unicodeScalars)
        let first = min(max(0, mention.lowerBound - start), scalars.count)
        let last = min(max(first, mention.upperBound - start), scalars.count)
        return shortened(
            scalars, sentence: 0..<scalars.count, mentions: first..<last, windowStart: start, cutBefore: false,
            cutAfter: false, marks: [first..<last])
    }

    /// `sentence` (indices into `scalars`), cut to ``maximumLength`` around `mentions` at
    /// spaces, so no word is halved.
    private static func shortened(
        _ scalars: [Unicode.Scalar], sentence: Range<Int>, mentions: Range<Int>, windowStart: Int, cutBefore: Bool,
        cutAfter: Bool, marks: [Range<Int>]
    ) -> Cut {
        var left = sentence.lowerBound
        var right = sentence.upperBound
        var cutBefore = cutBefore
        var cutAfter = cutAfter
        if right - left > maximumLength {
            let spare = max(0, maximumLength - mentions.count)
            let after = min(right - mentions.upperBound, spare / 2)
            let before = min(mentions.lowerBound - left, spare - after)
            let moreAfter = min(right - mentions.upperBound, spare - before)
            if mentions.lowerBound - before > left {
                left = mentions.lowerBound - before
                while left < mentions.lowerBound, scalars[left - 1] != " " { left += 1 }
                cutBefore = true
            }
            if mentions.upperBound + moreAfter < right {
                right = mentions.upperBound + moreAfter
                while right > mentions.upperBound, scalars[right] != " " { right -= 1 }
                cutAfter = true
            }
        }
        while left < right, scalars[left].properties.isWhitespace { left += 1 }
        while right > left, scalars[right - 1].properties.isWhitespace { right -= 1 }
        var text = String.UnicodeScalarView()
        if cutBefore { text.append("…") }
        text.append(contentsOf: scalars[left..<right])
        if cutAfter { text.append("…") }
        let shift = (cutBefore ? 1 : 0) - left
        let inside = marks.compactMap { mark -> Range<Int>? in
            let lower = max(mark.lowerBound, left)
            let upper = min(mark.upperBound, right)
            return lower < upper ? (lower + shift)..<(upper + shift) : nil
        }
        return Cut(
            range: (windowStart + left)..<(windowStart + right), text: String(text),
            marks: inside.sorted { $0.lowerBound < $1.lowerBound })
    }
}
