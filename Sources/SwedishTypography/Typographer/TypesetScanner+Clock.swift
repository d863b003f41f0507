/// A clock time found in the input: the hour digits and, when written, the minute digits.
struct ClockToken {
    /// The hour's digits, one or two.
    let hour: Range<Int>
    /// The minutes' two digits, when written.
    let minute: Range<Int>?
    /// The position just after the time.
    var end: Int { minute?.upperBound ?? hour.upperBound }
}

extension TypesetScanner {
    /// Clock rule: `kl 12.00`, `kl. 12:00`, `kl.12.00` → `kl.` + U+00A0 + `12.00`; `klockan 19:30` →
    /// `klockan 19.30`.
    ///
    /// The word must be exactly `kl` (any case; followed by a point and/or spaces) or `klockan`
    /// (followed by spaces). A colon between hour and minutes becomes a point, the hour keeps its
    /// written padding. A following `-` or `–`, spaced or not, and a second time make a range with an
    /// unspaced en dash (`kl 9.45 - 12.15` → `kl. 9.45–12.15`). Anything else after the dash is left for
    /// the dash rules. Returns the position after the phrase, or nil (nothing written) when it is not one.
    mutating func clock(wordStart a: Int, wordEnd b: Int) -> Int? {
        let isKl = matchesASCII(a..<b, "kl")
        guard isKl || matchesASCII(a..<b, "klockan") else { return nil }
        let afterPoint = isKl && at(b) == "." ? b + 1 : b
        let timeStart = skipSpaces(from: afterPoint)
        guard timeStart > b, let first = clockToken(at: timeStart) else { return nil }
        out.append(contentsOf: s[a..<b])
        if isKl {
            out.append(".")
            out.append("\u{00A0}")
        } else {
            out.append(contentsOf: s[b..<timeStart])
        }
        appendTime(first)
        guard let second = rangeEnd(after: first.end), endsToken(at: second.end) else { return first.end }
        out.append("\u{2013}")
        appendTime(second)
        return second.end
    }

    /// The time after a range dash (spaced or not) following position `k`, if one is there.
    func rangeEnd(after k: Int) -> ClockToken? {
        let dash = skipSpaces(from: k)
        guard let mark = at(dash), mark.isRangeDash else { return nil }
        return clockToken(at: skipSpaces(from: dash + 1))
    }

    /// Parses `H`, `HH`, `H.MM`, `HH:MM` … at `p`: hour ≤ 24, minutes 00–59, and no letter, digit or
    /// `/` (nor a point or colon before a digit) right after; a dash may follow (a range).
    func clockToken(at p: Int) -> ClockToken? {
        let hourEnd = digitRunEnd(from: p)
        guard (1...2).contains(hourEnd - p), value(p..<hourEnd) <= 24 else { return nil }
        var token = ClockToken(hour: p..<hourEnd, minute: nil)
        if let sep = at(hourEnd), sep == "." || sep == ":", at(hourEnd + 1)?.isASCIIDigit == true {
            let minuteEnd = digitRunEnd(from: hourEnd + 1)
            guard minuteEnd - hourEnd == 3, value(hourEnd + 1..<minuteEnd) <= 59 else { return nil }
            token = ClockToken(hour: p..<hourEnd, minute: hourEnd + 1..<minuteEnd)
        }
        return at(token.end) == "-" || endsToken(at: token.end) ? token : nil
    }

    /// Writes a time as `H.MM` (or just `H`), with the hour as written.
    mutating func appendTime(_ token: ClockToken) {
        out.append(contentsOf: s[token.hour])
        guard let minute = token.minute else { return }
        out.append(".")
        out.append(contentsOf: s[minute])
    }

    /// Whether a number token may end at `k`: no letter, digit, `/` or `-` follows, nor a point,
    /// comma or colon that is followed by a digit.
    func endsToken(at k: Int) -> Bool {
        guard let c = at(k) else { return true }
        if c.isWordCharacter || c == "/" || c == "-" { return false }
        if c == "." || c == "," || c == ":" { return at(k + 1)?.isASCIIDigit != true }
        return true
    }
}
