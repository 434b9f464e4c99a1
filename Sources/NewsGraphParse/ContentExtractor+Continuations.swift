/// Text that continues the article outside what the container's own blocks would keep: parts
/// of a page builder's run of boxes, and a lead set beside the headline.
extension ContentExtractor {
    /// Weakly marked elements that are parts of a run: page builders wrap every heading,
    /// paragraph and list of an article in a box of its own, all named alike (`widget`), so a
    /// box is judged with its weakly marked siblings, which together hold most of their
    /// parent's text as prose with hardly any links, not by its own short text. Elements come
    /// in document order, so a parent is settled before its children.
    static func partsOfBuilderRuns(
        _ elements: [PageStructure.Element], textBytes: [Int], linkBytes: [Int], proseBytes: [Int]
    ) -> [Bool] {
        var count = [Int](repeating: 0, count: elements.count)
        var prose = [Int](repeating: 0, count: elements.count)
        var text = [Int](repeating: 0, count: elements.count)
        var links = [Int](repeating: 0, count: elements.count)
        for index in elements.indices where elements[index].hint == -1 {
            let parent = Int(elements[index].parent)
            guard parent >= 0 else { continue }
            count[parent] += 1
            prose[parent] += proseBytes[index]
            text[parent] += textBytes[index]
            links[parent] += linkBytes[index]
        }
        var parts = [Bool](repeating: false, count: elements.count)
        for index in elements.indices where elements[index].hint == -1 {
            let parent = Int(elements[index].parent)
            guard parent >= 0 else { continue }
            // A part's own inner box (`widget` > `widget-container`) is the same part.
            if elements[parent].hint == -1 && parts[parent] {
                parts[index] = true
                continue
            }
            guard count[parent] >= 3, text[parent] * 10 >= textBytes[parent] * 8 else { continue }
            parts[index] = isMostlyProse(prose: prose[parent], text: text[parent], links: links[parent])
        }
        return parts
    }

    /// Paragraphs of prose between the last `<h1>` before the container and the container,
    /// with nothing but short lines (a byline, a date, a label) among them: the article's
    /// lead, set in the page's header beside its headline. The last `<h1>` is the headline:
    /// a site's name above it may be an `<h1>` too.
    static func leadBeforeContainer(_ page: PageStructure, verdicts: [Placement?], furniture: [Bool]) -> Set<Int> {
        guard let first = verdicts.firstIndex(where: { $0 != nil && $0 != .furniture }),
            let headline = page.headingBlocks.last(where: { $0 < first })
        else { return [] }
        var lead: Set<Int> = []
        var texts: Set<[UInt8]> = []
        var bytes = 0
        for index in headline + 1..<first {
            let block = page.blocks[index]
            let isLead =
                block.tag == .paragraph && block.text.count >= 80 && block.linkBytes * 5 < block.text.count
                && !furniture[Int(block.element)]
            if isLead {
                // A summary shown twice (for two screens) is read once.
                guard texts.insert(block.text).inserted else { continue }
                lead.insert(index)
                bytes += block.text.count
            } else if block.text.count >= 80 {
                return []
            }
        }
        // One line under a headline is its summary (a dek); the article's lead runs longer.
        return bytes >= 250 ? lead : []
    }
}
