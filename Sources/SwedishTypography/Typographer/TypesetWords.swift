/// The word lists the typographer's heuristics consult, all lowercase.
enum TypesetWords {
    /// Words after which `2 - 7` (spaced) is a range: items, pages, paragraphs, years.
    static let rangeKeywords: Set<String> = [
        "punkt", "punkter", "punkterna", "p", "s", "sid", "sida", "sidan", "sidor", "sidorna",
        "paragraf", "paragraferna", "kap", "kapitel", "år", "åren", "mellan",
    ]

    /// Labels after which a number is a registry identifier, never a range.
    static let registryLabels: Set<String> = ["dnr", "diarienr", "diarienummer", "ärendenr", "ärendenummer"]

    /// Labels after which a long number is an identifier that must not be grouped.
    static let numberLabels: Set<String> = registryLabels.union([
        "nr", "nummer", "orgnr", "organisationsnummer", "tel", "telefon", "mobil", "fax",
        "bg", "bankgiro", "pg", "plusgiro", "ocr", "konto", "kontonummer", "postnummer", "personnummer",
    ])

    /// Units after which a number is an amount and grouped in threes (`1 500 000 kr`).
    static let amountUnits: Set<String> = [
        "kr", "kronor", "kronors", "tkr", "mkr", "mnkr", "mdkr", "msek", "sek", "eur", "euro", "procent", "usd",
    ]

    /// Weekday abbreviations used in ranges like `mån-fre`.
    static let weekdayAbbreviations: Set<String> = ["mån", "tis", "ons", "tor", "tors", "fre", "lör", "sön"]

    /// Whether the letters are a Swedish month or weekday name or abbreviation, in any case.
    static func isCalendarWord(_ letters: ArraySlice<Unicode.Scalar>) -> Bool {
        guard letters.count <= 10 else { return false }
        let word = String(String.UnicodeScalarView(letters)).lowercased()
        return SwedishCalendarNames.month(named: word) != nil
            || SwedishCalendarNames.weekday(named: word) != nil
            || weekdayAbbreviations.contains(word)
    }
}
