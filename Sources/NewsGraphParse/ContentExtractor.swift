/// Chooses which blocks of a page are the article.
///
/// Readability's idea, on the flat block list: every paragraph-like block with real prose
/// (long enough, few links) scores its parent and, at half weight, its grandparent; the best
/// scoring element, adjusted by class/id hints and link density, is the article container.
/// Its blocks are kept in reading order, minus furniture inside it; sibling containers that
/// score close to it are kept too, for articles split around an ad or an embed.
enum ContentExtractor {
    static func articleBlocks(of page: PageStructure) -> [PageStructure.Block] {
        let elements = page.elements
        guard !elements.isEmpty else { return [] }
        var scores = [Double](repeating: 0, count: elements.count)
        var textBytes = [Int](repeating: 0, count: elements.count)
        var linkBytes = [Int](repeating: 0, count: elements.count)

        for block in page.blocks {
            var current = block.element
            while current >= 0 {
                textBytes[Int(current)] += block.text.count
                linkBytes[Int(current)] += block.linkBytes
                current = elements[Int(current)].parent
            }
            guard isProse(block) else { continue }
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
            let adjusted = (scores[index] + Double(elements[index].hint) * 25) * (1 - density)
            scores[index] = adjusted
            if adjusted > bestScore {
                bestScore = adjusted
                best = Int32(index)
            }
        }
        guard best >= 0 else {
            return page.blocks.filter { !isFurniture($0, page: page, below: -1) && $0.linkDensity < 0.5 }
        }

        // Containers beside the best one that hold prose too (an article split by an ad slot).
        let parentOfBest = elements[Int(best)].parent
        let siblingThreshold = max(10, bestScore * 0.2)
        var roots: Set<Int32> = [best]
        if parentOfBest >= 0 {
            for index in elements.indices
            where elements[index].parent == parentOfBest && scores[index] >= siblingThreshold
                && elements[index].hint >= 0
            {
                roots.insert(Int32(index))
            }
        }

        return page.blocks.filter { block in
            guard let root = enclosingRoot(of: block.element, roots: roots, page: page) else { return false }
            if isFurniture(block, page: page, below: root) { return false }
            if block.linkDensity > 0.5 { return false }
            return true
        }
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
    private static func isFurniture(_ block: PageStructure.Block, page: PageStructure, below root: Int32) -> Bool {
        var current = block.element
        while current >= 0 && current != root {
            if page.elements[Int(current)].hint < 0 { return true }
            current = page.elements[Int(current)].parent
        }
        return false
    }
}
