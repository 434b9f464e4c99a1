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
    /// Nil when no element holds prose: the page has no article container.
    static func articleBlocks(of page: PageStructure, titles: [String] = []) -> [PageStructure.Block]? {
        let elements = page.elements
        guard !elements.isEmpty else { return nil }
        var scores = [Double](repeating: 0, count: elements.count)
        let (textBytes, linkBytes, furniture) = furniture(of: page)

        // Bytes of prose each element holds, furniture left out.
        var proseBytes = [Int](repeating: 0, count: elements.count)
        for block in page.blocks where isProse(block) && !furniture[Int(block.element)] {
            let commas = block.text.reduce(0) { $0 + ($1 == UInt8(ascii: ",") ? 1 : 0) }
            let score = 1 + Double(commas) + min(Double(block.text.count) / 100, 3)
            let own = block.element
            var current = own
            while current >= 0 {
                proseBytes[Int(current)] += block.text.count
                current = elements[Int(current)].parent
            }
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
        guard best >= 0 else { return nil }
        var centered = false
        var grown = grow(
            best, elements: elements, furniture: furniture, textBytes: textBytes,
            linkBytes: linkBytes, proseBytes: proseBytes)
        if let center = proseCenter(
            elements, furniture: furniture, textBytes: textBytes, linkBytes: linkBytes, proseBytes: proseBytes),
            proseBytes[Int(grown)] * 3 < proseBytes[Int(center)]
        {
            // The votes picked a short box; the article is where the prose is, and already
            // holds most of it, so no sibling joins.
            best = center
            grown = center
            centered = true
        }

        // Containers beside the best one that hold prose too (an article split by an ad slot).
        let parentOfBest = elements[Int(best)].parent
        let siblingThreshold = max(10, bestScore * 0.2)
        var roots: Set<Int32> = [best, grown]
        if parentOfBest >= 0 && !centered {
            for index in elements.indices
            where elements[index].parent == parentOfBest && !furniture[index]
                && (scores[index] >= siblingThreshold || isSameKind(index, as: best, elements, proseBytes))
            {
                roots.insert(Int32(index))
            }
            roots.formUnion(
                partsInSameKindRows(best, elements: elements, furniture: furniture, proseBytes: proseBytes))
        }

        let dataRows = rowsWithPlainCells(page)
        let builderParts = partsOfBuilderRuns(
            page.elements, textBytes: textBytes, linkBytes: linkBytes, proseBytes: proseBytes)
        // A box of prose inside the article counts, except a single box after the article's
        // last plain paragraph: that is an appendix (a letter to readers, an author's note),
        // where a series of boxes there (product cards, steps) is the article itself.
        var verdicts: [Placement?] = []
        verdicts.reserveCapacity(page.blocks.count)
        var lastPlainProse = -1
        var linkedHeadings: [Int] = []
        for (index, block) in page.blocks.enumerated() {
            guard let root = enclosingRoot(of: block.element, roots: roots, page: page) else {
                verdicts.append(nil)
                continue
            }
            let placement = place(
                block, page: page, below: root, textBytes: textBytes, linkBytes: linkBytes, proseBytes: proseBytes,
                builderParts: builderParts)
            if placement == .article && isProse(block) { lastPlainProse = index }
            if isLinkList(block, page: page, dataRows: dataRows) {
                if placement == .article && block.tag == .heading { linkedHeadings.append(index) }
                verdicts.append(.furniture)
            } else {
                verdicts.append(placement)
            }
        }
        // A heading with the article's prose still to come is the title of a section, even
        // when it links (to the product or place it names); after the last paragraph, linked
        // headings are titles of other pages.
        for index in linkedHeadings where index < lastPlainProse && !isTeaserTitle(index, page: page) {
            verdicts[index] = .article
        }
        var closingBoxes: Set<Int32> = []
        for index in page.blocks.indices where index > lastPlainProse {
            if case .proseBox(let box)? = verdicts[index] { closingBoxes.insert(box) }
        }
        var kept: [PageStructure.Block] = []
        let lead = leadBeforeContainer(page, verdicts: verdicts, furniture: furniture)
        for (index, block) in page.blocks.enumerated() {
            if lead.contains(index) {
                kept.append(block)
                continue
            }
            switch verdicts[index] {
            case .article:
                kept.append(block)
            case .proseBox(let box):
                if index < lastPlainProse || closingBoxes.count != 1 || !closingBoxes.contains(box) {
                    kept.append(block)
                }
            default:
                break
            }
        }
        return BlockCleaner.clean(kept, page: page, titles: titles)
    }

    /// The article container grown from the best-scoring element: an article split into
    /// sections (steps, chapters, headed parts) scores highest in one of them, so the container
    /// moves up while what each enclosing element adds is little (a heading, a label) or is
    /// itself prose with few links, and stops at the last one that added prose.
    static func grow(
        _ start: Int32, elements: [PageStructure.Element], furniture: [Bool], textBytes: [Int],
        linkBytes: [Int], proseBytes: [Int]
    ) -> Int32 {
        var root = start
        var current = start
        while true {
            let parent = elements[Int(current)].parent
            guard parent >= 0, !furniture[Int(parent)] else { return root }
            let addedText = textBytes[Int(parent)] - textBytes[Int(root)]
            let addedProse = proseBytes[Int(parent)] - proseBytes[Int(root)]
            let addedLinks = linkBytes[Int(parent)] - linkBytes[Int(root)]
            let little = addedText < 200
            let proseAdded = addedProse * 10 >= addedText * 6 && addedLinks * 4 < addedText
            guard little || proseAdded else { return root }
            // Levels that add only a little are passed through, not taken.
            if addedProse >= 100 && proseAdded { root = parent }
            current = parent
        }
    }

    /// The smallest element holding most of the page's prose, with few links: where the article
    /// is when each of its paragraphs sits in wrappers of its own, so that no one parent
    /// collects enough votes to outscore a short box of text elsewhere.
    static func proseCenter(
        _ elements: [PageStructure.Element], furniture: [Bool], textBytes: [Int], linkBytes: [Int],
        proseBytes: [Int]
    ) -> Int32? {
        var totalProse = 0
        for index in elements.indices where elements[index].parent < 0 { totalProse += proseBytes[index] }
        guard totalProse > 0 else { return nil }
        var center: Int32?
        for index in elements.indices
        where !furniture[index] && proseBytes[index] * 10 >= totalProse * 6
            && proseBytes[index] <= proseBytes[Int(center ?? Int32(index))] && linkBytes[index] * 2 < textBytes[index]
        {
            center = Int32(index)
        }
        return center
    }

    /// An article laid out in rows (each row a wrapper of one class holding a part of the text,
    /// often beside an aside) goes on in the other rows' elements of the best container's class;
    /// a row may wrap its part a few levels deep (row, column, module), each level of one class.
    static func partsInSameKindRows(
        _ best: Int32, elements: [PageStructure.Element], furniture: [Bool], proseBytes: [Int]
    ) -> [Int32] {
        let kind = elements[Int(best)].classHash
        guard kind != 0 else { return [] }
        var parts: [Int32] = []
        for index in elements.indices
        where index != Int(best) && !furniture[index] && proseBytes[index] >= 100 && elements[index].classHash == kind {
            var part = index
            var own = Int(best)
            for _ in 0..<3 {
                part = Int(elements[part].parent)
                own = Int(elements[own].parent)
                guard part >= 0, own >= 0, part != own, elements[part].classHash == elements[own].classHash
                else { break }
                let row = elements[own].parent
                if elements[part].parent == row && row >= 0 && elements[own].classHash != 0 {
                    parts.append(Int32(index))
                    break
                }
            }
        }
        return parts
    }

    /// A sibling with the best container's class that holds prose is another part of the same
    /// article (split by an embed, a table or a call to action).
    private static func isSameKind(
        _ index: Int, as best: Int32, _ elements: [PageStructure.Element], _ proseBytes: [Int]
    ) -> Bool {
        let classHash = elements[Int(best)].classHash
        return classHash != 0 && elements[index].classHash == classHash && proseBytes[index] >= 100
    }

    /// The text and link bytes each element holds, and which elements are furniture.
    static func furniture(of page: PageStructure) -> (textBytes: [Int], linkBytes: [Int], flags: [Bool]) {
        var textBytes = [Int](repeating: 0, count: page.elements.count)
        var linkBytes = [Int](repeating: 0, count: page.elements.count)
        var totalText = 0
        for block in page.blocks {
            totalText += block.text.count
            var current = block.element
            while current >= 0 {
                textBytes[Int(current)] += block.text.count
                linkBytes[Int(current)] += block.linkBytes
                current = page.elements[Int(current)].parent
            }
        }
        var proseBytes = [Int](repeating: 0, count: page.elements.count)
        for block in page.blocks where isProse(block) {
            var current = block.element
            while current >= 0 {
                proseBytes[Int(current)] += block.text.count
                current = page.elements[Int(current)].parent
            }
        }
        let flags = furnitureFlags(
            page.elements, textBytes: textBytes, linkBytes: linkBytes, proseBytes: proseBytes, totalText: totalText)
        return (textBytes, linkBytes, flags)
    }

    /// Paragraphs of prose with hardly any links: never a menu, a sharing bar or a list of
    /// pages, nor a list of teasers (each a linked title over a summary).
    static func isMostlyProse(prose: Int, text: Int, links: Int) -> Bool {
        prose >= 200 && prose * 10 >= text * 7 && links * 10 < text
    }

    /// Elements that are, or sit inside, page furniture (comments, related stories, sharing).
    ///
    /// Navigation, asides and hidden elements are furniture first, unless one holds most of
    /// the page's text and not as links (broken nesting, or an article streamed into a hidden
    /// element); the page's text is then counted without them. A furniture class on an
    /// element that holds most of that text is a layout switch (`<body class="has-sidebar">`),
    /// not furniture, and is ignored; so is one inside an element marked as the article body,
    /// and a word for furniture made of links on an element that holds prose.
    static func furnitureFlags(
        _ elements: [PageStructure.Element], textBytes: [Int], linkBytes: [Int], proseBytes: [Int], totalText: Int
    ) -> [Bool] {
        var structural = [Bool](repeating: false, count: elements.count)
        var contentText = totalText
        for index in elements.indices {
            let element = elements[index]
            let parent = Int(element.parent)
            if parent >= 0 && structural[parent] {
                structural[index] = true
            } else if element.hint == PageStructure.Element.structuralFurniture {
                let wrapper = textBytes[index] * 2 >= totalText && linkBytes[index] * 2 < textBytes[index]
                if !wrapper {
                    structural[index] = true
                    contentText -= textBytes[index]
                }
            }
        }
        var flags = structural
        var insideBody = [Bool](repeating: false, count: elements.count)
        for index in elements.indices where !structural[index] {
            let element = elements[index]
            let parent = Int(element.parent)
            insideBody[index] = element.hint == 2 || (parent >= 0 && insideBody[parent])
            if parent >= 0 && flags[parent] {
                flags[index] = true
            } else if element.hint == -2 && !insideBody[index] && textBytes[index] * 2 < contentText
                && !(element.namesLinks
                    && isMostlyProse(prose: proseBytes[index], text: textBytes[index], links: linkBytes[index]))
            {
                flags[index] = true
            }
        }
        return flags
    }

    /// A block made mostly of links is a link list (a menu, a list of other pages), except a
    /// short table cell in a row that also has a cell without links (a linked name beside its
    /// values is a row of data) and a short item of a list that also has an item without links
    /// (a checklist whose items link where they are reviewed; every item of a menu links).
    static func isLinkList(_ block: PageStructure.Block, page: PageStructure, dataRows: Set<Int32>) -> Bool {
        guard block.linkDensity > 0.5 else { return false }
        guard block.tag == .tableCell || block.tag == .listItem, block.text.count < 80 else { return true }
        return !dataRows.contains(page.elements[Int(block.element)].parent)
    }

    /// A linked heading in a run of ``minimumTitleRun`` or more linked headings with nothing
    /// between is one of a list of other pages' titles, not the title of a section of this
    /// one: a section title has its own text under it (a section and its first subsection
    /// make a pair).
    static func isTeaserTitle(_ index: Int, page: PageStructure) -> Bool {
        func isLinkedHeading(_ at: Int) -> Bool {
            page.blocks.indices.contains(at) && page.blocks[at].tag == .heading && page.blocks[at].linkDensity > 0.5
        }
        var first = index
        while isLinkedHeading(first - 1) { first -= 1 }
        var last = index
        while isLinkedHeading(last + 1) { last += 1 }
        return last - first + 1 >= minimumTitleRun
    }

    static let minimumTitleRun = 3

    /// Table rows holding a cell with text and no links, and lists holding such an item.
    static func rowsWithPlainCells(_ page: PageStructure) -> Set<Int32> {
        var rows: Set<Int32> = []
        for block in page.blocks where (block.tag == .tableCell || block.tag == .listItem) && block.linkBytes == 0 {
            rows.insert(page.elements[Int(block.element)].parent)
        }
        return rows
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

    /// Where a block below `root` stands: inside an element marked as navigation, sharing,
    /// related links, … (furniture), or in the article. An element holding most of the root's
    /// text is a wrapper whatever its class says, and one marked only weakly (a widget, a promo
    /// box) that holds paragraphs of prose is a box of prose.
    enum Placement: Equatable {
        case article, furniture
        /// Inside a weakly marked element that holds paragraphs of prose.
        case proseBox(Int32)
    }

    private static func place(
        _ block: PageStructure.Block, page: PageStructure, below root: Int32, textBytes: [Int], linkBytes: [Int],
        proseBytes: [Int], builderParts: [Bool]
    ) -> Placement {
        let wrapperSize = textBytes[Int(root)] * 6 / 10
        var placement = Placement.article
        var current = block.element
        while current >= 0 && current != root {
            let element = Int(current)
            let hint = page.elements[element].hint
            if hint < 0 && textBytes[element] < wrapperSize {
                let mostlyProse = proseBytes[element] >= 200 && proseBytes[element] * 10 >= textBytes[element] * 7
                let namedWrongly =
                    page.elements[element].namesLinks
                    && isMostlyProse(prose: proseBytes[element], text: textBytes[element], links: linkBytes[element])
                if !namedWrongly {
                    if hint < -1 || !(mostlyProse || builderParts[element]) { return .furniture }
                    placement = .proseBox(current)
                }
            }
            current = page.elements[element].parent
        }
        return placement
    }
}
