import NewsGraphCore
import NewsGraphTestSupport
import Testing

/// More general evidence that a capitalised name is software or a device (issue 16): its
/// spelling, the nouns and verbs around it, a model's number or code, and a known product or
/// maker beside it. Invented text in the style of reviews and guides.
extension EntityKindTests {
    @Test func aBrandEndingInACapitalIsSoftware() {
        #expect(label(of: "QuorraDB", in: "The team moved its records to QuorraDB last spring.") == .product)
        #expect(label(of: "LexiQ", in: "Some writers check their drafts with LexiQ before sending them.") == .product)
        // The words around it can still make it the company; one ending in lower case stays a body.
        #expect(label(of: "QuorraDB", in: "She leads sales at QuorraDB in Denver.") == .org)
        #expect(label(of: "QuorraDB", in: "Last year QuorraDB hired forty engineers.") == .org)
        // `at X` outweighs another mention of the same name.
        let page = "At QuorraDB, we answer every ticket. QuorraDB keeps your data safe."
        #expect(labels(of: "QuorraDB", in: page) == [.org, .org])
        #expect(label(of: "StackLedger", in: "The team moved its books to StackLedger last spring.") == .org)
        // Plural brand words are people or parts, not products.
        #expect(label(of: "QuorraDBs", in: "They run three QuorraDBs in the lab.") != .product)
    }

    @Test func aBrandBeforeANounForAPartOfSoftwareIsSoftware() {
        #expect(label(of: "NetWeave", in: "Most routers now speak the NetWeave protocol by default.") == .product)
        #expect(label(of: "TallyScript", in: "Paste these TallyScript commands into the console.") == .product)
        // Without the brand's spelling a plural noun may be a verb after a person.
        #expect(label(of: "Tom Varga", in: "Tom Varga commands the northern fleet.") != .product)
    }

    @Test func aMakerBeforeABrandAndItsLineNamesAProduct() {
        #expect(label(of: "Tarvix BrewMax Duo", in: "We tested the Tarvix BrewMax Duo for a month.") == .product)
        #expect(label(of: "QLX BrewMax", in: "Our kitchen kept the QLX BrewMax for a year.") == .product)
        // A common acronym before a brand names a kind, no maker.
        #expect(label(of: "AI BrewMax", in: "Our kitchen kept the AI BrewMax for a year.") != .product)
    }

    @Test func aPluralAcronymAfterANameEndsItAndSaysWhatItIs() {
        let text = "The lab rented forty Tarvo X40 GPUs and wrote its tools with the Quorra SDKs."
        #expect(label(of: "Tarvo X40", in: text) == .product)
        #expect(label(of: "Quorra", in: text) == .product)
        #expect(label(of: "Tarvo X40 GPUs", in: text) == nil)
        #expect(label(of: "Brantly", in: "Most new Brantly DSLRs cost too much for students.") == .org)
        // After a common acronym the words name a kind, nothing.
        #expect(label(of: "AI GPUs", in: "The lab rented cheaper AI GPUs last year.") == nil)
    }

    @Test func aBrandSpelledWordAfterAKnownCompanyIsItsProduct() {
        let text = "The team watched its servers with IBM QuillDesk, then moved to Sony TarnKit."
        #expect(label(of: "IBM QuillDesk", in: text) == .product)
        #expect(label(of: "Sony TarnKit", in: text) == .product)
        // A plural acronym after the company is a kind, no product of its own.
        #expect(label(of: "IBM PWAs", in: "Shops built IBM PWAs for years.") == nil)
    }

    @Test func usersUpdatesAndVersionsFollowProducts() {
        #expect(label(of: "Velmark", in: "Most Velmark users sync their notes every day.") == .product)
        #expect(label(of: "Velmark", in: "The Velmark update broke printing for a week.") == .product)
        #expect(label(of: "Quillo", in: "After updating Quillo, the laptop restarted twice.") == .product)
    }

    @Test func oneWordBeforeAKindOfDeviceIsItsMaker() {
        #expect(label(of: "Brantly", in: "It is hard to hold a Brantly camera steady for long.") == .org)
        #expect(label(of: "Brantly Glide", in: "It is hard to hold the Brantly Glide camera steady.") == .product)
        #expect(label(of: "Velmark", in: "The Velmark app adds a dark theme.") == .product)
    }

