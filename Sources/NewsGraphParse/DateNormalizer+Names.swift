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
    /// The month (1–12) of every beginning of three letters or more of a spelling in
    /// ``monthNames``, or 0 for one that two months share (`jui`).
    static let monthsByPrefix: [String: Int] = {
        var months: [String: Int] = [:]
        for (number, spellings) in monthNames.enumerated() {
            for spelling in spellings where spelling.count >= 3 {
                for length in 3...spelling.count {
                    let prefix = String(spelling.prefix(length))
                    if let known = months[prefix], known != number + 1 {
                        months[prefix] = 0
                    } else {
                        months[prefix] = number + 1
                    }
                }
            }
        }
        return months
    }()
    static let weekdayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
}
