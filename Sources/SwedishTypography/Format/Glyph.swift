/// The special characters Swedish typography uses, spelled out once.
enum Glyph {
    /// U+00A0 NO-BREAK SPACE, the "hårt blanksteg" after `kl.`, `§` and between digit groups.
    static let noBreakSpace = "\u{00A0}"
    /// U+2013 EN DASH, for ranges (unspaced) and parenthetical dashes (spaced).
    static let enDash = "\u{2013}"
    /// U+201D RIGHT DOUBLE QUOTATION MARK, used at both ends of a Swedish quote.
    static let doubleQuote = "\u{201D}"
    /// U+2019 RIGHT SINGLE QUOTATION MARK, for nested quotes and apostrophes.
    static let singleQuote = "\u{2019}"
}