    @Test func aNameCalledSoftwareOrADeviceIsAProduct() {
        let text = "Quillo is another note-taking app that I use daily. Quillo keeps my lists in one place."
        #expect(labels(of: "Quillo", in: text) == [.product, .product])
        #expect(label(of: "Tindle", in: "We paired it with Tindle, a free browser extension, for a week.") == .product)
        #expect(label(of: "Morvex", in: "Morvex is an open-source database for time series.") == .product)
        // A person described by a trade, or someone of the app, stays a person.
        #expect(label(of: "Ilse Varden", in: "Ilse Varden, a game designer, said the level was hard.") == .person)
        #expect(label(of: "Ilse Varden", in: "Ilse Varden, the app's founder, spoke first.") == .person)
        // A kind that is also a job, alone after the article, is the person's role.
        #expect(label(of: "Ilse Varden", in: "Ilse Varden, an editor at the weekly paper, said no.") != .product)
        #expect(label(of: "Quillo", in: "We wrote it in Quillo, a plain text editor, all week.") == .product)
        // A kind of thing is no product: an acronym, or an ordinary word opening the sentence.
        #expect(label(of: "QLX", in: "A QLX lens fits it. The QLX is a camera that needs a tripod.") == nil)
        #expect(label(of: "Scheduling", in: "Scheduling is the tool that keeps guests coming back.") == nil)
    }

    @Test func anUnknownAcronymBeforeAKindOfProductIsTheKind() {
        #expect(label(of: "QLX", in: "Stars stay round on a full-frame QLX camera with this lens.") == nil)
        #expect(label(of: "ZRM", in: "Small firms outgrow the ZRM software within a year.") == nil)
    }

    @Test func anOrdinaryWordOpeningAClauseAfterAColonOrADashDescribesTheNoun() {
        // After a label's colon or dash a capital opens the clause, as at a sentence start.
        let apps = "Garden planners compared.\n\nDrawbacks: Offline apps keep few plots. Offline use is rare."
        #expect(label(of: "Offline", in: apps) == nil)
        let users = "Planner tiers.\n\nShared Boards – Invite users to your plots on the Tendly app."
        #expect(label(of: "Invite", in: users) == nil)
        let device = "Quiet rooms.\n\nFewer cables: Wireless earbuds pair in seconds. Wireless gear is cheap."
        #expect(label(of: "Wireless", in: device) == nil)
        // A name there is still read by the noun after it.
        #expect(label(of: "Tendly", in: "Planner tiers.\n\nOur pick: Tendly users get a free plot.") == .product)
    }

    @Test func softwareForAKnownPlatformIsAProduct() {
        #expect(label(of: "Tindle", in: "The team shipped Tindle for Android in June.") == .product)
        // `for` and something that is no platform says nothing.
        #expect(label(of: "Harriet Vane", in: "The votes went to Harriet Vane for chair.") == .person)
    }

    @Test func longerModelNumbersAndCodesStayInTheName() {
        let text = "In testing the Brantly Ridgeline 970 over the past four months, I rarely charged it."
        #expect(label(of: "Brantly Ridgeline 970", in: text) == .product)
        #expect(label(of: "Velo Glide 2.5", in: "The Velo Glide 2.5 has a brighter screen.") == .product)
        #expect(label(of: "Arden Aria 2 Pro", in: "We also tried the Arden Aria 2 Pro, which is louder.") == .product)
        #expect(label(of: "Velo Kqi3", in: "A cheaper choice is the Velo Kqi3, with less range.") == .product)
        #expect(label(of: "Arden Rx4 S2e", in: "The Arden Rx4 S2e keeps its charge for days.") == .product)
        // A batsman's score after his name is no model number.
        #expect(label(of: "Mark Tovey 126", in: "Mark Tovey 126 and Sam Hale 45 led the innings.") == nil)
    }

    @Test func aKnownProductTakesItsMakerAndModelWords() {
        #expect(label(of: "Nintendo Switch 2", in: "Tickets came with a Nintendo Switch 2 for the winner.") == .product)
        #expect(label(of: "Sony Walkman", in: "He still plays tapes on a Sony Walkman at home.") == .product)
        #expect(label(of: "Sony", in: "He still plays tapes on a Sony Walkman at home.") == nil)
    }

