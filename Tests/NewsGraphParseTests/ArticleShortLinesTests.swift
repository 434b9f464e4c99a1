import NewsGraphTestSupport
import Testing

@testable import NewsGraphParse

/// Short lines inside the article: which are the writer's (a subhead, a labelled list, a
/// section titled with a link) and which the template's (a label in a box, links to other
/// pages after the text).
@Suite struct ArticleShortLinesTests {
    static func paragraph(_ topic: String) -> String {
        "<p>The \(topic) class meets in the small hall, and everyone brings a mat, some water and a towel.</p>"
    }

    @Test func aParagraphOfAFewWordsIsKeptAndABoxedLabelIsNot() throws {
        let html = """
            <html><body><nav><a href="/">Home</a> <a href="/c">Classes</a></nav>
            <h1>Evening classes</h1><div class="post">\(Self.paragraph("Monday"))
            <p><strong>Timetable</strong></p><ul><li>Tuesdays at seven in the small hall</li>
            <li>Thursdays at eight in the large hall</li></ul>
            <div>Advertisement</div>\(Self.paragraph("Friday"))</div></body></html>
            """
        let page = try ArticleFixtures.parse(html: html)
        #expect(page.text.contains("The Monday class meets"))
        #expect(page.text.contains("\n\nTimetable\n\n"), "lost the paragraph label: \(page.text)")
        #expect(!page.text.contains("Advertisement"))
    }

    @Test func linkedHeadingsBetweenParagraphsAreSectionTitles() throws {
        let html = """
            <html><body><h1>Three parks for a long walk</h1><article>
            <h2><a href="/parks/north">North Park</a></h2>\(Self.paragraph("north park"))
            <h2><a href="/parks/river">River Park</a></h2>\(Self.paragraph("river park"))
            <h2><a href="/parks/hill">Hill Park</a></h2>\(Self.paragraph("hill park"))
            <h3><a href="/other/page-one">Our guide to city museums</a></h3>
            <h3><a href="/other/page-two">Where to eat near the station</a></h3>
            </article></body></html>
            """
        let page = try ArticleFixtures.parse(html: html)
        for park in ["North Park", "River Park", "Hill Park"] {
            #expect(page.text.contains(park + "\n\nThe"), "lost the heading \(park): \(page.text)")
        }
        #expect(!page.text.contains("city museums"))
        #expect(!page.text.contains("near the station"))
    }
}

extension ArticleShortLinesTests {
    @Test func aListWithSomeItemsLinkedIsTheArticlesAndAListOfOnlyLinksIsNot() throws {
        let html = """
            <html><body><h1>What to pack for a night outdoors</h1><div class="entry">
            \(Self.paragraph("packing"))<h3>Shelter</h3><ul>
            <li><a href="/reviews/tents">Tent</a></li><li>Groundsheet</li>
            <li><a href="/reviews/stakes">Stakes</a></li></ul>\(Self.paragraph("cooking"))
            <ul><li><a href="/s/home">Home</a></li><li><a href="/s/gear">Gear</a></li>
            <li><a href="/s/trips">Trips</a></li></ul></div></body></html>
            """
        let page = try ArticleFixtures.parse(html: html)
        for item in ["Tent", "Groundsheet", "Stakes"] {
            #expect(page.text.contains("\n\n" + item + "\n\n"), "lost \(item): \(page.text)")
        }
        #expect(!page.text.contains("Trips"))
    }
}

extension ArticleShortLinesTests {
    @Test func aRunOfThreeLinkedHeadingsIsAListOfOtherStoriesAndAPairIsASection() throws {
        let html = """
            <html><body><h1>Rain closes the coast road</h1><article>
            \(Self.paragraph("coast road"))<p>See also:</p>
            <h3><a href="/news/ferry-times">Ferry times change for winter</a></h3>
            <h3><a href="/news/bridge-works">Bridge works begin next month</a></h3>
            <h3><a href="/news/bus-fares">Bus fares rise in the new year</a></h3>
            \(Self.paragraph("harbour"))
            <h2><a href="/guides/detours">Detours</a></h2>
            <h3><a href="/guides/detours/north">From the north</a></h3>
            \(Self.paragraph("detour"))</article></body></html>
            """
        let page = try ArticleFixtures.parse(html: html)
        for title in ["Ferry times", "Bridge works", "Bus fares"] {
            #expect(!page.text.contains(title), "kept another story's title \(title): \(page.text)")
        }
        #expect(page.text.contains("The harbour class"))
        #expect(page.text.contains("Detours\n\nFrom the north\n\nThe detour"), "lost the section titles: \(page.text)")
    }
}
