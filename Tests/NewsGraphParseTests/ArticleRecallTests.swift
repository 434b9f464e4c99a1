import Foundation
import NewsGraphCore
import NewsGraphTestSupport
import Testing

@testable import NewsGraphParse

/// Pages whose article the container scoring alone used to miss: articles in several
/// sections, broken nesting, streamed or hidden bodies, bodies only in JSON.
@Suite struct ArticleRecallTests {
    static func paragraph(_ topic: String) -> String {
        "<p>The \(topic) step needs patience, a steady hand and a clear plan, or the work will take twice as long.</p>"
    }

    @Test func articleSplitIntoSectionsIsKeptWhole() throws {
        let steps = ["first", "second", "third", "fourth"].map { topic in
            "<section class=\"step\"><h2>The \(topic) step</h2><div class=\"step-body\">"
                + Self.paragraph(topic) + Self.paragraph(topic + " careful") + "</div></section>"
        }
        let html = """
            <html><body><div class="menu-bar"><a href="/">Home</a> <a href="/a">About</a></div>
            <article><div class="guide">\(steps.joined())</div></article>
            <div class="footer-links"><a href="/t">Terms</a></div></body></html>
            """
        let page = try ArticleFixtures.parse(html: html)
        for topic in ["first", "second", "third", "fourth"] {
            #expect(page.text.contains("The \(topic) step needs patience"), "lost the \(topic) section")
            #expect(page.text.contains("The \(topic) step\n\n"), "lost the \(topic) heading")
        }
        #expect(!page.text.contains("Terms"))
        #expect(page.metadata.extraction == "container")
    }

    @Test func articleNestedInsideAnUnclosedNavigationIsFound() throws {
        let body = (1...5).map { Self.paragraph("number \($0)") }.joined()
        let html =
            "<html><body><nav><ul><li><a href=\"/\">Home</a><li><div class=\"post\">\(body)</div></nav></body></html>"
        let page = try ArticleFixtures.parse(html: html)
        #expect(page.text.contains("The number 3 step needs patience"))
        #expect(!page.text.contains("Home"))
    }

    @Test func navigationMenusStayOut() throws {
        let links = (1...40).map { "<li><a href=\"/s\($0)\">Section number \($0) of the site</a></li>" }.joined()
        let html = """
            <html><body><nav><ul>\(links)</ul></nav>
            <div class="story">\(Self.paragraph("only"))\(Self.paragraph("other"))</div></body></html>
            """
        let page = try ArticleFixtures.parse(html: html)
        #expect(page.text.contains("The only step needs patience"))
        #expect(!page.text.contains("Section number"))
    }

    @Test func textAfterAnEarlyEndOfDocumentIsRead() throws {
        let html = """
            <html><body><div class="top">Site header</div></body></html>
            <div class="article">\(Self.paragraph("late"))\(Self.paragraph("later"))</div>
            """
        let page = try ArticleFixtures.parse(html: html)
        #expect(page.text.contains("The late step needs patience"))
        #expect(page.text.contains("The later step needs patience"))
    }

    @Test func articleStreamedIntoAHiddenElementIsRead() throws {
        let body = (1...4).map { Self.paragraph("streamed \($0)") }.joined()
        let html = """
            <html><body><div class="shell"><a href="/">Home</a></div>
            <div hidden id="segment"><div class="prose">\(body)</div></div>
            <div hidden class="dialog">Sign in to continue</div></body></html>
            """
        let page = try ArticleFixtures.parse(html: html)
        #expect(page.text.contains("The streamed 2 step needs patience"))
        #expect(!page.text.contains("Sign in"))
    }

