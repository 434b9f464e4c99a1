import NewsGraphCore
import NewsGraphTestSupport
import Testing

/// Laws, works, languages and products, and the words that are never names: none of them may
/// come out as a person (issue 16). Made-up sentences in the style of modern web pages.
@Suite struct EntityKindTests {
    func label(of surface: String, in text: String) -> EntityLabel? {
        TestSupport.extract(text).entities.first { $0.text == surface }?.label
    }

    func labels(of surface: String, in text: String) -> [EntityLabel] {
        TestSupport.extract(text).entities.filter { $0.text == surface }.map(\.label)
    }

    @Test func lawHeadsMakeLaws() {
        #expect(label(of: "Clean Harbours Act", in: "Critics of the Clean Harbours Act met in the hall.") == .law)
        #expect(label(of: "Fourth Amendment", in: "The ruling cited the Fourth Amendment twice.") == .law)
        #expect(label(of: "Velmar Treaty", in: "Both sides signed the Velmar Treaty last spring.") == .law)
    }

    @Test func oneWordAfterCapitalisedTheInsideSentenceIsWork() {
        #expect(label(of: "Lanternfall", in: "She later joined the cast of The Lanternfall, a drama.") == .workOfArt)
        let play = "Critics liked Marten Olsk's The Weavers more than his later plays."
        #expect(label(of: "Weavers", in: play) == .workOfArt)
        // At a sentence's start, after `at` (a venue), before `of` (a longer title) or an acronym: no title.
        #expect(label(of: "Weavers", in: "The Weavers met on Monday and the weavers left.") == nil)
        #expect(label(of: "Brantmoor", in: "The final was played at The Brantmoor last year.") != .workOfArt)
        #expect(label(of: "Charter", in: "He signed The Charter of Velloc in spring.") != .workOfArt)
        #expect(label(of: "XJQV", in: "Calls go through the gateway before The XJQV returns data.") != .workOfArt)
    }

    @Test func titlesAfterMediaNounsAndWithYearsAreWorks() {
        #expect(label(of: "Silent Orchards", in: "She wrote the novel Silent Orchards after the war.") == .workOfArt)
        #expect(label(of: "Glass Harbour", in: "He later starred in Glass Harbour with friends.") == .workOfArt)
        #expect(label(of: "Paper Moons", in: "Her roles include Paper Moons (2011) and others.") == .workOfArt)
        #expect(label(of: "Quarterly Linguist", in: "It was published in Quarterly Linguist that year.") == .workOfArt)
        #expect(label(of: "Ardish Revolution", in: "Songs of the Ardish Revolution survive.") == .event)
        #expect(label(of: "Dorvan Prize", in: "The firm won the Dorvan Prize for design.") == .workOfArt)
    }

    @Test func kindNounBeforeKnownNameMakesItATitle() {
        let quoted = "The band closes the record with the track ‘Lisbon’, a slow waltz."
        #expect(label(of: "Lisbon", in: quoted) == .workOfArt)
        #expect(label(of: "Vienna", in: "We watched the film Vienna on the train home.") == .workOfArt)
        #expect(label(of: "Marrow Lane", in: "Her cameo in the episode “Marrow Lane” was brief.") == .workOfArt)
        let exhibition = "The gallery opens the exhibition ‘Salt Roads: Maps of the Northern Coast,’ in May."
        #expect(label(of: "Salt Roads: Maps of the Northern Coast", in: exhibition) == .workOfArt)
        // No closing mark on the line: a quotation, so the title stays the capitalised words.
        #expect(label(of: "Salt Roads", in: "The show \"Salt Roads is back, she said.") != nil)
        // A bare noun that is also a verb (`track`) says nothing of the name after it.
        #expect(label(of: "Lisbon", in: "The council will track Lisbon rents every month.") == .gpe)
    }

    @Test func languagesInTheirContexts() {
        #expect(label(of: "Mandarin", in: "The mayor speaks Mandarin at home.") == .language)
        #expect(label(of: "French", in: "The letter was written in French.") == .language)
        #expect(label(of: "Spanish", in: "She speaks Spanish and English with ease.") == .language)
        // Before a noun the same word is a nationality.
        #expect(label(of: "French", in: "Talks were held in French cities.") == .norp)
        #expect(label(of: "French", in: "The French team arrived.") == .norp)
    }

    @Test func productsAndSoftware() {
        #expect(label(of: "JavaScript", in: "The page is written in JavaScript today.") == .product)
        #expect(label(of: "Tessaro", in: "Users of the new Tessaro app complained.") == .product)
        #expect(label(of: "Orvane", in: "Engineers tested the Orvane spacecraft on Monday.") == .product)
    }

    @Test func technicalAcronymsAndHolidaysAreNotPeopleOrOrganisations() {
        #expect(label(of: "HTML", in: "The page was built with HTML and CSS by hand.") == nil)
        #expect(label(of: "CSS", in: "The page was built with HTML and CSS by hand.") == nil)
        #expect(label(of: "TV", in: "He watched TV all day.") == nil)
        #expect(label(of: "COVID", in: "Schools shut during COVID for months.") == nil)
        #expect(label(of: "Senators", in: "On the third day Senators voted again.") == nil)
        #expect(label(of: "New Year", in: "Shops closed over New Year as usual.") == .event)
        #expect(label(of: "Buddhism", in: "She turned to Buddhism late in life.") == .norp)
    }

    @Test func hyphenatedGivenNamesStayWhole() {
        #expect(label(of: "Lam Siu-wai", in: "Crowds cheered when Lam Siu-wai spoke.") == .person)
        #expect(label(of: "Kremlin-led", in: "A Kremlin-led push failed.") == nil)
    }

    @Test func surnamesOfFamiliesAndVariantsStayPeople() {
        let text = """
            Doran Mikkel Brask (born 1950) was a painter. Doran Brask studied in Oslo. \
            Brask married Ina Brask in 1975. Later Brask taught drawing.
            """
        #expect(labels(of: "Brask", in: text).allSatisfy { $0 == .person })
        #expect(labels(of: "Brask", in: text).count == 2)
        #expect(label(of: "Tolvan", in: "After the match, Tolvan retired from the sport.") == .person)
    }

    @Test func lawsAloneTeamsAndParticles() {
        #expect(label(of: "Constitution", in: "Judges read the Constitution closely.") == .law)
        #expect(label(of: "North Leeds", in: "Rents in North Leeds rose again.") == .gpe)
        #expect(label(of: "Leeds Otters", in: "Fans of the Leeds Otters cheered.") == .org)
        #expect(label(of: "Samir al-Fadeel", in: "The talks were led by Samir al-Fadeel last week.") == .person)
        #expect(label(of: "I", in: "Then I said no to the offer.") == nil)
        #expect(label(of: "Alaric IV", in: "Coins of Alaric IV were found.") == .person)
        #expect(label(of: "Mosque", in: "Tourists visit the Sultan Mosque daily.") != .person)
    }
}

extension EntityKindTests {
    @Test func anAcronymAfterAnArticleOrPossessiveIsACommonNoun() {
        let text = "Hire an HVAC contractor, then update your SEO plan. The ZQX board met on Monday in Leeds."
        #expect(label(of: "HVAC", in: text) == nil)
        #expect(label(of: "SEO", in: text) == nil)
        // An unknown acronym is a body only when the text spells it out as one.
        #expect(label(of: "ZQX", in: text) == nil)
        let spelled = "The Zenith Quarry Board (ZQB) met on Monday. The ZQB members agreed."
        #expect(labels(of: "ZQB", in: spelled) == [.org, .org])
    }
}
