import NewsGraphCore
import NewsGraphTestSupport
import Testing

/// What looks like a name on a web page but is none (issue 16): acronyms of common technical
/// phrases, nationalities inside common nouns, words that open a clause, questions used as link
/// titles, identifiers in code. Invented text in the style of modern web pages.
extension EntityKindTests {
    @Test func anAcronymOfACommonTechnicalPhraseIsATerm() {
        #expect(labels(of: "SEO", in: "Most bakeries now pay for SEO work. A good SEO agency costs a lot.").isEmpty)
        #expect(label(of: "SaaS", in: "Our team sells a SaaS tool to florists.") == nil)
        // Spelled out as a body, the same letters name it.
        let named = "The Portland Market Institute (PMI) met. The PMI voted on Monday."
        let bodies = labels(of: "PMI", in: named)
        #expect(!bodies.isEmpty && bodies.allSatisfy { $0 == .org })
        // A state's code after a town stays a place.
        #expect(label(of: "CO", in: "The brewery opened in Greeley, CO, last spring.") == .gpe)
    }

    @Test func versusEndsANameAndOpensNone() {
        let heading =
            "Our guide to trades.\n\nChoosing a path: BAKERY PARTNERS VS. FRANCHISE\n\nMost people start alone."
        #expect(!TestSupport.extract(heading).entities.contains { $0.text.contains("VS.") })
        // Two bodies set against each other in a sentence stay two bodies.
        let sentence = "Marlow Industries vs. Tendry Corp went to court last year."
        #expect(label(of: "Marlow Industries", in: sentence) == .org)
        #expect(label(of: "Tendry Corp", in: sentence) == .org)
    }

    @Test func aDivisionOfAWorkBeforeARomanNumeralIsNoName() {
        let text = "As we showed in Part IV, the dough must rest. Next week we post PART VI of the guide."
        #expect(TestSupport.extract(text).entities.isEmpty)
        #expect(label(of: "Stage II", in: "Doctors found a Stage II tumour early.") == nil)
        // A ruler's numeral after a name is part of that name.
        #expect(label(of: "Henry IV", in: "Parliament met under Henry IV in the spring.") == .person)
    }

    @Test func aOneWordNameAfterTheOrAPossessiveThatEndsItsPhraseIsNoPerson() {
        let review =
            "The kettle comes in three sizes. We were glad to test the Ingrid for a week, and the Ingrid.\n\n"
            + "Ingrid Holm designed it."
        let people = TestSupport.extract(review).entities.filter { $0.label == .person }.map(\.text)
        #expect(people == ["Ingrid Holm"])
        // Before a noun the name modifies, it stays a person.
        let story = "Ingrid Holm spoke first. Reporters followed the Ingrid story closely."
        #expect(labels(of: "Ingrid", in: story) == [.person])
        // A possessive makes it an owned thing; `a` may stand before one of a family.
        let owned = "Ingrid Holm designed the kettle. I fill my Ingrid, then the tray."
        #expect(labels(of: "Ingrid", in: owned).isEmpty)
        #expect(labels(of: "Ingrid", in: "Ingrid Holm spoke. Every guest there was an Ingrid.") == [.person])
    }

    @Test func aOneWordNameThePageUsesIsAProductEverywhere() {
        let guide =
            "Ask Deborah to sort the inbox every morning. Our office has started to use Deborah. "
            + "Deborah kept the folders tidy, and Deborah never forgets a date."
        #expect(labels(of: "Deborah", in: guide) == [.product, .product, .product, .product])
        // A longer person's name on the page may be shortened to the same word.
        let profile = "Deborah Quint runs the shop. Our office has started to use Deborah. Deborah agreed."
        #expect(labels(of: "Deborah", in: profile) == [.person, .person])
    }

    @Test func aNationalityInACommonNounNamesNoPeople() {
        #expect(label(of: "Dutch", in: "Bake the loaf in a Dutch oven for an hour.") == nil)
        #expect(label(of: "French", in: "Slice the French bread thinly before serving.") == nil)
        #expect(label(of: "Dutch", in: "Dutch voters went to the polls on Monday.") == .norp)
        // Plurals of the listed nouns too.
        #expect(label(of: "Dutch", in: "Both Dutch ovens cracked in the kiln.") == nil)
        #expect(label(of: "Danish", in: "A tray of Danish pastries sat by the door.") == nil)
    }

