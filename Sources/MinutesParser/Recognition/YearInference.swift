import MinutesModel
import SwedishTypography

/// Chooses the year of a date written without one ("Torsdag 5 september"), from the years the text mentions.
enum YearInference {
    /// Four-digit years 1900–2099 that stand alone in `text` (and in the file name), with how often each occurs.
    static func mentionedYears(in text: String, sourceName: String?) -> [Int: Int] {
        var counts: [Int: Int] = [:]
        func scan(_ s: String, weight: Int) {
            var digits = 0, value = 0, previousIsWordChar = false
            var candidateStartsClean = true
            for scalar in s.unicodeScalars {
                let isDigit = scalar.value >= 48 && scalar.value <= 57
                if isDigit {
                    if digits == 0 { candidateStartsClean = !previousIsWordChar }
                    digits += 1
                    // Only four-digit runs matter; longer ones must not overflow.
                    if digits <= 4 { value = value * 10 + Int(scalar.value - 48) }
                } else {
                    let isLetter = YearInference.isLetter(scalar)
                    if digits == 4, candidateStartsClean, !isLetter, (1900...2099).contains(value) {
                        counts[value, default: 0] += weight
                    }
                    digits = 0; value = 0
                    previousIsWordChar = isLetter
                }
            }
            if digits == 4, candidateStartsClean, (1900...2099).contains(value) { counts[value, default: 0] += weight }
        }
        scan(text, weight: 1)
        if let name = sourceName { scan(name, weight: 5) }
        return counts
    }

    /// A letter, with an ASCII fast path (Unicode property lookups are slow on Linux).
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) }
        return scalar.properties.isAlphabetic
    }

    /// The chosen year and a sentence saying why, or nil when no year fits.
    static func infer(month: Int, day: Int, weekday: Weekday?, mentioned: [Int: Int]) -> (year: Int, reason: String, certain: Bool)? {
        let dayText = "\(day) \(SwedishCalendarNames.name(of: month))"
        let ranked = mentioned.sorted { ($0.value, -$0.key) > ($1.value, -$1.key) }.map(\.key)
        guard let weekday else {
            guard let best = ranked.first, LocalDate(year: best, month: month, day: day) != nil else { return nil }
            return (best, "year \(best) assumed for \(dayText): the year the text mentions most", false)
        }
        let weekdayName = SwedishCalendarNames.name(of: weekday)
        let fitting = ranked.filter { LocalDate(year: $0, month: month, day: day)?.weekday == weekday }
        if let best = fitting.first {
            let others = fitting.count > 1 ? " (also fits: \(fitting.dropFirst().map(String.init).joined(separator: ", ")))" : ""
            return (best, "year \(best) inferred for \(dayText): a \(weekdayName) in \(best), a year the text mentions\(others)", fitting.count == 1)
        }
        guard let anchor = ranked.first else { return nil }
        for distance in 1...7 {
            for year in [anchor - distance, anchor + distance] where LocalDate(year: year, month: month, day: day)?.weekday == weekday {
                return (year, "year \(year) guessed for \(dayText): the nearest year to \(anchor) in which it is a \(weekdayName)", false)
            }
        }
        return nil
    }
}
