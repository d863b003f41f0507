extension TypesetScanner {
    /// Number-grouping rule: `71263221` → `71 263 221`, `12345,5` → `12 345,5` (U+00A0).
    ///
    /// Only integers of five or more digits without a leading zero are grouped (four-digit numbers
    /// and years never are). The number must not touch a letter, `/`, `-` or `:` (except the price
    /// mark `:-`), nor a point or colon next to a digit; a decimal comma after it is fine, a digit
    /// run after a decimal comma is not grouped. Numbers next to another digit group across a space
    /// (already grouped, phone numbers), after `§`, or after a label such as `Dnr`, `nr`, `tel`
    /// are left alone.
    func isGroupable(_ a: Int, _ b: Int) -> Bool {
        guard b - a >= 5, s[a] != "0", startsToken(at: a, forRange: false) else { return false }
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
