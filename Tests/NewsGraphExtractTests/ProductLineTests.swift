import NewsGraphCore
import NewsGraphTestSupport
import Testing

/// A company's product lines, platforms and forms of writing keep their own labels (issue 16).
/// Invented text in the style of guides and reviews.
extension EntityKindTests {
    @Test func aCompanyBeforeAnOrdinaryPluralNamesItsProduct() {
        let text = "Home cooks now save dinners on Samsung Recipes every week."
        #expect(label(of: "Samsung Recipes", in: text) == .product)
        #expect(label(of: "Samsung", in: text) == nil)
        // At a sentence's start too.
        #expect(label(of: "Samsung Recipes", in: "Samsung Recipes suggests a dinner each night.") == .product)
        // People and a head word's plural are no product line.
        #expect(label(of: "Samsung", in: "He thanked the Samsung Engineers and left.") != .product)
        #expect(
            !TestSupport.extract("They met at the Samsung Officials lounge.").entities.contains { $0.label == .product }
        )
        #expect(
            !TestSupport.extract("Films ran at the Samsung Theaters downtown.").entities.contains {
                $0.label == .product
            })
    }

    @Test func aCompanyBeforeAPluralOfAnOrdinaryWordNamesItsProduct() {
        // The plural is a family name too; its singular is an ordinary word.
        let text = "Teachers keep the marks in Siemens Pebbles and print them on Fridays."
        #expect(label(of: "Siemens Pebbles", in: text) == .product)
        #expect(label(of: "Siemens", in: text) == nil)
    }

    @Test func aCompanyBeforeAPluralThePageRepeatsNamesItsProduct() {
        let text =
            "Painters now share clips on Samsung Frames every day. A short loop on Samsung Frames can reach a "
            + "large crowd."
        #expect(labels(of: "Samsung Frames", in: text) == [.product, .product])
        #expect(label(of: "Samsung", in: text) == nil)
        // Once on the page, the plural may be a family name: the rule leaves it alone.
        #expect(label(of: "Samsung Frames", in: "Painters now share clips on Samsung Frames every day.") == nil)
    }

    @Test func aCompanyBeforeAWordForItsDivisionIsOneName() {
        let text = "Listeners can stream the whole album through Siemens Music this winter."
        #expect(label(of: "Siemens Music", in: text) != nil)
        #expect(label(of: "Siemens", in: text) == nil)
        // A capitalised word after it goes on with a longer name, left to the other rules.
        #expect(label(of: "Siemens Music", in: "She joined Siemens Music Group in spring.") == nil)
    }

    @Test func andAfterACompanysProductOpensASecondName() {
        let text = "Editors keep their drafts in Siemens Tally and Samsung Ledger now."
        #expect(label(of: "Siemens Tally", in: text) == .product)
        #expect(label(of: "Samsung Ledger", in: text) == .product)
        #expect(label(of: "Siemens", in: text) == nil)
        // A name that goes on through `and` to more capitalised words is left whole to other rules.
        #expect(label(of: "Siemens", in: "She spoke at the Siemens Web and Life Project in spring.") != .product)
    }

    @Test func aModelNumberOrCodeRightAfterACompanyIsItsModel() {
        #expect(label(of: "Siemens 760", in: "The clinic replaced its old Siemens 760 last month.") == .product)
        #expect(label(of: "Samsung QX450", in: "Her Samsung QX450 stopped charging after a week.") == .product)
        // Years and round hundreds rank or date; they name no model.
        #expect(label(of: "Siemens", in: "The clinic joined the Siemens 500 list last month.") == .org)
        #expect(label(of: "Siemens", in: "The Siemens 2024 report came out.") == .org)
    }

    @Test func aProductsWordsBeforeItsNumberOrAfterItsMakerNameThatProduct() {
        // The words before the model's number, after an article where a bare run reads as a body.
        let shoe = "I tested the Quorvel Drift 4 for a month. After a week in the Quorvel Drift, my feet felt fine."
        #expect(labels(of: "Quorvel Drift", in: shoe) == [.product])
        // The model's own word after its maker's, where its clause's `its` reads it as a body.
        let boot = "I tested the Tarnwick Soller 3 for a month. The Soller kept its grip on wet rock."
        #expect(label(of: "Soller", in: boot) == .product)
        // A name a capitalised word follows inside the product is its maker: no number follows it.
        let tent = "I pitched the Dunmore Ridge Kessa 2 in the rain. The Dunmore Ridge team said it ships soon."
        #expect(label(of: "Dunmore Ridge", in: tent) != .product)
    }

    @Test func aNameOpenedByAProductsMakerIsAnotherOfItsProducts() {
        let text = "I ran in the Tarvex Glide 4 for a month. I also tried the Tarvex Strider Flex on gravel."
        #expect(label(of: "Tarvex Strider Flex", in: text) == .product)
        // A plural, a part of the firm, or a name after `at` is the maker's, not a product.
        let prefix = "I ran in the Tarvex Glide 4 for a month. "
        #expect(label(of: "Tarvex Brisk Runners", in: prefix + "We met the Tarvex Brisk Runners in town.") == .org)
        #expect(label(of: "Tarvex Brisk Lab West", in: prefix + "He met the Tarvex Brisk Lab West team.") == .org)
        #expect(label(of: "Tarvex Brisk Flex", in: prefix + "He is an engineer at the Tarvex Brisk Flex team.") == .org)
    }

    @Test func aNameRunningOnIntoALongerNameOfThePageIsThatName() {
        // After `of`, where the maker's rule stops, the page's other mention gives the whole name.
        let text = "Many now watch Samsung Replay every week. The scalability of Samsung Replay is high."
        #expect(labels(of: "Samsung Replay", in: text) == [.product, .product])
        #expect(label(of: "Samsung", in: text) == nil)
        // On a heading's line too.
        let heading =
            "Many now watch Samsung Replay every week.\n\nBest Platforms Compared\n\nSamsung Replay\n\nIt is free."
        #expect(labels(of: "Samsung Replay", in: heading) == [.product, .product])
        // Not across a sentence's end.
        #expect(label(of: "Samsung", in: "Many now watch Samsung Replay. They thanked Samsung. Replay it.") == .org)
    }

    @Test func aLoneGivenNameAfterACompanyNamesItsProduct() {
        #expect(label(of: "Samsung Mira", in: "You can ask Samsung Mira to dim the lights.") == .product)
        // A given name with a surname is still a person.
        let text = "Yesterday Samsung Mira Lopez spoke to reporters."
        #expect(label(of: "Mira Lopez", in: text) == .person)
        #expect(label(of: "Samsung", in: text) == .org)
    }

    @Test func anAcronymEndsACompanysProductLine() {
        let text = "Analysts moved every chart to Siemens Grid API last spring."
        #expect(label(of: "Siemens Grid API", in: text) == .product)
        #expect(label(of: "Siemens", in: text) == nil)
    }

    @Test func aNameBeforeANounOfFormIsNoPlace() {
        #expect(label(of: "Quillmark", in: "The notes are kept in Quillmark format for now.") != .gpe)
        #expect(label(of: "Brasko", in: "Most of the engine is written in Brasko code.") != .gpe)
        // A town after `in` is still a place.
        #expect(label(of: "Dorvale", in: "She rented a flat in Dorvale last year.") == .gpe)
    }

    @Test func whatSoftwareKeepsIsInAProgramNotATown() {
        #expect(label(of: "Pellquist", in: "Every recipe I test goes into my notes in Pellquist first.") == .product)
        #expect(label(of: "Orvane", in: "All the mockups are in Orvane, shared with the whole team.") == .product)
        #expect(label(of: "Tarnscope", in: "The load figures were visualized in Tarnscope each night.") == .product)
        // Other nouns before `in` still leave an unknown name a town.
        #expect(label(of: "Pellquist", in: "Her cousins in Pellquist grow apples.") == .gpe)
    }

    @Test func aPlatformIsTheFirmThatRunsIt() {
        #expect(label(of: "Tutorvane", in: "Tutorvane is an online tutoring platform for adults.") == .org)
        #expect(label(of: "Quillo", in: "Quillo is a note-taking app for students.") == .product)
    }

    @Test func anAcronymForAKindOfSoftwareHeadsAProductsName() {
        #expect(label(of: "Velmar VPN", in: "We connected through Velmar VPN on the hotel network.") == .product)
        #expect(label(of: "Quorra CLI", in: "The fastest tool we tried was Quorra CLI by far.") == .product)
        // A channel's or a firm's acronym is left to the other rules.
        #expect(label(of: "Velmar TV", in: "The interview aired on Velmar TV last night.") != .product)
    }

    @Test func aWordBeforeABrandsSpellingIsItsMaker() {
        let text = "For a small kitchen, the Tessler BrewMax is the best pick."
        #expect(label(of: "Tessler BrewMax", in: text) == .product)
        // An ordinary word opening the sentence is no maker.
        #expect(label(of: "Using BrewMax", in: "Using BrewMax saves time.") != .product)
    }

    @Test func signsOrANumberSignAfterANameMakeNoPlace() {
        let text = "The parser is written in C++ and the tests in F# by the same team."
        #expect(!TestSupport.extract(text).entities.contains { $0.label == .gpe })
        #expect(label(of: "Episode", in: "We covered pruning in Episode #12 of the show.") == nil)
    }

    @Test func aCodeOnAPageAboutProgrammingIsATool() {
        let text = "We write Kotlin and Haskell every day, and most of it happens inside Velmar Code these days."
        #expect(label(of: "Velmar Code", in: text) == .product)
        // Elsewhere a code's name is a law's.
        #expect(label(of: "Velmar Code", in: "Most of it happens inside Velmar Code these days.") == .law)
    }

    @Test func aPriceInBracketsAfterAMakerAndModelMakesAProduct() {
        let text = "Best budget kettle: Tarnwell Skylark ($45)\nIt boils fast."
        #expect(label(of: "Tarnwell Skylark", in: text) == .product)
        // A plan or a fee of ordinary words is no product.
        let plans = "Extra Delivery Fee ($9)\nMonthly Bonus ($5)\nWe also sell gift cards."
        #expect(!TestSupport.extract(plans).entities.contains { $0.label == .product })
    }

    @Test func aPlaceOneHasIsNoPlace() {
        #expect(label(of: "Paris", in: "Nobody could replace their Paris, the best striker the club had.") == nil)
        // Before a noun, or after a preposition of place, it says where.
        #expect(label(of: "Paris", in: "Start planning your Paris trip today.") == .gpe)
        #expect(label(of: "Paris", in: "Nothing like it exists in our Paris.") == .gpe)
    }

    @Test func aKnownMakerJoinsTheProductAfterIt() {
        let text = "For a large family, the Sony Velo QX800BRT is the one to buy."
        #expect(label(of: "Sony Velo QX800BRT", in: text) == .product)
        #expect(label(of: "Sony", in: text) == nil)
        // A maker alone stays a company.
        #expect(label(of: "Sony", in: "Sony said sales rose in the spring.") == .org)
    }

    @Test func aShieldIsNoEvent() {
        // The software verb decides, as it does for any unknown name.
        #expect(label(of: "Tarnwell Shield", in: "We kept using Tarnwell Shield on the train.") == .product)
    }

    @Test func aCamEndsADevicesName() {
        let text = "For the porch, the Quello Porch Cam costs less than a dinner out."
        #expect(label(of: "Quello Porch Cam", in: text) == .product)
        // A middle name is no ending: the person keeps their name.
        #expect(label(of: "Edward Cam Farrow", in: "Edward Cam Farrow wrote to his sister.") == .person)
    }

    @Test func aConservancyIsABody() {
        let text = "The trail maps are provided courtesy of Tarnvale Conservancy."
        #expect(label(of: "Tarnvale Conservancy", in: text) == .org)
    }

    @Test func thePagesOwnProductInAppositionOutweighsAPersonsCue() {
        let text = """
            Our lesson planning software, Trevanto, sends a weekly summary.
            Trevanto was born in a small office above a bakery.
            Our lesson planning software, Trevanto, also keeps notes.
            Teachers trust Trevanto.
            """
        // The cue of birth keeps its own mention; the rest follow the page's product.
        #expect(labels(of: "Trevanto", in: text) == [.product, .person, .product, .product])
        // A job in apposition names a person.
        #expect(label(of: "Tom Vale", in: "Our editor, Tom Vale, checked every page.") == .person)
    }

    @Test func aNameHyphenedToCertifiedIsTheBody() {
        #expect(label(of: "Velmora", in: "The shirts use Velmora-certified cotton from two farms.") == .org)
        // An acronym there may be the credential itself.
        #expect(label(of: "QMP", in: "Most QMP-certified consultants charge more per hour.") != .org)
    }

    @Test func aSmallNumberAfterAMakersLineIsTheModelWhateverFollows() {
        #expect(label(of: "Sony Corvina 7", in: "Hikers liked the Sony Corvina 7 far more than its rival.") == .product)
        let list = "Hikers liked the Sony Corvina 7 and Sony Pelto 12 better."
        #expect(label(of: "Sony Corvina 7", in: list) == .product)
        #expect(label(of: "Sony Pelto 12", in: list) == .product)
        // A number that counts a plural, or is part of a range, is no model's.
        #expect(label(of: "Sony Corvina", in: "The Sony Corvina 3 hours later failed.") == .product)
        #expect(label(of: "Sony Corvina", in: "The Sony Corvina 3-4 times a week.") == .product)
    }

    @Test func aKnownMakerBeforeAKindOfSoftwareIsTheProduct() {
        #expect(label(of: "IBM CRM", in: "The clinic keeps its patients in IBM CRM these days.") == .product)
        #expect(label(of: "Sony VPN", in: "Travellers switched on Sony VPN at the airport.") == .product)
        // A capitalised word after the acronym goes on with another name.
        #expect(label(of: "IBM CRM", in: "The IBM CRM Suite shipped late.") == nil)
    }
}
