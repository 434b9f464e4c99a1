import NewsGraphCore
import NewsGraphTestSupport
import Testing

/// Short forms of group-named places, towns with a state's postal code, regions opening with a
/// point of the compass, and the words of American party politics (branch `ner-8`, issue 16).
/// Invented sentences.
extension EntityKindTests {
    @Test func thePluralOfAGroupNamedPlacesFirstWordIsThatPlace() {
        let text = "Ferries sail to the Velmo Islands on Mondays. Flights to the Velmos are dear."
        let velmos = TestSupport.extract(text).entities.first { $0.text == "Velmos" }
        #expect(velmos?.label == .loc)
        #expect(velmos?.entity == "LOC:Velmo Islands")
        // Without the full name in the text the plural names nothing known.
        #expect(label(of: "Velmos", in: "Flights to the Velmos are dear.") != .loc)
        // A place whose last word is no group noun has no such plural.
        #expect(label(of: "Tarns", in: "They met in Tarn City. The Tarns were late.") != .gpe)
    }

    @Test func partyAdjectivesAreGroupsAndTheirPartyInLowerCaseIsTheParty() {
        #expect(label(of: "Democratic", in: "The Democratic majority passed the bill on Monday.") == .norp)
        #expect(label(of: "Republican party", in: "He left the Republican party in 1990.") == .org)
        #expect(label(of: "Democratic party", in: "Ada Vell backed her Democratic party early.") == .org)
        // A longer known name keeps its own label.
        #expect(label(of: "Democratic Party", in: "Ada Vell chaired a Democratic Party office.") == .org)
    }

    @Test func aStateCodeKnownByItselfIsReadOnceAsItsState() {
        let text = "June 2 -- Harbor Hall, Norfolk, VA\nJune 4 -- Lakeside Arena, Bristow, VA\n"
        let entities = TestSupport.extract(text).entities.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        for (first, second) in zip(entities, entities.dropFirst()) {
            #expect(second.start >= first.end, "\(first.text) and \(second.text) share characters")
        }
        #expect(entities.contains { $0.text == "VA" && $0.entity == "GPE:Virginia" })
    }

    @Test func aValuesTokensAreNoPartOfAName() {
        let entities = TestSupport.extract("Drive along US-7% of the way, then turn left.").entities
        #expect(entities.contains { $0.text == "7%" && $0.label == .percent })
        #expect(!entities.contains { $0.text == "US-7" })
    }

    @Test func aWordACommaAndAStatesPostalCodeAreATownAndItsState() {
        let text = "The bus leaves from Arlowvale, OK, every morning."
        let entities = TestSupport.extract(text).entities
        #expect(entities.first { $0.text == "Arlowvale" }?.label == .gpe)
        #expect(entities.first { $0.text == "OK" }?.entity == "GPE:Oklahoma")
        // Two capitals that are no state's code, or a code inside a longer name, make no town.
        #expect(label(of: "Arlowvale", in: "The bus leaves from Arlowvale, QX, every morning.") != .gpe)
        #expect(label(of: "OK", in: "Buy parts at Arlowvale, OK Tires, today.") != .gpe)
        // Codes and credentials in a list, or a word opening a line, are no town.
        #expect(label(of: "AZ", in: "We move goods within CA, AZ, and NV.") != .gpe)
        #expect(label(of: "MS", in: "Ask Dana Vell, DBA, MS, RN, about it.") != .gpe)
        #expect(label(of: "ID", in: "Pack these:\nCash, ID, and a map.") != .gpe)
    }

    @Test func anUnknownNameOpeningWithAPointOfTheCompassIsARegion() {
        #expect(label(of: "East Varnia", in: "They visited East Varnia last spring.") == .loc)
        #expect(label(of: "Tomas Varn", in: "They visited Tomas Varn last spring.") == .person)
    }
}
