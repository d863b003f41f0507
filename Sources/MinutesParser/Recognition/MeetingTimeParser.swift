import MinutesModel
import SwedishTypography

/// A date as written, possibly without a year ("Torsdag 5 september").
struct WrittenDate: Equatable {
    var year: Int?
    var month: Int
    var day: Int
    var weekday: Weekday?
    /// Set when the year was written with two digits or the order was ambiguous.
    var doubt: String?
}

/// The start and end of a meeting as written in a `Tid`/`Datum` field.
struct WrittenMeetingTime: Equatable {
    var startDate: WrittenDate?
    var startTime: LocalTime?
    var endDate: WrittenDate?
    var endTime: LocalTime?

    var isEmpty: Bool { startDate == nil && startTime == nil }
}

/// Reads Swedish date and time expressions: "Torsdag 5 september kl 12.00 - fredag 6 september kl 11.50",
/// "2019-09-05 kl. 12.00–16.30", "5 sept. 2019 klockan 19:30", "24-10-21".
enum MeetingTimeParser {
    private enum Token: Equatable {
        case word(String)
        case number(String)
        case separator
    }

    static func parse(_ text: String) -> WrittenMeetingTime {
        var result = WrittenMeetingTime()
        let tokens = tokenize(text)
        var afterSeparator = false
        var pendingWeekday: Weekday?
        var clockContext = false
        var i = 0
        func setDate(_ date: WrittenDate) {
            var d = date
            if d.weekday == nil { d.weekday = pendingWeekday }
            pendingWeekday = nil
            if result.startDate == nil && !afterSeparator { result.startDate = d } else if result.endDate == nil { result.endDate = d }
        }
        func setTime(_ time: LocalTime) {
            if result.startTime == nil && !afterSeparator {
                result.startTime = time
            } else if result.endTime == nil {
                result.endTime = time
            }
        }
        while i < tokens.count {
            switch tokens[i] {
            case .separator:
                if result.startDate != nil || result.startTime != nil { afterSeparator = true }
                clockContext = false
            case .word(let w):
                let lower = w.lowercased()
                if let weekday = SwedishCalendarNames.weekday(named: lower) {
                    pendingWeekday = weekday
                } else if lower == "kl" || lower == "kl." || lower == "klockan" {
                    clockContext = true
                } else if lower == "till" || lower == "to" {
                    if result.startDate != nil || result.startTime != nil { afterSeparator = true }
                }
            case .number(let n):
                if let date = isoDate(n) {
                    setDate(date)
                } else if let date = shortYearDate(n) {
                    setDate(date)
                } else if let date = slashDate(n, next: tokens.dropFirst(i + 1).first) {
                    setDate(date)
                    if date.year != nil, n.split(separator: "/").count == 2 { i += 1 }
                } else if let day = Int(n), (1...31).contains(day), let (month, used) = monthAfter(tokens, i + 1) {
                    var date = WrittenDate(year: nil, month: month, day: day)
                    i += used
                    if i + 1 < tokens.count, case .number(let y) = tokens[i + 1], y.count == 4, let year = Int(y) {
                        date.year = year
                        i += 1
                    }
                    setDate(date)
                } else if let times = timeRange(n, clock: clockContext) {
                    if let first = times.first { setTime(first) }
                    if times.count == 2 { afterSeparator = true; result.endTime = result.endTime ?? times[1] }
                    if n.hasSuffix("-") { afterSeparator = true }
                }
            }
            i += 1
        }
        return result
    }

    /// The month named right after a day number, skipping an ordinal ending ("20:e december"); and tokens used.
    private static func monthAfter(_ tokens: [Token], _ index: Int) -> (Int, Int)? {
        guard index < tokens.count, case .word(let word) = tokens[index] else { return nil }
        if let month = SwedishCalendarNames.month(named: word) { return (month, 1) }
        guard ["e", "a", ":e", ":a"].contains(word.lowercased()), index + 1 < tokens.count,
              case .word(let next) = tokens[index + 1], let month = SwedishCalendarNames.month(named: next) else { return nil }
        return (month, 2)
    }

