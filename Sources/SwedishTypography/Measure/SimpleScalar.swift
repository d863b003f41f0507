/// Scalars that take one column, never join a neighbour in a grapheme cluster and never break a line: the
/// letters and punctuation of nearly all Swedish text. Text made only of these (and ASCII) can be measured and
/// wrapped scalar by scalar, without grapheme breaking; anything else takes the exact, slower way.
enum SimpleScalar {
    /// Whether `v` (not ASCII) is one: Latin-1 and Latin Extended (U+00A0–U+02FF, not the soft hyphen), dashes,
    /// quotes, bullets and the ellipsis (U+2010–U+2027), the narrow no-break space, per mille to U+205E, and
    /// the currency signs.
    static func isSimple(_ v: UInt32) -> Bool {
        ((0xA0...0x2FF).contains(v) && v != 0xAD) || (0x2010...0x2027).contains(v) || v == 0x202F || (0x2030...0x205E).contains(v)
            || (0x20A0...0x20BF).contains(v)
    }
}
