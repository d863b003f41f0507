import MinutesModel

/// Swedish month and weekday names, always lowercase as Swedish writes them.
public enum SwedishCalendarNames {
    /// "januari" … "december", index 0 = January.
    public static let months = [
        "januari", "februari", "mars", "april", "maj", "juni",
        "juli", "augusti", "september", "oktober", "november", "december",
    ]

    /// "måndag" … "söndag", index 0 = Monday.
    public static let weekdays = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]

    /// The month's name, e.g. `september`.
    public static func name(of month: Int) -> String { months[(month - 1 + 1200) % 12] }

    /// The weekday's name, e.g. `torsdag`.
    public static func name(of weekday: Weekday) -> String { weekdays[weekday.rawValue - 1] }

    /// The month number for a Swedish month name or common abbreviation ("sept", "okt.", "Maj"); nil otherwise.
    public static func month(named word: some StringProtocol) -> Int? {
        var w = word.lowercased()
        if w.hasSuffix(".") { w.removeLast() }
        if let index = months.firstIndex(of: w) { return index + 1 }
        switch w {
        case "jan": return 1
        case "feb": return 2
        case "apr": return 4
        case "aug": return 8
        case "sep", "sept": return 9
        case "okt": return 10
        case "nov": return 11
        case "dec": return 12
        default: return nil
        }
    }

    /// The weekday for a Swedish weekday name, also the definite "torsdagen"; nil otherwise.
    public static func weekday(named word: some StringProtocol) -> Weekday? {
        var w = word.lowercased()
        if w.hasSuffix("en") && w.count > 6 { w.removeLast(2) }
        guard let index = weekdays.firstIndex(of: w) else { return nil }
        return Weekday.allCases[index]
    }
}