    @Test func ordinaryWordsAfterOurNameAPartOfTheSite() {
        let names = TestSupport.extract("Questions? Browse our Learning Center for answers.").entities
        #expect(!names.contains { $0.text == "Learning Center" })
        // A name that is more than ordinary words stays.
        #expect(label(of: "Arden Center", in: "Last year our Arden Center hosted ten concerts.") != nil)
    }
}

/// Headings that number their steps or ask a question are still headings (issue 16).
extension EntityKindTests {
    @Test func aNumberedStepOrAQuestionInTitleCaseIsAHeading() {
        let step = "Step 2: Trust Your Quarterly Sales Figures as a Guide\nMost shops keep them in a notebook."
        #expect(TestSupport.extract(step).entities.allSatisfy { $0.label == .date || $0.label == .cardinal })
        let question = "Are Your Kids Not On Track?\nAsk a teacher."
        #expect(label(of: "Kids Not On Track", in: question) == nil)
        // A results table is no heading: its sides stay names.
        #expect(label(of: "Ardley Rovers", in: "Ardley Rovers 3 Velmar Town 1\nMore results follow.") != nil)
    }
}

/// Programming languages (issue 16): on a page about code a lone word that is a language's name
/// is software, never a place or a person. Invented text.
extension EntityKindTests {
    @Test func aLanguageNamedOnAPageAboutCodeIsAProduct() {
        let page =
            "Our team moved its services from Kotlin and Haskell last year. "
            + "The parser was rewritten in Rust, and the tools still run in Python."
        #expect(label(of: "Python", in: page) == .product)
        #expect(label(of: "Rust", in: page) == .product)
        // Without `in`, a language's name alone on a page says nothing of software.
        let alone = "The parser came from Rust, and the tools still call Python."
        #expect(label(of: "Python", in: alone) != .product)
        // Without two languages that are no English word the page is not about code.
        #expect(label(of: "Rust", in: "The visit by Ilse Rust went well, and Rust said so twice.") == .person)
    }
}

/// What a name after `in` is when more than the preposition speaks (issue 16). Invented text.
extension EntityKindTests {
    @Test func aProgrammingLanguageAfterInIsSoftware() {
        #expect(label(of: "Kotlin", in: "The billing service was rewritten in Kotlin last winter.") == .product)
        // An unknown word after `in` is still a place.
        #expect(label(of: "Velmora", in: "We spent two quiet weeks in Velmora before the rains.") == .gpe)
    }

    @Test func anOrdinaryWordAloneAfterInIsNoPlace() {
        #expect(label(of: "Forestry", in: "She holds a diploma in Forestry from a college in Velmora.") == nil)
        #expect(label(of: "Velmora", in: "She holds a diploma in Forestry from a college in Velmora.") == .gpe)
        #expect(label(of: "Stature", in: "Trail jogging keeps growing in Stature among retirees.") == nil)
    }

    @Test func aGivenNameAloneAfterInIsAPlace() {
        #expect(label(of: "Marion", in: "The bakery opened a second shop in Marion last spring.") == .gpe)
        // Before a possessive it is whose the thing is.
        #expect(label(of: "Marion", in: "The spare key was in Marion's coat all along.") != .gpe)
    }

    @Test func aNumberAfterTheNameMakesNoPlace() {
        #expect(label(of: "Quarnix", in: "My aim got much better in Quarnix 3 after a week of play.") != .gpe)
    }

    @Test func aNameCalledAFirmIsAnOrganisation() {
        #expect(label(of: "Marta Quellen", in: "Marta Quellen, a boutique SEO agency, built our site.") == .org)
        #expect(label(of: "Torvane", in: "Torvane is a family-owned moving company in Ohio.") == .org)
        // A participle after the kind opens a clause about it; the kind still heads the phrase.
        #expect(label(of: "Brellcraft", in: "Brellcraft is a trusted UX design firm offering audits to shops.") == .org)
        // A person described by a trade stays a person.
        #expect(label(of: "Ilse Varden", in: "Ilse Varden, a brand strategist, joined in May.") == .person)
    }
}
