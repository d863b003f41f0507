extension TypesetScanner {
    /// Bare time-range rule: `12.00-16.30`, `9:00 - 12:00` → `12.00–16.30`, `9:00–12:00`.
    ///
    /// Both sides must be full times (hour ≤ 24, two-digit minutes) with the same separator; only the
    /// dash changes (a colon becomes a point only after `kl`/`klockan`).
    mutating func timeRange(_ a: Int, _ b: Int) -> Int? {
        guard b - a <= 2, let sep = at(b), sep == "." || sep == ":", startsToken(at: a, forRange: true),
              let first = clockToken(at: a), first.minute != nil,
              let second = rangeEnd(after: first.end), let minute = second.minute, s[minute.lowerBound - 1] == sep,
              endsToken(at: second.end)
        else { return nil }
        out.append(contentsOf: s[a..<first.end])
        out.append("\u{2013}")
        out.append(contentsOf: s[second.hour.lowerBound..<second.end])
        return second.end
    }

    /// Number-range rule: `2-7` → `2–7`, `1996-2001` → `1996–2001`, `punkt 2 - 7` → `punkt 2–7`.
    ///
    /// Heuristics, all of which must hold:
    /// - both sides are 1–4 ASCII digits; the token is bounded by neither letters, digits, `/` nor
    ///   dashes, nor by a point, comma or colon next to a digit (ISO dates `2019-09-05`,
    ///   `KS 2017/97-04`, personnummer `19800101-1234`, decimals, times stay);
    /// - no side has a leading zero and two or more digits (`08-123 456 78`, `070-123 45 67`,
    ///   `S 2019-0043`, year-month `2019-09`);
    /// - the range increases (`Dnr 2235-2014` stays), except a four-digit year followed by two
    ///   later digits (`1996-97`);
    /// - it is not preceded by `Dnr`/`dnr`/`diarienummer`, nor (for a four-digit left side) by a
    ///   code of 1–5 capital letters and one space (`KS 2019-1043`, `BN 2020-2101`);
    /// - a spaced dash (`-` or `–`) only counts after `punkt`, `§`/`§§`, `s.`, `sid.`, `sidan`, `år`
    ///   and similar words; elsewhere it is a parenthetical dash for the dash rule.
    mutating func numberRange(_ a: Int, _ b: Int) -> Int? {
        guard b - a <= 4 else { return nil }
        let rightStart: Int
        if at(b) == "-", at(b + 1)?.isASCIIDigit == true {
            rightStart = b + 1
        } else {
            let dash = skipSpaces(from: b)
            guard dash > b, let mark = at(dash), mark.isRangeDash else { return nil }
            let next = skipSpaces(from: dash + 1)
            guard next > dash + 1, at(next)?.isASCIIDigit == true, hasRangeKeyword(before: a) else { return nil }
            rightStart = next
        }
        let rightEnd = digitRunEnd(from: rightStart)
        guard rightEnd - rightStart <= 4, startsToken(at: a, forRange: true), endsToken(at: rightEnd),
              !hasLeadingZero(a..<b), !hasLeadingZero(rightStart..<rightEnd),
              isIncreasing(a..<b, rightStart..<rightEnd), !isIdentifier(before: a, leftDigits: b - a)
        else { return nil }
        out.append(contentsOf: s[a..<b])
        out.append("\u{2013}")
        out.append(contentsOf: s[rightStart..<rightEnd])
        return rightEnd
    }

    /// Whether a number token may start at `k`: no letter or `/` (and, for ranges, no dash; for
    /// groups, no hyphen or colon) precedes, nor a point, comma or colon after a digit.
    func startsToken(at k: Int, forRange: Bool) -> Bool {
        guard let c = at(k - 1) else { return true }
        if c.isWordCharacter || c == "/" || c == "-" { return false }
        if forRange && c == "\u{2013}" { return false }
        if c == "." || c == "," || c == ":" { return at(k - 2)?.isASCIIDigit != true && (forRange || c != ":") }
        return true
    }

    /// Whether the digits have a leading zero and at least two digits.
    func hasLeadingZero(_ range: Range<Int>) -> Bool { range.count >= 2 && s[range.lowerBound] == "0" }

    /// Whether `left`–`right` reads as an increasing range (or a year range like `1996-97`).
    func isIncreasing(_ left: Range<Int>, _ right: Range<Int>) -> Bool {
        let l = value(left), r = value(right)
        return l < r || (left.count == 4 && right.count == 2 && r > l % 100)
    }

    /// Whether the word before `k` introduces a range (`punkt`, `§§`, `s.`, `sidorna`, `åren` …).
    func hasRangeKeyword(before k: Int) -> Bool {
        let p = skipSpacesBackward(from: k - 1)
        if at(p) == "§" { return true }
        guard let word = previousWord(before: p + 1, skipping: ["."]) else { return false }
        return TypesetWords.rangeKeywords.contains(word)
    }

    /// Whether the number at `k` is part of a diarienummer or similar identifier.
    func isIdentifier(before k: Int, leftDigits: Int) -> Bool {
        if let word = previousWord(before: k, skipping: [".", ":"]), TypesetWords.registryLabels.contains(word) {
            return true
        }
        guard leftDigits == 4, at(k - 1) == " " || at(k - 1) == "\u{00A0}", at(k - 2)?.isWordLetter == true else {
            return false
        }
        let codeStart = letterRunStart(endingAt: k - 2)
        return (1...5).contains(k - 1 - codeStart) && s[codeStart..<(k - 1)].allSatisfy(\.properties.isUppercase)
    }
}
