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

    @Test func aPlatformIsTheFirmThatRunsIt() {
        #expect(label(of: "Tutorvane", in: "Tutorvane is an online tutoring platform for adults.") == .org)
        #expect(label(of: "Quillo", in: "Quillo is a note-taking app for students.") == .product)
    }
}
