/// The month and weekday names ``DateNormalizer`` reads written dates by.
extension DateNormalizer {
    /// Month names, each month's spellings together: English, German, Dutch, Scandinavian, French,
    /// Spanish, Italian, Portuguese, Polish and Russian (as dates write them), Turkish.
    static let monthNames: [[String]] = [
        ["january", "januar", "januari", "janvier", "enero", "gennaio", "janeiro", "stycznia", "января", "ocak"],
        [
            "february", "februar", "februari", "février", "fevrier", "febrero", "febbraio", "fevereiro", "lutego",
            "февраля", "şubat",
        ],
        ["march", "märz", "maerz", "maart", "mars", "marzo", "março", "marco", "marca", "марта", "mart"],
        ["april", "avril", "abril", "aprile", "kwietnia", "апреля", "nisan"],
        ["may", "mai", "mei", "maj", "mayo", "maggio", "maio", "maja", "мая", "mayıs"],
        ["june", "juni", "juin", "junio", "giugno", "junho", "czerwca", "июня", "haziran"],
        ["july", "juli", "juillet", "julio", "luglio", "julho", "lipca", "июля", "temmuz"],
        ["august", "augustus", "augusti", "août", "aout", "agosto", "sierpnia", "августа", "ağustos"],
        [
            "september", "septembre", "septiembre", "setiembre", "settembre", "setembro", "września", "сентября",
            "eylül",
        ],
        ["october", "oktober", "octobre", "octubre", "ottobre", "outubro", "października", "октября", "ekim"],
        ["november", "novembre", "noviembre", "novembro", "listopada", "ноября", "kasım"],
        [
            "december", "dezember", "décembre", "decembre", "diciembre", "dicembre", "dezembro", "grudnia", "декабря",
            "aralık",
        ],
    ]
    /// ``monthNames`` as bytes.
    static let monthBytes = monthNames.map { $0.map { Array($0.utf8) } }
    static let weekdayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
}
