/// A web page reduced to what content extraction needs: text blocks in reading order, the
/// elements that hold them, and the page's metadata tags. Built in one walk of the libxml2 tree.
struct PageStructure: Sendable {
    struct Element: Sendable {
        /// Index of the parent element, -1 for the root.
        var parent: Int32
        var tag: HTMLTag
        /// Class/id evidence: negative for boilerplate (nav, share, related…), positive for content;
        /// ``structuralFurniture`` for navigation, asides and hidden elements.
        var hint: Int8
        /// A hash of the class attribute (0 without one): parts of one article often share it.
        var classHash: UInt32 = 0
        /// The hint is -2 only for words of furniture made of links (`nav`, `share`): wrong
        /// about an element that holds prose (``BoilerplateHints/linkFurniture``).
        var namesLinks = false

        /// The hint of an element that is furniture by its tag (`nav`, `aside`, `footer`) or
        /// hidden.
        static let structuralFurniture: Int8 = -3
    }

    /// A run of text that a block element (or the text between its child blocks) holds.
    struct Block: Sendable {
        /// The innermost block element holding the text.
        var element: Int32
        var tag: HTMLTag
        /// Whitespace-collapsed UTF-8 text.
        var text: [UInt8]
        /// How many of the text's bytes sit inside links.
        var linkBytes: Int

        var linkDensity: Double { text.isEmpty ? 0 : Double(linkBytes) / Double(text.count) }
    }

    var elements: [Element] = []
    var blocks: [Block] = []
    /// `<meta name|property=… content=…>` pairs, names lower-cased, in page order.
    var metaTags: [(name: String, content: String)] = []
    var titleElementText: String?
    var headings1: [String] = []
    var language: String?
    var canonicalURL: String?
    /// Bodies of `<script type="application/ld+json">`.
    var jsonLD: [String] = []
    /// Bodies of other JSON scripts (data islands such as `__NEXT_DATA__`), read only when
    /// asked for: the text fallback is their one reader.
    var dataScripts: [String] = []
    /// Short texts of byline elements (`rel=author`, `itemprop=author`, class "byline"/"author").
    var bylines: [String] = []
    /// The last part of author pages' addresses the page links to (`jane-doe`).
    var authorSlugs: [String] = []
    /// `datetime` attributes (or else the text) of `<time>` elements outside furniture, in page order.
    var timeValues: [String] = []
    /// How many of ``timeValues`` open it as marked publications, and how many close it as
    /// marked updates.
    var publishedTimes = 0
    var updatedTimes = 0
    /// How many blocks came before each `<h1>`: where the article's header lines sit.
    var headingBlocks: [Int] = []
    /// The headline's block (``MetadataReader/headlineBlock(of:)``), found once per page by
    /// ``MetadataReader/metadata(of:linkedData:url:now:)``: each byline and date rule asks for it.
    var headlineBlock: Int??

    /// True when `element` is `ancestor` or lies inside it.
    func isElement(_ element: Int32, inside ancestor: Int32) -> Bool {
        var current = element
        while current >= 0 {
            if current == ancestor { return true }
            current = elements[Int(current)].parent
        }
        return false
    }
}