    @Test func weaklyMarkedBoxOfProseInsideTheArticleIsKept() throws {
        let html = """
            <html><body><article class="story">\(Self.paragraph("opening"))
            <div class="product-widget"><p>The reviewed kettle boils a litre in three minutes, keeps water hot for an hour, and costs less than its rivals.</p>
            <p>Its handle stays cool, its lid opens with one finger, and the filter lifts out for cleaning.</p></div>
            \(Self.paragraph("closing"))<div class="promo"><a href="/deal">Deal of the day</a></div></article></body></html>
            """
        let page = try ArticleFixtures.parse(html: html)
        #expect(page.text.contains("The reviewed kettle boils"))
        #expect(!page.text.contains("Deal of the day"))
    }

    @Test func shortPartsOfAnArticleBuiltFromWidgetsAreKept() throws {
        let box = { (inner: String) in "<div class=\"builder-widget\"><div class=\"widget-inner\">\(inner)</div></div>"
        }
        let parts = [
            box(Self.paragraph("planning")), box("<h2>Choosing the wood</h2>"),
            box("<p>Oak lasts longest but costs the most.</p>"), box(Self.paragraph("cutting")),
            box("<ul><li>A saw with fine teeth</li><li>Clamps for every joint</li></ul>"),
            box(Self.paragraph("sanding")),
        ]
        let html = """
            <html><body><div class="menu-bar"><a href="/">Home</a> <a href="/a">About</a></div>
            <main><div class="column">\(parts.joined())</div></main></body></html>
            """
        let page = try ArticleFixtures.parse(html: html)
        #expect(page.text.contains("The planning step needs patience"))
        #expect(page.text.contains("Choosing the wood"))
        #expect(page.text.contains("Oak lasts longest but costs the most."))
        #expect(page.text.contains("Clamps for every joint"))
        #expect(page.text.contains("The sanding step needs patience"))
        #expect(!page.text.contains("About"))
    }

    @Test func numberedRowsWrappingPartsSeveralLevelsDeepAreOneArticle() throws {
        let row = { (number: Int, inner: String) in
            "<div class=\"grid-row grid-row-\(number)\"><div class=\"grid-col grid-col-\(number)\">"
                + "<div class=\"module text-\(number)\"><div class=\"text-inner\">\(inner)</div></div></div></div>"
        }
        let links = (1...8).map { "<a href=\"/guide/\($0)\">Another guide to read, number \($0) of the set</a>" }
        let html = """
            <html><body><main><div class="page-section">
            \(row(1, "<h2>Why it matters</h2><p>Good joints keep a table steady for decades, long after the varnish has worn off and the legs have been scratched by years of use.</p>"))
            \(row(2, "<h2>How it is done</h2>" + Self.paragraph("gluing") + Self.paragraph("clamping") + Self.paragraph("drying")))
            \(row(3, "<p>" + links.joined(separator: " ") + "</p>"))
            </div></main></body></html>
            """
        let page = try ArticleFixtures.parse(html: html)
        #expect(page.text.contains("The drying step needs patience"))
        #expect(page.text.contains("Good joints keep a table steady for decades"))
        #expect(!page.text.contains("Another guide to read"))
    }

    static func headedPage(lead: String, siteHeader: String = "") -> String {
        let topics = (1...8).map { "<li><a href=\"/topic/\($0)\">Garden projects for spring, part \($0)</a></li>" }
            .joined()
        return """
            <html><body>\(siteHeader)<div class="hero"><ul class="topics">\(topics)</ul><h1>Building a garden shed</h1><p>By Sam Reed, March 3</p>
            <div class="hero-text">\(lead)</div></div>
            <div class="post-body">\(paragraph("foundation"))\(paragraph("framing"))\(paragraph("roofing"))</div></body></html>
            """
    }

    @Test func leadParagraphsBesideTheHeadlineAreKept() throws {
        let lead =
            "<p>A shed takes a weekend if the ground is level, the timber is cut to size and a friend holds the ladder.</p>"
            + "<p>Most of the cost is the roof, so it pays to price felt, shingles and metal sheets before buying anything else, and to ask the timber yard to deliver everything on the same morning.</p>"
        let page = try ArticleFixtures.parse(html: Self.headedPage(lead: lead))
        #expect(page.text.hasPrefix("A shed takes a weekend"))
        #expect(page.text.contains("Most of the cost is the roof"))
        #expect(page.text.contains("The roofing step needs patience"))
    }

