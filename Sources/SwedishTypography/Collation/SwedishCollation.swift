/// Sorts names in Swedish alphabetical order (SAOL 13 and later: v and w are separate letters).
///
/// Order: spaces, then punctuation and symbols, then digits, then a–z with w after v, then å ä ö,
/// then other scripts. `ü` sorts as `y`, `æ` as `ä`, `ø` as `ö`, and other accented Latin letters as
/// their base letter (`é` as `e`). Ties are broken first by accents (unaccented first), then by case
/// (lowercase first), then by code points, so the order is total.
public enum SwedishCollation {
    /// Whether `a` sorts before `b` in Swedish order.
    public static func areInIncreasingOrder(_ a: String, _ b: String) -> Bool {
        CollationKey(a) < CollationKey(b)
    }

    /// The names in Swedish order (each key computed once).
    public static func sorted(_ names: [String]) -> [String] {
        names.map { (CollationKey($0), $0) }.sorted { $0.0 < $1.0 }.map(\.1)
    }
}
