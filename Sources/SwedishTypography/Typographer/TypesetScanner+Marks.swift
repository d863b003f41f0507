extension TypesetScanner {
    /// Section-sign rule: `§3`, `§ 3` → `§` + U+00A0 + `3`; `§§ 1-5` → `§§` + U+00A0 + `1–5`.
    ///
    /// Any inline spaces between the sign(s) and a following digit become one no-break space; the
    /// numbers themselves go through the number rules.
    mutating func section() {
        let start = i
        var end = i
        while at(end) == "§" { end += 1 }
        out.append(contentsOf: s[start..<end])
        let digit = skipSpaces(from: end)
        if at(digit)?.isASCIIDigit == true {
            out.append("\u{00A0}")
            i = digit
        } else {
            i = end
        }
    }

    /// Dash rules for a hyphen-minus not already taken by a range.
    ///
    /// - Parenthetical dash: ` - ` between two words on one line becomes ` – `; a hyphen that starts a
    ///   line (after optional indentation), as in a list, stays.
    /// - Calendar-word range: `april-sept`, `maj-juni`, `mån-fre` get an unspaced en dash when both
    ///   sides are whole Swedish month or weekday names or abbreviations; other compounds
    ///   (`Lise-Lott`, `e-post`, `IT-stöd`, `Maj-Britt`) keep their hyphen.
    mutating func hyphen() {
        if isParenthetical(at: i) || isCalendarRange(at: i) {
            emit("\u{2013}")
        } else {
            emit("-")
        }
    }

    /// Whether the hyphen at `k` stands alone between spaces inside a line, after some text.
    func isParenthetical(at k: Int) -> Bool {
        guard at(k - 1)?.isInlineSpace == true, at(k + 1)?.isInlineSpace == true else { return false }
        var back = k - 1
        while let c = at(back), c.isInlineSpace || c == "\t" { back -= 1 }
        guard let before = at(back), !before.isLineBreak else { return false }
        guard let after = at(skipSpaces(from: k + 1)) else { return false }
        return !after.isLineBreak
    }

    /// Whether the hyphen at `k` joins two month or weekday words (the left one may end in a point).
    func isCalendarRange(at k: Int) -> Bool {
        let leftEnd = at(k - 1) == "." ? k - 2 : k - 1
        guard at(leftEnd)?.isWordLetter == true, at(k + 1)?.isWordLetter == true else { return false }
        let leftStart = letterRunStart(endingAt: leftEnd)
        let rightEnd = letterRunEnd(from: k + 1)
        if let c = at(leftStart - 1), c.isASCIIDigit || c == "-" { return false }
        if let c = at(rightEnd), c.isASCIIDigit || c == "-" { return false }
        return TypesetWords.isCalendarWord(s[leftStart...leftEnd]) && TypesetWords.isCalendarWord(s[(k + 1)..<rightEnd])
    }
}
