import Foundation

/// Who wrote a page, and who only checked it: the person an author box introduces, a note
/// describes or an author link names when no byline names anyone, and the reviewers whose names
/// a byline element may hold.
extension MetadataReader {
    /// The person an author box introduces: a line that is only her name, followed within a few
    /// lines by her biography, which opens with that name (`Jane Doe is a travel writer …`).
    static func introducedAuthor(of page: PageStructure) -> String? {
        for (index, block) in page.blocks.enumerated() where block.text.count <= 40 && block.tag != .heading {
            let name = trim(String(decoding: block.text, as: UTF8.self))
            let opening = Array((name + " is ").utf8)
            // The byte comparison first: few lines are followed by a paragraph that opens with them.
            let introduced = page.blocks[(index + 1)...].prefix(4).contains {
                $0.text.count >= 60 && $0.text.starts(with: opening)
            }
            if introduced, isPersonName(name) { return name }
        }
        return nil
    }

    /// The name an author page's address was made from (`/author/jane-doe` → `jane-doe`), when the
    /// page also shows it as a line of its own (`Jane Doe`, `By Jane Doe`): the line, as written.
    static func linkedAuthor(of page: PageStructure) -> String? {
        for slug in page.authorSlugs {
            let words = slug.lowercased().split(separator: "-")
            guard (2...4).contains(words.count), words.allSatisfy({ $0.allSatisfy(\.isLetter) }) else { continue }
            let wanted = words.joined(separator: " ")
            for block in page.blocks where block.text.count <= 60 {
                var text = trim(String(decoding: block.text, as: UTF8.self))
                for prefix in namePrefixes where text.lowercased().hasPrefix(prefix) {
                    text = String(text.dropFirst(prefix.count))
                }
                let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
                    .replacingOccurrences(of: "-", with: " ")
                if folded == wanted, isPersonName(text) { return text }
            }
        }
        return nil
    }

    /// The writer a note describes (`Jane Doe is a freelance travel writer …`): a paragraph that
    /// opens with a person's name, then `is a`/`is an`, and calls her a writer in its first sentence.
    static func describedWriter(of page: PageStructure) -> String? {
        for block in page.blocks where block.text.count >= 40 && block.text.count <= 600 {
            // Bytes first: most paragraphs do not say `is a` within a name's length (40 characters,
            // 4 bytes at most each) of their start.
            guard block.text.prefix(165).withUnsafeBufferPointer({ contains($0, isA) }) else { continue }
            let text = String(decoding: block.text, as: UTF8.self)
            guard let verb = text.range(of: " is a") else { continue }
            let name = String(text[..<verb.lowerBound])
            guard name.count <= 40, isPersonName(name) else { continue }
            let rest = text[verb.upperBound...]
            guard rest.hasPrefix(" ") || rest.hasPrefix("n ") else { continue }
            let words = rest.prefix { $0 != "." }.lowercased().split(whereSeparator: { !$0.isLetter })
            if words.contains(where: { writerWords.contains(String($0)) }) {
                return name
            }
        }
        return nil
    }

    static let isA = Array(" is a".utf8)

    /// What a note calls the person who wrote the article.
    static let writerWords: Set<String> = [
        "writer", "journalist", "author", "blogger", "editor", "reporter", "columnist", "contributor",
    ]

    /// The byline element at `index`, or the one inside it (read next) when the outer one's names
    /// leave out the inner one's: the outer adds a label or a role to the name
    /// (`Written by: Jane Doe Gardener & Cook` around `Jane Doe`).
    static func innerByline(_ bylines: [String], at index: Int) -> String {
        let outer = bylines[index]
        let outerNames = splitNames(outer)
        for inner in bylines[(index + 1)...].prefix(4) where inner != outer && outer.contains(inner) {
            let names = splitNames(inner)
            if !names.isEmpty, !names.allSatisfy({ name in outerNames.contains { sameName($0, name) } }) {
                return inner
            }
        }
        return outer
    }

    static let author = Array("author".utf8)
    static let by = Array("by".utf8)

    /// A line that only says one of these labels the names after it.
    static let labelWords = [
        "author", "authors", "author(s", "written by", "authored by", "article by", "posted by", "words by",
        "story by", "text by",
    ]

    /// Names after a line that only says `Author`, `Authors` or `Written by`, wherever it stands
    /// (a details box beside or under the article): the names in the blocks that follow it.
    static func labelledBylines(of page: PageStructure) -> [String] {
        var lines: [String] = []
        for (index, block) in page.blocks.enumerated() where block.text.count <= 300 {
            // Bytes first: most blocks are neither a credit nor a label.
            let credit = contains(block.text, writtenBy)
            // Every label says `author` or `by`.
            guard credit || (block.text.count <= 24 && (contains(block.text, author) || contains(block.text, by)))
            else { continue }
            let text = String(decoding: block.text, as: UTF8.self)
            // `Written by Jane Doe` opens a credit wherever it stands (`This post was written by …`).
            if credit, let range = text.range(of: "written by ", options: .caseInsensitive) {
                let names = splitNames(cutAtByline(String(text[range.upperBound...])), leading: true)
                if !names.isEmpty { return names }
            }
            guard block.text.count <= 24 else { continue }
            let label = text.lowercased().trimmingCharacters(in: labelEdges)
            guard labelWords.contains(label) else { continue }
            for next in page.blocks[(index + 1)...].prefix(6) {
                let text = String(decoding: next.text, as: UTF8.self)
                // A heading opens the next section of the box.
                guard next.tag != .heading, next.text.count <= 120, !splitNames(text).isEmpty else { break }
                lines.append(text)
            }
            if !lines.isEmpty { break }
        }
        return lines
    }

    /// Labels of those who checked an article rather than wrote it.
    static let reviewerCues = [
        "reviewed by", "medically reviewed by", "expert reviewed by", "fact checked by", "fact-checked by",
        "edited by",
    ]

    /// The people a page names after a reviewer's or fact-checker's label (`Fact checked by` over
    /// `Jane Doe`, `Reviewed by Jane Doe, MD`): a byline element holding one of them is not the writer's.
    static func reviewers(of page: PageStructure) -> [String] {
        var names: [String] = []
        for (index, block) in page.blocks.enumerated() where block.text.count <= 160 {
            guard mayOpenWithReviewerCue(block.text) else { continue }
            let text = String(decoding: block.text, as: UTF8.self)
            let lower = text.lowercased()
            guard let cue = reviewerCues.first(where: { lower.hasPrefix($0) }) else { continue }
            let rest = String(text.dropFirst(cue.count)).trimmingCharacters(in: labelEdges)
            if !rest.isEmpty {
                names += splitNames(cutAtByline(rest), leading: true)
            } else if index + 1 < page.blocks.count, page.blocks[index + 1].text.count <= 120 {
                names += splitNames(
                    cutAtByline(String(decoding: page.blocks[index + 1].text, as: UTF8.self)), leading: true)
            }
        }
        return names
    }

    /// A byte test before any string is made: every reviewer cue opens with `r`, `m`, `e` or `f`.
    static func mayOpenWithReviewerCue(_ text: [UInt8]) -> Bool {
        guard let first = text.first else { return false }
        return [0x72, 0x6D, 0x65, 0x66].contains(BoilerplateHints.lowercased(first))
    }
}
