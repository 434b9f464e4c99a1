import NewsGraphCore
import NewsGraphTestSupport
import Testing

/// People named where a list, an article or a heading hides them, and firms or things that a
/// weak cue made people (issue 16). Invented sentences.
extension EntityKindTests {
    @Test func aFullNameBeforeANounItDescribesIsAPersonAfterAnArticle() {
        #expect(label(of: "Marta Quellen", in: "She read the Marta Quellen novel twice last year.") == .person)
        // A verb after it, as after a team's name, is no noun to describe.
        #expect(label(of: "Marta Quellens", in: "Fans watched as the Marta Quellens routed the visitors.") != .person)
    }

    @Test func aGivenNameAfterAPlaceAndCommaIsAPersonInAListOrARolesHolder() {
        let list = "Writers such as Paul Denver, Ina Pellwick and Tomas Vanrey lived in the town."
        #expect(label(of: "Ina Pellwick", in: list) == .person)
        let envoy = "Talks were held with the President of Chile, Marta Oyelaran, on Monday."
        #expect(label(of: "Marta Oyelaran", in: envoy) == .person)
        // A region after a town stays a region.
        #expect(label(of: "Quarnshire", in: "She moved to Leeds, Quarnshire, in the spring.") == .gpe)
    }

    @Test func aLoneWordAFirmCouldBeIsNoPersonByAnAnnouncement() {
        #expect(label(of: "Quorbitz", in: "On Monday Quorbitz announced a new app for teachers.") != .person)
        #expect(label(of: "Vellacott", in: "After the game Vellacott said the team had played well.") == .person)
    }

    @Test func aGivenNameAfterAnArticleNamesAThing() {
        #expect(label(of: "Bianca", in: "The editor runs well on the Bianca and on most phones.") != .person)
        #expect(label(of: "Lola", in: "In our tests the Lola kept the soup hot for hours.") != .person)
    }

    @Test func anElidedParticleEndsAPersonsName() {
        let text = "The proof was checked by Prof. Marta d'Ollendorf in the spring."
        #expect(label(of: "Marta d'Ollendorf", in: text) == .person)
    }

    @Test func aHeadingNamesTheBodysPersonByFirstAndLastName() {
        let page = "Ilsa Varrow\n\nDame Ilsa Marie Varrow (born 1950) was a painter from the coast.\n"
        #expect(TestSupport.extract(page).entities.contains { $0.text == "Ilsa Varrow" && $0.label == .person })
    }
}
