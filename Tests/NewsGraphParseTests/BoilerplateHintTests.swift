import Testing

@testable import NewsGraphParse

/// The class and id words that mark furniture and content, and the layout words that cancel them.
@Suite struct BoilerplateHintTests {
    static func kinds(_ value: String) -> HintWordTable.Kinds {
        var bytes = Array(value.utf8)
        bytes.append(0)
        return bytes.withUnsafeBufferPointer { BoilerplateHints.words.scan($0.baseAddress!) }
    }

    @Test func furnitureWordsAreFoundInsideClassNames() {
        #expect(Self.kinds("site-footer dark").contains(.stronglyNegative))
        #expect(Self.kinds("RelatedStories").contains(.stronglyNegative))
        #expect(Self.kinds("promo-box").contains(.negative))
        #expect(Self.kinds("article-body").contains(.bodyOverride))
    }

    @Test func layoutWordsAroundAFurnitureWordCancelIt() {
        for layout in ["no-sidebar", "has-comments", "page without_sidebar", "sidebar-enabled", "sidebar--disabled"] {
            #expect(!Self.kinds(layout).contains(.stronglyNegative), "\(layout)")
        }
        #expect(Self.kinds("sidebar-left").contains(.stronglyNegative))
    }

    @Test func wordsCountOnlyWhereAWordOfTheClassStarts() {
        for marked in ["main-nav", "navbar", "mainNav", "nav_links", "top3-menu", "SiteFooter"] {
            #expect(Self.kinds(marked).contains(.stronglyNegative), "\(marked)")
        }
        for unmarked in ["contextmenu", "unavailable", "text-navy", "commentary-body", "shareholder-letter"] {
            #expect(!Self.kinds(unmarked).contains(.stronglyNegative), "\(unmarked)")
        }
    }
}

extension BoilerplateHintTests {
    static func evidence(_ className: String) -> (hint: Int8, namesLinks: Bool) {
        let html = Array("<html><body><div class=\"\(className)\">x</div></body></html>".utf8)
        guard let page = try? PageReader.read(utf8: html), let element = page.elements.last else { return (0, false) }
        return (element.hint, element.namesLinks)
    }

    @Test func linkFurnitureWordsAreToldFromProseFurnitureWords() {
        #expect(Self.evidence("main-nav").hint == -2)
        #expect(Self.evidence("main-nav").namesLinks)
        #expect(Self.evidence("share-tools").namesLinks)
        #expect(Self.evidence("comment-list").hint == -2)
        #expect(!Self.evidence("comment-list").namesLinks)
        #expect(!Self.evidence("nav comment-list").namesLinks)
    }
}
