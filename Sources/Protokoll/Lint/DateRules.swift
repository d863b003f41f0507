import SwedishTypography

/// Dates in the text that cannot be right: a year far from the meeting's, a weekday that does not match its date.
enum DateRules {
    /// A written year this many years after the meeting is taken for a typo ("december 2109" in a 2019 protocol).
    static let farFuture = 20
    /// Years before this are taken for a typo too.
    static let earliestYear = 1900

    static func findings(_ minutes: Minutes, _ text: LintText) -> [Diagnostic] {
        let meetingYear = minutes.meta.start?.date.year
        var findings: [Diagnostic] = []
        for index in text.lines.indices {
            let words = text.words(ofLine: index)
            for (position, word) in words.enumerated() {
                let location = SourceLocation(line: index + 1, column: word.column)
                if let meetingYear, let (year, written) = writtenYear(at: position, in: words),
                   year - meetingYear > farFuture || year < earliestYear {
                    let distance = year > meetingYear ? "\(year - meetingYear) years after" : "\(meetingYear - year) years before"
                    findings.append(Diagnostic(.warning, "far-year",
                        "“\(written)” is \(distance) the meeting (\(meetingYear)); is the year mistyped?", at: location))
                }
                if let finding = weekdayMismatch(at: position, in: words, meetingYear: meetingYear, location: location) {
                    findings.append(finding)
                }
            }
        }
        return findings
    }

    /// A year written as part of a date: "[day] month year" starting at the month, or an ISO date.
    private static func writtenYear(at position: Int, in words: [LintText.Word]) -> (Int, String)? {
        let word = words[position].text
        if SwedishCalendarNames.month(named: word) != nil, position + 1 < words.count,
           let year = fourDigits(words[position + 1].text) {
            return (year, word + " " + words[position + 1].text)
        }
        if let date = LocalDate(iso: word), word.count == 10 { return (date.year, word) }
        return nil
    }

    /// "torsdag [den] 5 september [2019]" whose date falls on another weekday. Without a year, any year next to
    /// the meeting's that fits is accepted.
    private static func weekdayMismatch(
        at position: Int, in words: [LintText.Word], meetingYear: Int?, location: SourceLocation
    ) -> Diagnostic? {
        guard let weekday = SwedishCalendarNames.weekday(named: words[position].text) else { return nil }
        var next = position + 1
        if next < words.count, words[next].text.lowercased() == "den" { next += 1 }
        guard next + 1 < words.count, let day = Int(words[next].text), (1...31).contains(day),
              let month = SwedishCalendarNames.month(named: words[next + 1].text) else { return nil }
        let writtenYear = next + 2 < words.count ? fourDigits(words[next + 2].text) : nil
        let years: [Int]
        if let writtenYear {
            years = [writtenYear]
        } else if let meetingYear {
            years = [meetingYear, meetingYear + 1, meetingYear - 1]
        } else {
            return nil
        }
        let dates = years.compactMap { LocalDate(year: $0, month: month, day: day) }
        guard let first = dates.first, !dates.contains(where: { $0.weekday == weekday }) else { return nil }
        let written = words[position...(next + 1 + (writtenYear == nil ? 0 : 1))].map(\.text).joined(separator: " ")
        return Diagnostic(.warning, "wrong-weekday",
            "“\(written)”: \(day) \(SwedishCalendarNames.name(of: month)) \(first.year) is a \(SwedishCalendarNames.name(of: first.weekday))",
            at: location)
    }

    private static func fourDigits(_ text: String) -> Int? {
        text.count == 4 && text.allSatisfy(\.isASCII) ? Int(text) : nil
    }
}