    @Test func leadBesideTheLastHeadlineBeforeTheArticleIsKept() throws {
        let lead =
            "<p>A shed takes a weekend if the ground is level, the timber is cut to size and a friend holds the ladder.</p>"
            + "<p>Most of the cost is the roof, so it pays to price felt, shingles and metal sheets before buying anything else, and to ask the timber yard to deliver everything on the same morning.</p>"
        let header =
            "<header><h1><a href=\"/\">Weekend Builder</a></h1><nav><a href=\"/about\">About</a></nav></header>"
        let page = try ArticleFixtures.parse(html: Self.headedPage(lead: lead, siteHeader: header))
        #expect(page.text.hasPrefix("A shed takes a weekend"))
        #expect(page.text.contains("Most of the cost is the roof"))
    }

    @Test func oneLineSummaryUnderTheHeadlineIsLeftOut() throws {
        let summary =
            "<p>How to plan, frame and roof a small garden shed over one weekend with ordinary hand tools.</p>"
        let page = try ArticleFixtures.parse(html: Self.headedPage(lead: summary))
        #expect(!page.text.contains("How to plan, frame and roof"))
        #expect(page.text.hasPrefix("The foundation step needs patience"))
    }

    @Test func layoutClassesThatNegateFurnitureDoNotHideTheArticle() throws {
        let html = """
            <html><body><div class="sidebar"><p>Other stories from around the region appear in this column today.</p></div>
            <div id="content" class="no-sidebars"><div class="field-body">\(Self.paragraph("kept"))</div></div></body></html>
            """
        let page = try ArticleFixtures.parse(html: html)
        #expect(page.text.contains("The kept step needs patience"))
        #expect(!page.text.contains("Other stories"))
    }

    @Test func singlePageAppShellFallsBackToItsDataIsland() throws {
        let sentences = (1...6).map { "Sentence number \($0) of the story tells what happened in the valley." }
        let json =
            #"{"props":{"page":{"title":"Valley","body":"<p>"# + sentences[0...2].joined(separator: " ")
            + "</p><p>" + sentences[3...5].joined(separator: " ") + #"</p>"}}}"#
        let html = """
            <html><head><title>Valley</title></head><body><div id="root"></div>
            <script id="__NEXT_DATA__" type="application/json">\(json)</script></body></html>
            """
        let page = try ArticleFixtures.parse(html: html)
        #expect(page.metadata.extraction == "declared")
        #expect(page.text.hasPrefix("Sentence number 1 of the story"))
        #expect(page.text.contains("valley.\n\nSentence number 4"))
    }

    @Test func declaredArticleBodyIsUsedWhenThePageShowsNoText() throws {
        let body = (1...5).map { "Paragraph \($0) of the declared body says something about the harbour." }
            .joined(separator: "\\n")
        let html = """
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour","articleBody":"\(body)"}</script></head>
            <body><div id="app"></div></body></html>
            """
        let page = try ArticleFixtures.parse(html: html)
        #expect(page.metadata.extraction == "declared")
        #expect(page.text.contains("harbour.\n\nParagraph 2"))
    }

    @Test func pageWithoutAContainerFallsBackToItsVisibleText() throws {
        let html = "<html><body><div>Closed today.</div><div>Open tomorrow at nine.</div></body></html>"
        let page = try ArticleFixtures.parse(html: html)
        #expect(page.text == "Closed today.\n\nOpen tomorrow at nine.")
        #expect(page.metadata.extraction == "fallback")
    }
}