    private static func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var current = ""
        var isNumber = false
        func flush() {
            guard !current.isEmpty else { return }
            if isNumber {
                var n = current
                while let last = n.last, last == "." || last == ":" { n.removeLast() }
                if n.hasPrefix("-") { tokens.append(.separator); n.removeFirst() }
                if !n.isEmpty { tokens.append(.number(n)) }
            } else {
                tokens.append(.word(current))
            }
            current = ""
        }
        for c in text {
            if c.isNumber, !isNumber, !current.isEmpty {
                current.append(c)  // "Q24", "B2": a room's name, never a time
                continue
            }
            if c.isNumber || ((c == "." || c == ":" || c == "/" || c == "-") && isNumber && !current.isEmpty) {
                if !isNumber { flush(); isNumber = true }
                current.append(c)
            } else if c.isLetter || (c == "." && !isNumber && !current.isEmpty) {
                if isNumber { flush(); isNumber = false }
                current.append(c)
            } else {
                flush()
                isNumber = false
                if c == "-" || c == "–" || c == "—" { tokens.append(.separator) }
            }
        }
        flush()
        return tokens
    }

    private static func isoDate(_ n: String) -> WrittenDate? {
        let parts = n.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              LocalDate(year: y, month: m, day: d) != nil else { return nil }
        return WrittenDate(year: y, month: m, day: d)
    }

    private static func shortYearDate(_ n: String) -> WrittenDate? {
        let parts = n.split(separator: "-")
        guard parts.count == 3, parts.allSatisfy({ $0.count == 2 }), let y = Int(parts[0]), let m = Int(parts[1]),
              let d = Int(parts[2]), LocalDate(year: 2000 + y, month: m, day: d) != nil else { return nil }
        return WrittenDate(year: 2000 + y, month: m, day: d, doubt: "two-digit year in \(n) read as \(2000 + y)")
    }

    /// "5/9", "05/09/19", "5/9 2019": day first, as Swedish writes it; always reported as ambiguous.
    private static func slashDate(_ n: String, next: Token?) -> WrittenDate? {
        let parts = n.split(separator: "/")
        guard (2...3).contains(parts.count), parts.allSatisfy({ (1...4).contains($0.count) }),
              let d = Int(parts[0]), let m = Int(parts[1]), (1...12).contains(m), (1...31).contains(d) else { return nil }
        var year: Int?
        if parts.count == 3, let y = Int(parts[2]) { year = parts[2].count == 2 ? 2000 + y : y }
        if parts.count == 2, case .number(let y)? = next, y.count == 4, let value = Int(y) { year = value }
        return WrittenDate(year: year, month: m, day: d, doubt: "date \(n) read as day \(d), month \(m)")
    }

    /// "12.00", "9:45", "12.00-16.30", and after "kl": "9", "9-12".
    private static func timeRange(_ n: String, clock: Bool) -> [LocalTime]? {
        var parts = n.split(separator: "-").map(String.init)
        guard (1...2).contains(parts.count) else { return nil }
        if parts.count == 2 && parts[1].isEmpty { parts.removeLast() }
        var times: [LocalTime] = []
        for part in parts {
            let hm = part.split(whereSeparator: { $0 == "." || $0 == ":" })
            if hm.count == 2, hm[1].count == 2, hm[0].count <= 2, let h = Int(hm[0]), let m = Int(hm[1]), let t = LocalTime(hour: h, minute: m) {
                times.append(t)
            } else if hm.count == 1, clock, hm[0].count <= 2, let h = Int(hm[0]), let t = LocalTime(hour: h, minute: 0) {
                times.append(t)
            } else {
                return nil
            }
        }
        return times.isEmpty ? nil : times
    }
}
