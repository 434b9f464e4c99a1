/// Words of other languages that open the names of bodies, sites and prizes, kept untranslated
/// on English pages (`Fondazione Arvel`, `Parque Dorn`, `Prix Velmar`).
extension ContextCues {
    /// Foundations, universities, institutes, academies and schools in the languages of Europe:
    /// the word opens the body's name, where English ends it (`Arvel Foundation`).
    static let bodyLeaders = WordSet.hashes([
        "Fondazione", "Fondation", "Fundación", "Fundação", "Fundació", "Stiftung", "Stichting", "Universidad",
        "Universidade", "Università", "Universität", "Université", "Universiteit", "Universitat", "Istituto",
        "Instituto", "Institut", "Accademia", "Académie", "Akademie", "Kunstakademie", "Hochschule", "Kunstverein",
        "École", "Escuela", "Scuola", "Escola", "Conservatoire", "Conservatorio", "Politecnico", "Politécnico",
    ])
    /// Parks, gardens, squares, palaces, theatres, libraries and art spaces in the languages of
    /// Europe, opening a site's name as `Museo` does (`Parque Dorn`, `Teatro Arvel`).
    static let siteLeaders = WordSet.hashes([
        "Parque", "Parc", "Parco", "Jardin", "Jardín", "Giardino", "Jardim", "Piazza", "Praça", "Palazzo", "Palais",
        "Palacio", "Palácio", "Château", "Castello", "Castillo", "Schloss", "Teatro", "Théâtre", "Biblioteca",
        "Bibliothèque", "Kunstraum", "Kunstsammlung",
    ])
    /// Forests, lakes, beaches and islands in Spanish, Italian and French, opening a natural
    /// place's name as `Lake` does (`Bosque Arvel`, `Isla Dorn`).
    static let naturalLeaders = WordSet.hashes(["Bosque", "Forêt", "Lago", "Playa", "Isla", "Île"])
    /// Words for a prize in French, Italian, Spanish and Portuguese that open its name (`Prix
    /// Velmar`), a work as prizes are (``workHeads``).
    static let prizeLeaders = WordSet.hashes(["Prix", "Premio", "Prémio", "Premi"])
}
