import Foundation

/// Who only checked a page: the reviewers whose names a byline element may hold.
extension MetadataReader {
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
