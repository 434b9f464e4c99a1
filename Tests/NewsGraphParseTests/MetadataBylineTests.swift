import Foundation
import NewsGraphCore
import Testing

@testable import NewsGraphParse

/// Writers a page names without a plain byline, bylines with more than a name in them, and
/// headlines with a line break, a section's label or the site's domain in them.
@Suite struct MetadataBylineTests {
    static let paragraph = MetadataSourcesTests.paragraph

    static func parse(head: String = "", body: String, url: String? = nil) throws -> ParsedDocument {
        try MetadataSourcesTests.parse(head: head, body: body, url: url)
    }

    @Test func aLineBreakInTheHeadlineSeparatesWords() throws {
        let parsed = try Self.parse(
            head: "<title>Harbour Dredging Begins | Harbour Weekly</title>",
            body: "<article><h1>HARBOUR<br>DREDGING<br/>BEGINS</h1>\(Self.paragraph)</article>")
        #expect(parsed.title == "HARBOUR DREDGING BEGINS")
    }

    @Test func aSectionLabelBeforeTheHeadlineIsNotPartOfIt() throws {
        let parsed = try Self.parse(
            head: #"<meta property="og:title" content="Harbour Dredging Begins">"#,
            body: "<article><h1><strong>News:</strong> Harbour Dredging Begins</h1>\(Self.paragraph)</article>")
        #expect(parsed.title == "Harbour Dredging Begins")
        // A colon the declared title has too is part of the headline.
        #expect(
            MetadataReader.withoutLabel("Dredging: What Changes", declared: "Dredging: What Changes | Harbour")
                == "Dredging: What Changes")
    }

    @Test func aDomainNameOpeningTheTitleIsTheSite() throws {
        let parsed = try Self.parse(
            head: "<title>harbour-weekly.org Dredging Begins</title>", body: "<article>\(Self.paragraph)</article>")
        #expect(parsed.title == "Dredging Begins")
        #expect(MetadataReader.withoutDomain("St. Louis Dredging Begins") == "St. Louis Dredging Begins")
        #expect(MetadataReader.withoutDomain("Version 2.0 Released") == "Version 2.0 Released")
    }

    @Test func aHeadlineThatLostCharactersGivesWayToTheDeclaredTitle() throws {
        let parsed = try Self.parse(
            head: """
                <title>Dredging: A Skipper&#x27;s Guide | Harbour Weekly</title>
                <meta property="og:site_name" content="Harbour Weekly">
                """,
            body: "<article><h1>Dredging? A Skipper? Guide</h1>\(Self.paragraph)</article>")
        #expect(parsed.title == "Dredging: A Skipper's Guide")
        // A question the declared title asks too stays the heading's.
        #expect(MetadataReader.readableCopy(of: "Why Dredge Now?", declared: "Why Dredge Now?") == nil)
        #expect(MetadataReader.readableCopy(of: "Why Dredge? Now", declared: "A Different Title Now") == nil)
    }

    @Test func aDeclaredHeadlineCutShortGivesWayToTheWholeTitle() throws {
        let parsed = try Self.parse(
            head: """
                <script type="application/ld+json">{"@type": "Article",
                  "headline": "Dredging Starts: Why the Harbour Board Waited Three Winters (And"}</script>
                <meta property="og:title" content="Dredging Starts: Why the Harbour Board Waited Three Winters (And What Comes Next) - Harbour Weekly">
                <meta property="og:site_name" content="Harbour Weekly">
                """,
            body: "<article>\(Self.paragraph)</article>")
        #expect(parsed.title == "Dredging Starts: Why the Harbour Board Waited Three Winters (And What Comes Next)")
        // A title that only adds the site's name after a separator is no longer headline.
        let titles = ["Dredging Starts This Week", "Dredging Starts This Week | Harbour Weekly"]
        #expect(MetadataReader.uncut(titles[0], among: titles) == "Dredging Starts This Week")
    }

    @Test func aDescriptionInATitleFieldDoesNotVouchForASectionHeading() throws {
        let description =
            "Port updates from the harbour board: dredging of the outer channel begins this week, with berths "
            + "closed in turn and the ferry moved to the north quay until the work ends in spring."
        let parsed = try Self.parse(
            head: """
                <meta property="og:title" content="Harbour Dredging Begins This Week">
                <meta name="twitter:title" content="\(description)">
                """,
            body: "<article><h1>Port Updates</h1>\(Self.paragraph)</article>")
        #expect(parsed.title == "Harbour Dredging Begins This Week")
    }

    @Test func nameTestsOnBytesAgreeWithThoseOnCharacters() {
        #expect(MetadataReader.isRunTogether("HarbourWeekly"))
        #expect(!MetadataReader.isRunTogether("McAllister"))
        for word in ["HarbourWeekly", "McAllister", "DeVries", "O'Malley", "LaRue", "eBook", "Ines", "Ab"] {
            let substring = Substring(word)
            #expect(MetadataReader.isRunTogether(substring) == MetadataReader.runsTogetherByCharacters(substring))
        }
        for word in ["Staff-Writer", "(Editor)", "Ines", "--", "co-Founder.", "Harbour"] {
            let substring = Substring(word)
            #expect(MetadataReader.holdsNonNameWord(substring.utf8) == MetadataReader.holdsNonNameWord(substring))
        }
        #expect(MetadataReader.holdsNonNameWord(Substring("(Editor)").utf8))
        #expect(MetadataReader.isPersonName("Émile Fonseca"))
        #expect(MetadataReader.isPersonName("Ines van Berg"))
        #expect(!MetadataReader.isPersonName("Ines Fonseca2"))
        #expect(!MetadataReader.isPersonName("Ines Staff-Writer"))
    }

    @Test func aLabelOverTheNameNamesTheWriter() throws {
        let parsed = try Self.parse(
            body: """
                <article><h1>Dredging Starts Today</h1>\(Self.paragraph)\(Self.paragraph)</article>
                <section><h2>Article by</h2><div>Ines Fonseca</div></section>
                """)
        #expect(parsed.metadata.authors == ["Ines Fonseca"])
    }

    @Test func anAuthorLinkNamesTheLineThatSpellsItsAddress() throws {
        let body = """
            <article><h1>Dredging Starts Today</h1>\(Self.paragraph)\(Self.paragraph)</article>
            <aside><p>Inés Fonseca-Berg</p><p>Harbour writer</p>
            <a class="button" href="/blog/authors/ines-fonseca-berg">More stories by Inés</a></aside>
            """
        let parsed = try Self.parse(body: body)
        #expect(parsed.metadata.authors == ["Inés Fonseca-Berg"])
        // A link whose address spells no line on the page names no one.
        let other = try Self.parse(body: body.replacingOccurrences(of: "ines-fonseca-berg", with: "tomas-berg"))
        #expect(other.metadata.authors.isEmpty)
        #expect(TreeWalker.authorSlug("https://example.org/author/tomas-berg/?page=2") == "tomas-berg")
        #expect(TreeWalker.authorSlug("/authorship-policy") == nil)
    }

    @Test func aNoteThatCallsSomeoneAWriterNamesHer() throws {
        let note = "<p>Ines Fonseca is a freelance travel writer and editor based on the coast.</p>"
        let parsed = try Self.parse(
            body: "<article><h1>Dredging Starts Today</h1>\(Self.paragraph)\(Self.paragraph)\(note)</article>")
        #expect(parsed.metadata.authors == ["Ines Fonseca"])
        // A person the article describes otherwise did not write it.
        let subject = "<p>Ines Fonseca is a harbour pilot who has guided ships here for twenty years.</p>"
        let other = try Self.parse(
            body: "<article><h1>Dredging Starts Today</h1>\(Self.paragraph)\(subject)\(Self.paragraph)</article>")
        #expect(other.metadata.authors.isEmpty)
    }

    @Test func aTeamDeclaredBesidePeopleIsAnAuthor() throws {
        let linkedData = """
            <script type="application/ld+json">{"@type": "Article", "headline": "Dredging Starts Today",
            "author": [{"@type": "Person", "name": "Ines Fonseca"}, {"@type": "Person", "name": "Harbour Data Team"}]}
            </script>
            """
        let parsed = try Self.parse(
            head: linkedData, body: "<article><h1>Dredging Starts Today</h1>\(Self.paragraph)</article>")
        #expect(parsed.metadata.authors == ["Ines Fonseca", "Harbour Data Team"])
    }

    @Test func theNameInsideABylineElementOutranksItsLabelAndRole() throws {
        let byline = """
            <div class="author-line"><span>Written By:</span> <span class="author-name">\
            <a href="/people/7">Ines Fonseca</a></span> <span>Gardener &amp; Cook</span></div>
            """
        #expect(
            MetadataReader.innerByline(
                ["Written By: Ines Fonseca Gardener & Cook", "Ines Fonseca", "Gardener & Cook"], at: 0)
                == "Ines Fonseca")
        // An outer byline that names the inner one and more is the full list.
        #expect(
            MetadataReader.innerByline(["By Ines Fonseca and Tomas Berg", "Ines Fonseca"], at: 0)
                == "By Ines Fonseca and Tomas Berg")
        let parsed = try Self.parse(
            body: "<article><h1>Dredging Starts Today</h1>\(byline)\(Self.paragraph)\(Self.paragraph)</article>")
        #expect(parsed.metadata.authors == ["Ines Fonseca"])
    }
}
