/// Chooses which blocks of a page are the article.
///
/// Readability's idea, on the flat block list: every paragraph-like block with real prose
/// (long enough, few links) scores its parent and, at half weight, its grandparent; the best
/// scoring element, adjusted by class/id hints and link density, is the article container.
/// Prose inside furniture (comments, related stories, sidebars) never votes, so a long comment
/// thread cannot win. The container's blocks are kept in reading order, minus furniture inside
/// it; sibling containers that score close to it are kept too, for articles split around an ad
/// or an embed.
enum ContentExtractor {
    /// `titles`: the page's headline as its metadata gives it, to drop its repeat in the text.
    static func articleBlocks(of page: PageStructure, titles: [String] = []) -> [PageStructure.Block] {
        let elements = page.elements
        guard !elements.isEmpty else { return [] }
        var scores = [Double](repeating: 0, count: elements.count)
        var textBytes = [Int](repeating: 0, count: elements.count)
        var linkBytes = [Int](repeating: 0, count: elements.count)

        var totalText = 0
        for block in page.blocks {
            totalText += block.text.count
            var current = block.element
            while current >= 0 {
                textBytes[Int(current)] += block.text.count
                linkBytes[Int(current)] += block.linkBytes
                current = elements[Int(current)].parent
            }
        }
        let furniture = furnitureFlags(elements, textBytes: textBytes, totalText: totalText)

        for block in page.blocks where isProse(block) && !furniture[Int(block.element)] {
            let commas = block.text.reduce(0) { $0 + ($1 == UInt8(ascii: ",") ? 1 : 0) }
            let score = 1 + Double(commas) + min(Double(block.text.count) / 100, 3)
            let own = block.element
            let parent = block.tag == .container ? own : elements[Int(own)].parent
            guard parent >= 0 else { continue }
            scores[Int(parent)] += score
            let grandparent = elements[Int(parent)].parent
            if grandparent >= 0 { scores[Int(grandparent)] += score / 2 }
        }

        var best: Int32 = -1
        var bestScore = 0.0
        for index in elements.indices where scores[index] > 0 {
            let density = textBytes[index] == 0 ? 0 : Double(linkBytes[index]) / Double(textBytes[index])
            let hint = max(Double(elements[index].hint), 0) * 25
            let adjusted = (scores[index] + hint) * (1 - density)
            scores[index] = adjusted
            if adjusted > bestScore {
                bestScore = adjusted
                best = Int32(index)
            }
        }
        guard best >= 0 else {
            return page.blocks.filter { !furniture[Int($0.element)] && $0.linkDensity < 0.5 }
        }

        // Containers beside the best one that hold prose too (an article split by an ad slot).
        let parentOfBest = elements[Int(best)].parent
        let siblingThreshold = max(10, bestScore * 0.2)
        var roots: Set<Int32> = [best]
        if parentOfBest >= 0 {
            for index in elements.indices
            where elements[index].parent == parentOfBest && scores[index] >= siblingThreshold
                && !furniture[index]
            {
                roots.insert(Int32(index))
            }
        }

        let kept = page.blocks.filter { block in
            guard let root = enclosingRoot(of: block.element, roots: roots, page: page) else { return false }
            if isFurniture(block, page: page, below: root, textBytes: textBytes) { return false }
            if block.linkDensity > 0.5 { return false }
            return true
        }
        return BlockCleaner.clean(kept, page: page, titles: titles)
    }

    /// Elements that are, or sit inside, page furniture (comments, related stories, sharing).
    /// A furniture class on an element that holds most of the page's text (`<body
    /// class="has-sidebar">`) is a layout switch, not furniture, and is ignored; so is one
    /// inside an element marked as the article body.
    static func furnitureFlags(_ elements: [PageStructure.Element], textBytes: [Int], totalText: Int) -> [Bool] {
        var flags = [Bool](repeating: false, count: elements.count)
        var insideBody = [Bool](repeating: false, count: elements.count)
        for index in elements.indices {
            let element = elements[index]
            let parent = Int(element.parent)
            insideBody[index] = element.hint == 2 || (parent >= 0 && insideBody[parent])
            if parent >= 0 && flags[parent] {
                flags[index] = true
            } else if element.hint <= -2 && !insideBody[index] && textBytes[index] * 2 < totalText {
                flags[index] = true
            }
        }
        return flags
    }

    /// Prose: a paragraph-like block with enough words and few links.
    static func isProse(_ block: PageStructure.Block) -> Bool {
        switch block.tag {
        case .paragraph, .preformatted, .blockQuote, .container, .tableCell, .listItem: break
        default: return false
        }
        return block.text.count >= 25 && block.linkDensity < 0.5
    }

    private static func enclosingRoot(of element: Int32, roots: Set<Int32>, page: PageStructure) -> Int32? {
        var current = element
        while current >= 0 {
            if roots.contains(current) { return current }
            current = page.elements[Int(current)].parent
        }
        return nil
    }

    /// A block inside an element marked as navigation, sharing, related links, … below `root`.
    /// An element holding most of the root's text is a wrapper whatever its class says.
    private static func isFurniture(
        _ block: PageStructure.Block, page: PageStructure, below root: Int32, textBytes: [Int]
    ) -> Bool {
        let wrapperSize = textBytes[Int(root)] * 6 / 10
        var current = block.element
        while current >= 0 && current != root {
            if page.elements[Int(current)].hint < 0 && textBytes[Int(current)] < wrapperSize { return true }
            current = page.elements[Int(current)].parent
        }
        return false
    }
}