    @Test func aNationalityAndANounWrittenBothInTitleAndLowerCaseAreAThing() {
        let page =
            "Ranked: the Orvane Danish Press tops our list.\nA Danish press brews evenly. Danish voters like them."
        #expect(label(of: "Danish Press", in: page) == nil)
        // Before the noun in either case, singular or plural; before another noun it is a people.
        let more = page + "\nOur Favourite Danish Presses\nTwo Danish presses cracked."
        #expect(labels(of: "Danish", in: more) == [.norp])
        // With no capitalised pair on the page the nationality is a people, as before.
        #expect(labels(of: "Danish", in: "A Danish press brews evenly. Danish voters like them.") == [.norp, .norp])
    }

    @Test func aWordOpeningASentenceOfAPhraseWrittenInLowerCaseIsNoName() {
        let opening = "Our host was Lena Quenner.\nQuenner glazing takes a whole day. Few shops still teach it."
        #expect(!labels(of: "Quenner", in: opening).isEmpty)
        #expect(labels(of: "Quenner", in: opening + " Good quenner glazing lasts for years.").isEmpty)
    }

    @Test func ordinaryWordsEndingInAPluralInAListOfLoneWordsNameAKind() {
        #expect(
            labels(of: "Printing Services", in: "Sectors served: Dairy, Printing Services, Retail, Schools.").isEmpty)
        // Out of such a list the same words may name a body.
        #expect(
            label(of: "Printing Services", in: "We hired Printing Services last spring to make the flyers.") == .org)
    }

    @Test func aCredentialWrittenInCapitalsIsNoBody() {
        let page = "Ines Marlow became a Certified Orchard Planner in May and later a QGA Certified Grafting Coach."
        #expect(labels(of: "Certified Orchard Planner", in: page).isEmpty)
        #expect(labels(of: "QGA Certified Grafting Coach", in: page).isEmpty)
        // After `of` the word is part of the body's own name.
        let body = "Ines Marlow joined the Velmar Institute of Certified Orchard Planners in May."
        #expect(label(of: "Velmar Institute of Certified Orchard Planners", in: body) == .org)
    }

    @Test func anOfficeJobInCapitalsIsNoBody() {
        let page = "After six years she reached the Senior Orchard Consultant grade at a firm in Porto."
        #expect(labels(of: "Senior Orchard Consultant", in: page).isEmpty)
        #expect(labels(of: "Data Engineer", in: "He moved from bakery clerk to Data Engineer in a year.").isEmpty)
        // A given name after the job opens its holder's name.
        let team = "On the panel sits Senior Garden Analyst Tomas Brell, who tested every hose."
        #expect(label(of: "Tomas Brell", in: team) == .person)
        // With an institution's word the same shape is a body.
        #expect(label(of: "Velmar Engineer Institute", in: "She taught at the Velmar Engineer Institute.") == .org)
    }

    @Test func aNameBeforeANounForAMethodIsNoPerson() {
        #expect(labels(of: "Monte Quillan", in: "The planners ran Monte Quillan simulations all week.").isEmpty)
        // The maker named on their own is a person still.
        let page = "Our designers sketch Orla Quint diagrams by hand. Orla Quint herself drew the first one."
        #expect(labels(of: "Orla Quint", in: page) == [.person])
    }

    @Test func ordinaryPluralsJoinedByAmpersandNameNoBody() {
        // `Combs` is a family name too, but its singular is an ordinary word.
        #expect(labels(of: "Brushes & Combs", in: "We stock Brushes & Combs in every size.").isEmpty)
        #expect(label(of: "Velmar & Combs", in: "The lawyers at Velmar & Combs filed on Monday.") == .org)
    }

    @Test func aNameBeforeANounForAPlaceNamesThePlace() {
        #expect(label(of: "Orvane Quint", in: "Change at Orvane Quint station for the ferry.") == .fac)
        #expect(label(of: "Tamsin Hale", in: "She walked past Tamsin Hale neighborhood at dusk.") == .loc)
        #expect(label(of: "Tamsin Hale", in: "She walked past Tamsin Hale at dusk.") == .person)
        // A lone surname there may be a known person's before a noun of an event.
        let rally = "Mayor Tamsin Hale spoke in Leeds on Monday. Fans packed the Hale stadium rally."
        #expect(labels(of: "Hale", in: rally) == [.person])
    }

    @Test func aDegreesLettersNameTheDegree() {
        let page =
            "The Meridian Film Academy (MFA) opened a wing. The prints hang at the MFA.\n"
            + "Tomas Brell lists two degrees on his card: BFA and MFA."
        // A body of the same letters is meant only alone in brackets after its name or after `the`.
        #expect(labels(of: "MFA", in: page) == [.org, .org])
    }

    @Test func aPointOfTheCompassAfterAHouseNumberOpensAStreet() {
        let page = "Find us at 412 N. 7th St. Suite 300, or at 88 W. Tarn Ridge Ave. Suite 9 on weekends."
        #expect(labels(of: "N.", in: page).isEmpty)
        #expect(label(of: "W. Tarn Ridge Ave.", in: page) == .fac)
        #expect(labels(of: "Suite", in: page).isEmpty)
        // Any capitalised words after a house number up to a street's word are the street.
        let office = "Our studio moved to 507 Tarn St, Suite 9, and then to 110 Orvell Street Suite 4."
        #expect(label(of: "Tarn St", in: office) == .fac)
        #expect(label(of: "Orvell Street", in: office) == .fac)
        // An initial after a year with no street's word is left to the other rules.
        #expect(label(of: "E. Vallory", in: "In 1998 E. Vallory wrote the first guide to the caves.") == .person)
    }

    @Test func aCapitalisedCommonNounOfAThingIsNoPerson() {
        #expect(label(of: "Labrador Retriever", in: "The farm keeps a patient Labrador Retriever by the gate.") == nil)
        #expect(label(of: "Boston Fern", in: "Our little shop stocks Boston Fern, ivy and moss.") == nil)
        // A person's name of two words stays one.
        #expect(label(of: "Marta Quellen", in: "The tasting flight was led by Marta Quellen.") == .person)
    }

    @Test func aWordOpeningAClauseIsNoPartOfTheNameAfterIt() {
        #expect(TestSupport.extract("Reminder: Most NGOs file their reports each spring.").entities.isEmpty)
        #expect(label(of: "Choose UPS", in: "Delivery options – Choose UPS for heavy boxes.") == nil)
        #expect(label(of: "Cheap OLEDs", in: "What we liked: Cheap OLEDs and a long battery life.") == nil)
        #expect(TestSupport.extract("One warning: As I learned later, the ferry rarely runs on time.").entities.isEmpty)
    }

    @Test func aQuestionInsideALineIsATitleNotAName() {
        let text = "Read the guide first (see also: Where Should a Beginner Buy Paint?)."
        #expect(!TestSupport.extract(text).entities.contains { $0.text.hasPrefix("Where") })
    }

    @Test func namesInCodeOrWebAddressesAreIdentifiers() {
        #expect(label(of: "SkipTidy", in: "Put <_SkipTidy>true</_SkipTidy> in the settings.") == nil)
        #expect(
            label(of: "ShipByBoat", in: "Set \"kind\": \"https://vocab.example/ShipByBoat\" in the file.") == nil)
        #expect(label(of: "AutoFormat", in: "Pass AutoFormat=false to skip the step.") == nil)
    }

    @Test func aTypeDeclaredInCodeIsNoName() {
        let listing = "Our billing service starts here:\n\npublic sealed class InvoiceRouter\n\nIt reads each row once."
        #expect(label(of: "InvoiceRouter", in: listing) == nil)
        #expect(label(of: "ShelfSorter", in: "In the ShelfSorter trait, there is a sort_all method.") == nil)
        // Brands joined from two words stay names in prose, before `class` too.
        let prose = "Our new tutor is a YouTube creator who teaches a PowerPoint class on Mondays."
        #expect(label(of: "YouTube", in: prose) != nil)
        #expect(label(of: "PowerPoint", in: prose) != nil)
    }

    @Test func anIdentifierShownInCodeIsNoNameInTheProse() {
        let declared = "The listing:\n\npublic class ShelfPlanner\n{\n}\n\nI wrote a ShelfPlanner that sorts jars."
        #expect(labels(of: "ShelfPlanner", in: declared).isEmpty)
        let called = "if err := larder.CountJars(shelf); err != nil {\n}\n\nWe call CountJars from the main loop."
        #expect(labels(of: "CountJars", in: called).isEmpty)
        let quoted = "{\n\"@type\": \"GardenShop\"\n}\n\nThe GardenShop type tells search engines what we sell."
        #expect(labels(of: "GardenShop", in: quoted).isEmpty)
        // A brand written so in prose only stays a name.
        let prose = "Our editors moved the recipes to BrightLedger last spring. BrightLedger hired two writers."
        #expect(!labels(of: "BrightLedger", in: prose).isEmpty)
    }

    @Test func aClippedGenerationIsNoName() {
        let text = "Most Gen Z users compare prices first, and GenAI tools now draft half the ads for Gen Alpha."
        #expect(TestSupport.extract(text).entities.isEmpty)
    }

    @Test func aQualifiedPathInCodeIsNoName() {
        let listing = "Our project file holds these lines:\n\nusing Quorvane.Storage;\nusing Quorvane.Storage.Cache;\n"
        #expect(label(of: "Quorvane", in: listing) == nil)
        // A sentence that lost its space after a full stop keeps its name.
        #expect(label(of: "Lisbon", in: "She moved to Lisbon.The bakery opened a week later.") == .gpe)
    }

    @Test func reservedWordsOfAQueryAreNoName() {
        #expect(label(of: "DROP INDEX", in: "Readers asked why the DROP INDEX step took an hour.") == nil)
        #expect(label(of: "LEFT JOIN", in: "Use a LEFT JOIN when some loans have no reader.") == nil)
    }

    @Test func aDisciplineOfOperationsIsATerm() {
        let text = "Small teams now hire for DataOps and SecOps roles before they hire a designer."
        #expect(TestSupport.extract(text).entities.isEmpty)
        // A firm's legal form after the word names the firm.
        #expect(label(of: "BrightOps Ltd", in: "We signed with BrightOps Ltd last year.") == .org)
    }

    @Test func variantsAndPluralsOfCommonTermsAreTerms() {
        let text = "It charges over USB-C and ships with PaaS plans. Check their P&Ls first."
        let names = TestSupport.extract(text).entities.map(\.text)
        #expect(!names.contains("USB-C") && !names.contains("PaaS") && !names.contains("P&Ls"))
        // A common acronym written with a hyphen or as one word is the same term.
        #expect(TestSupport.extract("It connects over Wi-Fi and WiFi 6 easily.").entities.isEmpty)
    }

    @Test func piecesOfAddressesLettersAndTimesAreNoNames() {
        let text =
            "Our shop: 48 5th St. Suite 210, open daily.\n\nP.P.S. - Bring a friend next time.\n\n9:40 P.M. PDT\n"
        #expect(TestSupport.extract(text).entities.filter { $0.label != .date }.isEmpty)
        #expect(label(of: "Mon-Fri", in: "Store hours: Mon-Fri 9 am to 5 pm.") == nil)
        #expect(label(of: "Cook Time40", in: "Cook Time40 minutes") == nil)
    }

    @Test func anOrdinaryWordBeforeANounOfBusinessIsTheTrade() {
        #expect(label(of: "Roofing", in: "We called the Roofing company Brask Mutual twice.") == nil)
        // A name that is no ordinary word stays the firm.
        #expect(label(of: "Quorvex", in: "Shares of the Quorvex company rose on Monday.") == .org)
    }

    @Test func aDiagramNodeLabelIsNoName() {
        #expect(
            label(of: "Order Queue Worker", in: "The flow is X[Order Queue Worker] --> Y[mailer].") == nil)
    }

    @Test func aTitleAfterATermOfAddressIsThePersonAddressed() {
        #expect(label(of: "Speaker", in: "Thank you, Madam Speaker. The bill is ready.") == .person)
        // Before a name, the title is no part of it.
        #expect(label(of: "Vance", in: "Thank you, Madam Speaker Vance.") == .person)
    }

    @Test func lettersAfterAModelNumberEndTheModel() {
        let text = "We took the Tarnwell Drift 2 XL on three long rides."
        #expect(label(of: "Tarnwell Drift 2 XL", in: text) == .product)
    }

    @Test func aGivenNameJoinedToAFullNameSharesItsFamilyName() {
        let text = "The shop was run by Tomas and Ilse Brannock for decades."
        let tomas = TestSupport.extract(text).entities.first { $0.text == "Tomas" }
        #expect(tomas?.label == .person)
        #expect(tomas?.entity == "PERSON:Tomas Brannock")
    }
}
