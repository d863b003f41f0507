extension TypesetScanner {
    /// Number-grouping rule: `1500000 kr` → `1 500 000 kr`, `12345,5 %` → `12 345,5 %` (U+00A0).
    ///
    /// Only amounts are grouped: an amount unit (`kr`, `tkr`, `mnkr`, `kronor`, `%`, `:-` …) follows, or the
    /// text is a cell of a column of amounts (`groupsEveryNumber`); an invoice, customer or case number, an
    /// 8-digit date or any other bare number is data and stays as written. Only integers of five or more
    /// digits without a leading zero are grouped (four-digit numbers and years never are). The number must not touch a letter, `/`, `-` or `:` (except the price
    /// mark `:-`), nor a point or colon next to a digit; a decimal comma after it is fine, a digit
    /// run after a decimal comma is not grouped. Numbers next to another digit group across a space
    /// (already grouped, phone numbers), after `§`, or after a label such as `Dnr`, `nr`, `tel`
    /// are left alone.
    func isGroupable(_ a: Int, _ b: Int) -> Bool {
        guard b - a >= 5, s[a] != "0", startsToken(at: a, forRange: false) else { return false }
        guard groupsEveryNumber || isFollowedByAmountUnit(b) else { return false }
        if let c = at(b) {
            if c.isWordCharacter || c == "/" || c == "-" { return false }
            let next = at(b + 1)
            if c == ":" && next != "-" { return false }
            if c == "." && next?.isASCIIDigit == true { return false }
            if c.isInlineSpace && next?.isASCIIDigit == true { return false }
        }
        if let c = at(a - 1), c.isInlineSpace, at(a - 2)?.isASCIIDigit == true { return false }
        if at(skipSpacesBackward(from: a - 1)) == "§" { return false }
        if let word = previousWord(before: a, skipping: [".", ":"]), TypesetWords.numberLabels.contains(word) {
            return false
        }
        return true
    }
}

extension TypesetScanner {
    /// Whether an amount unit follows the digits ending at `b`, after an optional decimal part and spaces.
    func isFollowedByAmountUnit(_ b: Int) -> Bool {
        var p = b
        if at(p) == ",", at(p + 1)?.isASCIIDigit == true { p = digitRunEnd(from: p + 1) }
        // The first number of a range of amounts, "10000–20000 kr".
        if let dash = at(p), dash.isRangeDash, at(p + 1)?.isASCIIDigit == true {
            p = digitRunEnd(from: p + 1)
            if at(p) == ",", at(p + 1)?.isASCIIDigit == true { p = digitRunEnd(from: p + 1) }
        }
        if at(p) == ":", at(p + 1) == "-" { return true }
        p = skipSpaces(from: p)
        guard let c = at(p) else { return false }
        if c == "%" || c == "€" || c == "$" || c == "£" { return true }
        guard c.isWordLetter else { return false }
        let end = letterRunEnd(from: p)
        guard end - p <= 8 else { return false }
        return TypesetWords.amountUnits.contains(String(String.UnicodeScalarView(s[p..<end])).lowercased())
    }

    /// The end of a URL, e-mail address or file name starting at `k` (a token up to the next space), or nil when
    /// the token is prose.
    func verbatimTokenEnd(from k: Int) -> Int? {
        let end = firstIndex(from: k) { !$0.isTokenSeparator }
        guard end - k >= 4 else { return nil }
        let token = s[k..<end]
        if token.contains("@") || token.contains("_") || token.contains("\\") { return end }
        // A percent-escape ("%20"): part of a URL or file name.
        if let percent = token.firstIndex(of: "%"), percent + 2 < end, at(percent + 1)?.isHexDigit == true,
           at(percent + 2)?.isHexDigit == true {
            return end
        }
        // "://" or "www." anywhere: a URL.
        for j in token.indices {
            if j >= k + 2, s[j - 2] == ":", s[j - 1] == "/", s[j] == "/" { return end }
            if j >= k + 3, s[j] == ".", s[j - 3].asciiLowercased == "w", s[j - 2].asciiLowercased == "w", s[j - 1].asciiLowercased == "w" { return end }
        }
        // A file name: ends in "." and 2–4 ASCII letters (trailing punctuation aside), a letter or digit before.
        var last = end
        while last > k, let c = at(last - 1), c == "." || c == "," || c == ")" || c == ";" || c == ":" || c == "!" || c == "?" { last -= 1 }
        let letters = lastIndex(atOrBefore: last - 1) { $0.isASCIILetter }
        let extensionLength = last - 1 - letters
        if (2...4).contains(extensionLength), at(letters) == ".", letters > k, at(letters - 1)?.isWordCharacter == true {
            return end
        }
        return nil
    }
}