extension ArticleRecallTests {
    @Test func streamedSegmentsAreReadWhereTheirPlaceholdersStand() throws {
        let html = """
            <html><body><div class="shell"><article class="post">
            \(Self.paragraph("opening"))<template id="B:0"></template>\(Self.paragraph("middle"))
            <template id="B:1"></template></article></div>
            <div hidden id="S:1">\(Self.paragraph("streamed last"))</div>
            <div hidden id="S:0">\(Self.paragraph("streamed second"))</div></body></html>
            """
        let page = try ArticleFixtures.parse(html: html)
        let order = ["opening", "streamed second", "middle", "streamed last"].map {
            page.text.range(of: "The \($0) step")?.lowerBound
        }
        #expect(order.allSatisfy { $0 != nil }, "\(page.text)")
        let found = order.compactMap { $0 }
        #expect(found == found.sorted(), "segments out of order: \(page.text)")
    }

    @Test func segmentPlaceholdersInsideStreamedPartsAreFilledToo() throws {
        // A streamed part may leave placeholders of its own (`P:`), filled by later segments.
        let html = """
            <html><body><article class="post">\(Self.paragraph("opening"))<template id="B:0"></template>\
            </article><div hidden id="S:0">\(Self.paragraph("second"))<template id="P:1"></template>\
            \(Self.paragraph("fourth"))</div>
            <div hidden id="S:1">\(Self.paragraph("third"))\(Self.paragraph("third and longer"))</div></body></html>
            """
        let page = try ArticleFixtures.parse(html: html)
        let order = ["opening", "second", "third", "fourth"].map { page.text.range(of: "The \($0) step")?.lowerBound }
        #expect(order.allSatisfy { $0 != nil }, "\(page.text)")
        let found = order.compactMap { $0 }
        #expect(found == found.sorted(), "segments out of order: \(page.text)")
    }
}

extension ArticleRecallTests {
    @Test func hiddenAndCaptionSpansStayOutOfTheirParagraph() throws {
        let html = """
            <html><body><article><p>The council approved the new bridge on Tuesday after a long debate about its cost.\
            <span hidden>Subscribe now</span></p><div class="photo"><img src="b.jpg">\
            <span class="image-caption">The old bridge at dusk (Photo: Agency)</span></div>\
            \(Self.paragraph("final"))</article></body></html>
            """
        let page = try ArticleFixtures.parse(html: html)
        #expect(page.text.contains("about its cost."))
        #expect(!page.text.contains("Subscribe"))
        #expect(!page.text.contains("old bridge at dusk"))
    }
}

extension ArticleRecallTests {
    @Test func articleWhoseParagraphsEachSitInWrappersIsFound() throws {
        let wrapped = (1...6).map {
            "<div class=\"block\"><div class=\"inner\">" + Self.paragraph("wrapped \($0)") + "</div></div>"
        }
        let links = (1...12).map { "<li><a href=\"/p\($0)\">Park page number \($0)</a></li>" }.joined()
        let html = """
            <html><body><div class="top"><div class="notice">
            <p>Official websites use a secure connection, so look for the lock icon, always.</p>
            <p>Sites of the agency end in the usual domain, and share nothing with others.</p></div>
            <ul>\(links)</ul></div>
            <div class="page"><h1>Falls</h1>\(wrapped.joined())</div></body></html>
            """
        let page = try ArticleFixtures.parse(html: html)
        for number in 1...6 { #expect(page.text.contains("The wrapped \(number) step")) }
        #expect(!page.text.contains("Official websites"))
    }

    @Test func componentEventAttributesDoNotTurnTheirScriptIntoText() throws {
        let html = """
            <html><head><script type="application/ld+json">{"@type": "NewsArticle"}</script></head><body>
            <ul class="menu" @click.outside="open = false" x-init="items.map((item) => item.id)"
              @keydown.escape="open = false"><li><a href="/">Home</a></li></ul>
            <article><p>Write to @desk for tips.</p>\(Self.paragraph("only"))\(Self.paragraph("other"))</article>
            </body></html>
            """
        let page = try ArticleFixtures.parse(html: html)
        #expect(page.text.contains("The only step needs patience"))
        #expect(page.text.contains("Write to @desk for tips."))
        #expect(!page.text.contains("item.id"))
        #expect(!page.text.contains("open = false"))
    }

    @Test func attributeRenameTouchesOnlyTags() throws {
        let html = Array(
            "<p a=\"x => y\" @on=\"z\">Mail @team</p><script> if (a <b @c) {}</script><!-- <i @d> -->".utf8)
        let repaired = try #require(AttributeNameRepair.repaired(html))
        #expect(
            String(decoding: repaired, as: UTF8.self)
                == "<p a=\"x => y\" _on=\"z\">Mail @team</p><script> if (a <b @c) {}</script><!-- <i @d> -->")
        #expect(AttributeNameRepair.repaired(Array("<p>Ask @someone</p>".utf8)) == nil)
    }
}

