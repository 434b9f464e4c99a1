import NewsGraphCore
import NewsGraphTestSupport
import Testing

@testable import NewsGraphParse

/// What a page shows inside or beside the article that is not the article: a second copy of
/// it, lists of other pages, picture credits; and what only looks like furniture
/// (a heading's permalink, a table row whose name is a link).
@Suite struct ArticleFurnitureTests {
    static let sentences = [
        "The ferry service will run twice a day from May, the harbour board said on Monday evening.",
        "Tickets go on sale next week, and children under five will travel free on every crossing.",
        "The board expects the new timetable to bring more visitors to the island over the summer.",
        "Local shops have asked for a later last sailing on Saturdays during the school holidays.",
        "A second boat will be leased from a mainland operator until the new vessel is delivered.",
    ]
    static let paragraphs = sentences.map { "<p>\($0)</p>" }.joined()

    static func occurrences(of needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    @Test func aSecondCopyOfTheArticleIsDropped() throws {
        let html = """
            <html><body><article><div class="wide">\(Self.paragraphs)</div>\
            <div class="narrow">\(Self.paragraphs)</div></article></body></html>
            """
        let page = try ArticleFixtures.parse(html: html)
        for sentence in Self.sentences {
            #expect(Self.occurrences(of: sentence, in: page.text) == 1, "\(sentence)")
        }
    }

    @Test func aParagraphQuotedTwiceStays() throws {
        let quoted = "<blockquote>\(Self.sentences[1])</blockquote>"
        let html = "<html><body><article>\(Self.paragraphs)\(quoted)<p>More to follow.</p></article></body></html>"
        let page = try ArticleFixtures.parse(html: html)
        #expect(Self.occurrences(of: Self.sentences[1], in: page.text) == 2)
    }

    @Test func aListOfRelatedArticlesIsDroppedUpToTheNextHeading() throws {
        let html = """
            <html><body><article>\(Self.paragraphs)<h3>Related articles</h3>\
            <p>Why the island's second pier has stood empty for most of the last ten years.</p>\
            <p>Five walks along the northern cliffs that take less than an afternoon each.</p>\
            <h3>Timetable</h3><p>The first crossing leaves at seven in the morning from the north pier.</p>\
            </article></body></html>
            """
        let page = try ArticleFixtures.parse(html: html)
        #expect(!page.text.contains("Related articles"))
        #expect(!page.text.contains("second pier"))
        #expect(!page.text.contains("Five walks"))
        #expect(page.text.contains("The first crossing leaves at seven"))
    }

    @Test func pictureCreditsAreDroppedAndPhotographsInSentencesStay() throws {
        let html = """
            <html><body><article>\(Self.paragraphs)<p>The new ferry at the north pier. Photo: Sam Reed</p>\
            <p>(Image credit: Harbour Board)</p>\
            <p>The oldest photograph: a rowing boat tied to the pier in the year the harbour opened.</p>\
            </article></body></html>
            """
        let page = try ArticleFixtures.parse(html: html)
        #expect(!page.text.contains("Sam Reed"))
        #expect(!page.text.contains("Harbour Board)"))
        #expect(page.text.contains("a rowing boat tied to the pier"))
    }

    @Test func headingsThatLinkToThemselvesStay() throws {
        let html = """
            <html><body><article>\(Self.paragraphs)<h2 id="fares"><a href="#fares">Fares for the summer</a></h2>\
            <p>An adult return will cost twelve pounds, and a bicycle travels for one pound more.</p>\
            </article></body></html>
            """
        let page = try ArticleFixtures.parse(html: html)
        #expect(page.text.contains("Fares for the summer"))
        #expect(page.text.contains("An adult return will cost twelve pounds"))
    }

    @Test func headingsWrappedInALinkToTheirPlaceOnThePageStay() throws {
        let html = """
            <html><head><link rel="canonical" href="https://example.org/news/ferry-plans"></head><body><article>\
            \(Self.paragraphs)<a href="/news/ferry-plans#fares"><h2>Fares for the summer</h2></a>\
            <p>An adult return will cost twelve pounds, and a bicycle travels for one pound more.</p>\
            <a href="#stops"><h2>Stops on the way</h2></a>\
            <p>The boat calls at the lighthouse jetty on request, weather and tide permitting.</p>\
            <a href="/news/other-story"><h2>Read about the bridge</h2></a></article></body></html>
            """
        let page = try ArticleFixtures.parse(html: html)
        #expect(page.text.contains("Fares for the summer"))
        #expect(page.text.contains("Stops on the way"))
        #expect(!page.text.contains("Read about the bridge"))
    }

    @Test func tableRowsNamingTheirSubjectWithALinkStay() throws {
        let rows = [("North Pier Ferries", "41,000"), ("Island Water Taxis", "12,500"), ("Cliff Boat Tours", "8,200")]
            .map { "<tr><td><a href=\"/operators/\($0.0.count)\">\($0.0)</a></td><td>\($0.1)</td></tr>" }
            .joined()
        let html = """
            <html><body><article>\(Self.paragraphs)<table><tr><th>Operator</th><th>Passengers</th></tr>\
            \(rows)</table><p>Figures for the last full year, as the operators reported them to the board.</p>\
            </article></body></html>
            """
        let page = try ArticleFixtures.parse(html: html)
        #expect(page.text.contains("Island Water Taxis"))
        #expect(page.text.contains("12,500"))
    }

    @Test func aTableOfLinksAloneStaysOut() throws {
        let cells = ["Timetables", "Fares", "Contact us", "Lost property"]
            .map { "<td><a href=\"/\($0.count)\">\($0)</a></td>" }.joined()
        let html = """
            <html><body><article>\(Self.paragraphs)<table><tr>\(cells)</tr></table></article></body></html>
            """
        let page = try ArticleFixtures.parse(html: html)
        #expect(!page.text.contains("Lost property"))
    }

    @Test func teasersCutShortWithAnEllipsisAreDroppedWithTheirTitles() throws {
        let teasers = [
            (
                "Winter timetable",
                "The winter timetable brings fewer sailings and a later first boat, which means that..."
            ),
            ("Pier repairs", "Work on the north pier starts in March and will close the car park for most of…"),
            ("Island school", "The island school has asked the board for a boat that leaves before eight, and,..."),
        ].map { "<div class=\"card\"><h3><a href=\"/\($0.0)\">\($0.0)</a></h3><p>\($0.1)</p></div>" }
        let html = """
            <html><body><article>\(Self.paragraphs)<p>The captain expects a calm first crossing...</p>\
            \(teasers.joined())</article></body></html>
            """
        let page = try ArticleFixtures.parse(html: html)
        #expect(page.text.contains("Tickets go on sale next week"))
        #expect(page.text.contains("The captain expects a calm first crossing..."))
        #expect(!page.text.contains("Pier repairs"))
        #expect(!page.text.contains("fewer sailings"))
        #expect(!page.text.contains("before eight"))
    }

    @Test func oneOrTwoTrailingEllipsesStay() throws {
        let html = """
            <html><body><article>\(Self.paragraphs)\
            <p>Nobody on the quay could say when the old boat would sail again, and nobody asked…</p>\
            <p>The harbour master only shrugged and said that the sea would decide, as it always...</p>\
            </article></body></html>
            """
        let page = try ArticleFixtures.parse(html: html)
        #expect(page.text.contains("and nobody asked…"))
        #expect(page.text.contains("as it always..."))
    }

    /// The writer's note under the article in its usual shapes: her name on a line of its own
    /// over a paragraph about her, and a note behind a label or in parentheses.
    @Test func aNoteOnTheWriterGoesWithTheLinesThatTitleHer() throws {
        let head = #"<head><meta name="author" content="Mira Tallis"></head>"#
        let boxed = """
            <html>\(head)<body><article>\(Self.paragraphs)<p>Mira Tallis</p><p>Harbour correspondent</p>\
            <p>Mira (Tallis) Okafor grew up on the island and has covered its ferries for the paper since 2015.</p>\
            </article></body></html>
            """
        let box = try ArticleFixtures.parse(html: boxed)
        #expect(box.text.contains(Self.sentences[4]))
        #expect(!box.text.contains("Harbour correspondent"))
        #expect(!box.text.contains("grew up on the island"))
        for opening in ["About the author: Mira Tallis is", "(Mira Tallis is", "Mira Tallis, our harbour reporter, is"]
        {
            let labelled = """
                <html>\(head)<body><article>\(Self.paragraphs)\
                <p>\(opening) a reporter who writes about boats, tides and the people who work on them.</p>\
                </article></body></html>
                """
            let page = try ArticleFixtures.parse(html: labelled)
            #expect(!page.text.contains("the people who work on them"), "\(opening)")
            #expect(page.text.contains(Self.sentences[4]))
        }
        // Her name over a paragraph about someone else introduces no note.
        let other = """
            <html>\(head)<body><article>\(Self.paragraphs)<p>Mira Tallis</p>\
            <p>The harbour master said the new pier would be finished before the end of the summer season.</p>\
            </article></body></html>
            """
        #expect(try ArticleFixtures.parse(html: other).text.contains("The harbour master said"))
    }

    /// A notice that links earn the site a commission, or a call to sign up, goes at the top or
    /// the bottom of the text; the same words deep inside the article, or inside a sentence,
    /// are the writer's.
    @Test func aPublishersNoticeAtEitherEndIsDropped() throws {
        let notice = "<p>Some links on this page are affiliate links: we may earn a commission if you book.</p>"
        let subject = """
            <p>Guest houses on the island pay a booking commission to the site when a link there \
            brings them a guest, the tourist office said.</p>
            """
        let signUp = "<p>Islanders can sign up for a season ticket at the harbour office from the first of April.</p>"
        let more = [
            "The old ferry will be sold to a museum on the mainland once the new one is in service.",
            "Fares for cars and vans will rise by a tenth, the first increase in more than six years.",
        ].map { "<p>\($0)</p>" }.joined()
        let html = """
            <html><body><article>\(notice)\(signUp)\(Self.paragraphs)\(subject)\(more)\
            <p>Sign up for our weekly island newsletter.</p></article></body></html>
            """
        let page = try ArticleFixtures.parse(html: html)
        #expect(!page.text.contains("affiliate links"))
        #expect(!page.text.contains("weekly island newsletter"))
        #expect(page.text.contains("pay a booking commission"))
        #expect(page.text.contains("Islanders can sign up"))
        #expect(page.text.contains(Self.sentences[0]))
    }
}
