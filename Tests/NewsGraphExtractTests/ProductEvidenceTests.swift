import NewsGraphCore
import NewsGraphTestSupport
import Testing

/// Software and devices are products, never people or organisations, and a model's number
/// stays in its name (issue 16). Invented text in the style of reviews and guides.
extension EntityKindTests {
    @Test func aModelNumberStaysInTheProductName() {
        let text = "We ran forty miles in the Quorra Glide 4, and it held up well."
        #expect(label(of: "Quorra Glide 4", in: text) == .product)
        #expect(label(of: "Quorra Glide", in: text) == nil)
        // A number that counts something, or a score, is no model number.
        #expect(label(of: "Quorra Glide 4", in: "The Quorra Glide 4 games were sold out.") == nil)
        #expect(label(of: "Pemberton Grange 2", in: "Pemberton Grange 2 Oxley Vale 1\nMore results follow.") == nil)
        #expect(label(of: "Pemberton Grange 2", in: "Pemberton Grange 2, Oxley Vale 1.") == nil)
        #expect(label(of: "Halden Vor 77", in: "Okafor (Halden Vor 77), Lindqvist, Ardelt.") == nil)
    }

    @Test func marketingSuffixesMakeProducts() {
        #expect(label(of: "Lumen Note Pro", in: "The Lumen Note Pro is thinner than last year's.") == .product)
        #expect(label(of: "Brisa Max", in: "Reviewers preferred the Brisa Max for long rides.") == .product)
    }

    @Test func objectsOfSoftwareVerbsAreProducts() {
        #expect(label(of: "Quillo", in: "After installing Quillo, the laptop ran faster.") == .product)
        #expect(label(of: "Ardwell", in: "The bulbs are compatible with Ardwell and most hubs.") == .product)
        #expect(label(of: "Ferrow", in: "The Ferrow plugin adds a dark theme.") == .product)
        // Appointing someone is not installing software.
        #expect(label(of: "Harriet Vane", in: "The board installed Harriet Vane as chair.") == .person)
    }

    @Test func aOneWordNameThePageCallsItIsNoPerson() {
        let opening = "We tested five booking sites this spring.\n\n"
        let site =
            "Clara found the cheapest fare twice, although it hid the baggage fee until checkout. "
            + "Later Clara crashed while it was loading our dates. Still, Clara stays on our list."
        #expect(labels(of: "Clara", in: opening + site) == [.org, .org, .org])
        // One `it` may be anything else in the sentence; `she` once makes her a person; so does
        // a full name the short one stands for.
        let once =
            "Clara found the cheapest fare twice, although it hid the baggage fee until checkout. "
            + "Still, Clara stays on our list."
        #expect(labels(of: "Clara", in: opening + once) == [.person, .person])
        let she = site.replacingOccurrences(
            of: "crashed while it was loading our dates", with: "said she would try again")
        #expect(labels(of: "Clara", in: opening + she) == [.person, .person, .person])
        #expect(labels(of: "Clara", in: "Clara Penn runs the shop.\n\n" + site).allSatisfy { $0 == .person })
    }

    @Test func aCompanyFollowedByUnknownCapitalsNamesItsProduct() {
        let text = "Book trains on Google Travel Planner, then compare prices."
        #expect(label(of: "Google Travel Planner", in: text) == .product)
        #expect(label(of: "Google", in: text) == nil)
        // A day, a title or a suffix after the company leaves it a company.
        #expect(label(of: "Google", in: "Google Monday said it would hire more staff.") == .org)
        #expect(!TestSupport.extract("Google Inc. said profits rose.").entities.contains { $0.label == .product })
        // A division of the company is no product; a model's code ends the product's name.
        #expect(!TestSupport.extract("A team at Google Research wrote it.").entities.contains { $0.label == .product })
        #expect(label(of: "Intel Quark x5", in: "The tablet runs an Intel Quark x5 at full speed.") == .product)
        // A part of the company someone works at, and a channel of an acronym, are no products.
        #expect(
            !TestSupport.extract("She is an analyst at Google Venture Desk.").entities.contains { $0.label == .product }
        )
        #expect(!TestSupport.extract("It was shown on BBC Four last night.").entities.contains { $0.label == .product })
    }
}
