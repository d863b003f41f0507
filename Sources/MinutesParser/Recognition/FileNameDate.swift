import MinutesModel

/// The meeting date a file name carries when the text gives none: "arbetsmote_2020-03-06.md", "protokoll_20200306",
/// "styrelsemote_210929" (YYMMDD, read as 20YY).
enum FileNameDate {
    static func date(in sourceName: String?) -> LocalDate? {
        guard let sourceName else { return nil }
        let stem = sourceName.split(separator: "/").last.map(String.init) ?? sourceName
        let characters = Array(stem)
        // Runs of digits and dashes, each read as a date when its shape is one.
        var runs: [String] = []
        var current = ""
        for character in characters {
            if character.isASCII && (character.isNumber || character == "-") {
                current.append(character)
            } else {
                if !current.isEmpty { runs.append(current) }
                current = ""
            }
        }
        if !current.isEmpty { runs.append(current) }
        for run in runs {
            if let date = date(of: run.split(separator: "-").map(String.init)) { return date }
        }
        return nil
    }

    private static func date(of parts: [String]) -> LocalDate? {
        for (index, part) in parts.enumerated() {
            if part.count == 4, index + 2 < parts.count, parts[index + 1].count == 2, parts[index + 2].count == 2,
               let year = Int(part), let month = Int(parts[index + 1]), let day = Int(parts[index + 2]), (1990...2099).contains(year) {
                return LocalDate(year: year, month: month, day: day)
            }
            let digits = Array(part)
            if digits.count == 8, let year = Int(String(digits[0..<4])), (1990...2099).contains(year),
               let month = Int(String(digits[4..<6])), let day = Int(String(digits[6..<8])) {
                return LocalDate(year: year, month: month, day: day)
            }
            if digits.count == 6, let year = Int(String(digits[0..<2])), let month = Int(String(digits[2..<4])), let day = Int(String(digits[4..<6])) {
                return LocalDate(year: 2000 + year, month: month, day: day)
            }
        }
        return nil
    }
}