extension ArticleRecallTests {
    @Test func proseInElementsNamedLikeMenusIsKept() throws {
        // A section named beside a table of contents, and an anchor id made of a heading's
        // words: words for link furniture, on elements that hold paragraphs of prose.
        let html = """
            <html><body><nav class="site-nav"><a href="/">Home</a> <a href="/g">Guides</a></nav>
            <div class="page-nav-section"><h1>Planning a garden</h1></div>
            <div class="page-nav-section"><div class="text">\(Self.paragraph("digging"))\
            \(Self.paragraph("sowing"))</div></div>
            <div class="page-nav-section"><div id="menu-of-plants-for-dry-summers">\
            <h2>Plants for dry summers</h2>\(Self.paragraph("watering"))\(Self.paragraph("mulching"))</div></div>
            <div class="share-bar"><a href="/s1">Share on one site</a> <a href="/s2">Share on another</a></div>
            </body></html>
            """
        let page = try ArticleFixtures.parse(html: html)
        for topic in ["digging", "sowing", "watering", "mulching"] {
            #expect(page.text.contains("The \(topic) step needs patience"), "lost \(topic): \(page.text)")
        }
        #expect(!page.text.contains("Share on"))
        #expect(!page.text.contains("Guides"))
    }

    @Test func teasersInAnElementNamedLikeSharingStayOut() throws {
        // Each teaser is a linked title over a summary: prose, but with a link for each.
        let teasers = (1...3).map {
            "<div class=\"pick\"><a href=\"/t\($0)\">Another story number \($0)</a>"
                + "<p>A summary of another story, long enough to read as a sentence of prose here.</p></div>"
        }.joined()
        let html = """
            <html><body><article>\(Self.paragraph("main"))\(Self.paragraph("main second"))\
            \(Self.paragraph("main third"))<div class="social-picks">\(teasers)</div></article></body></html>
            """
        let page = try ArticleFixtures.parse(html: html)
        #expect(page.text.contains("The main third step"))
        #expect(!page.text.contains("summary of another story"), "\(page.text)")
    }
}

extension ArticleRecallTests {
    @Test func articleLaidOutInRowsIsKeptWhole() throws {
        // The first row's rail holds a list of links; the others hold only ad slots.
        let rows = ["first", "second", "third"].map { part in
            "<div class=\"row\"><div class=\"rail\"><div class=\"slot\"></div></div>"
                + "<div class=\"main-col\">\(Self.paragraph(part))\(Self.paragraph(part + " again"))</div></div>"
        }
        let popular = (1...8).map { "<li><a href=\"/p\($0)\">A popular page of the site, number \($0)</a></li>" }
        let html = """
            <html><body><div class="rows"><div class="row"><div class="rail"><ul>\(popular.joined())</ul></div>\
            <div class="main-col">\(Self.paragraph("opening"))\(Self.paragraph("opening long"))\
            \(Self.paragraph("opening longer"))\(Self.paragraph("opening longest"))</div></div>\(rows.joined())</div></body></html>
            """
        let page = try ArticleFixtures.parse(html: html)
        for part in ["opening", "first", "second", "third again"] {
            #expect(page.text.contains("The \(part) step needs patience"), "lost \(part): \(page.text)")
        }
        #expect(!page.text.contains("popular page"))
    }
}
