/// Recognises agenda item headings: "1. Incheckning", "§ 10 Val av justerare", "10 a. Balansräkning", "Punkt 3: Övrigt".
struct ItemHeading: Equatable {
    var number: Int
    var suffix: String?
    var usesParagraphSign: Bool
    var title: String

    init?(_ text: String) {
        var s = Substring(text.trimmingSpaces)
        var sign = false
        var explicit = false
        if s.hasPrefix("§") || ItemHeading.startsWithDamagedSign(s) {
            sign = true; explicit = true
            while s.first == "§" || s.first == "\u{FFFD}" { s.removeFirst() }
        } else if s.lowercased().hasPrefix("punkt ") {
            explicit = true
            s = s.dropFirst(6)
        }
        s = s.drop(while: { $0 == " " || $0 == "\u{00A0}" || $0 == "\u{FFFD}" })
        let digits = s.prefix(while: { $0.isASCII && $0.isNumber })
        guard (1...4).contains(digits.count), let number = Int(digits) else { return nil }
        s = s.dropFirst(digits.count)
        var suffix: String?
        // "10 a." / "10a)" / "10 a " : a single letter directly after the number.
        let afterSpace = s.drop(while: { $0 == " " })
        if let letter = afterSpace.first, letter.isLetter, letter.isLowercase, afterSpace.count >= 2 {
            let next = afterSpace[afterSpace.index(after: afterSpace.startIndex)]
            if next == "." || next == ")" || (next == " " && (explicit || afterSpace.dropFirst(2).first?.isUppercase == true)) {
                suffix = String(letter)
                s = afterSpace.dropFirst()
            }
        }
        var punctuated = false
        if let p = s.first, p == "." || p == ")" || p == ":" {
            punctuated = true
            s.removeFirst()
        } else if let p = s.first, p == "-" || p == "–", explicit {
            s.removeFirst()
        }
        guard explicit || punctuated else { return nil }
        // "2019-09-05" and "5.9" are dates, not items.
        if let next = s.first, next.isNumber { return nil }
        let title = s.trimmingSpaces
        let rest = title.drop(while: { $0 == "-" || $0 == "–" || $0 == " " })
        guard !rest.isEmpty || sign, rest.first?.isLetter ?? true || rest.first == "\"" || rest.first == "”" || rest.first == "\u{FFFD}" else { return nil }
        self.number = number
        self.suffix = suffix
        self.usesParagraphSign = sign
        self.title = String(rest)
    }

    /// "\u{FFFD}1 Mötet öppnas": a § lost to a wrong encoding, directly before the number.
    static func startsWithDamagedSign(_ s: Substring) -> Bool {
        guard s.first == "\u{FFFD}", let next = s.dropFirst().first else { return false }
        return next.isASCII && next.isNumber
    }
}
