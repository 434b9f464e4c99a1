import Foundation

/// Who wrote a page, and who only checked it: the person an author box introduces when no
/// byline names anyone, and the reviewers whose names a byline element may hold.
extension MetadataReader {
    /// The person an author box introduces: a line that is only her name, followed within a few
    /// lines by her biography, which opens with that name (`Jane Doe is a travel writer …`).
    static func introducedAuthor(of page: PageStructure) -> String? {
        for (index, block) in page.blocks.enumerated() where block.text.count <= 40 && block.tag != .heading {
            let name = trim(String(decoding: block.text, as: UTF8.self))
            guard isPersonName(name) else { continue }
            let opening = Array((name + " is ").utf8)
            for next in page.blocks[(index + 1)...].prefix(4) where next.text.count >= 60 {
                if next.text.starts(with: opening) { return name }
            }
        }
        return nil
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
