import MinutesModel

extension SwedishFormat {
    /// Agenda item ranges as `punkt 2, 4–5` or `§§` + U+00A0 + `1–5, 7`; empty input gives "".
    ///
    /// The ranges are written in the order given. With `.paragraf` a single paragraph takes `§`,
    /// anything more `§§`.
    public static func itemRanges(_ ranges: [ItemRange], unit: PresenceUnit) -> String {
        guard !ranges.isEmpty else { return "" }
        let list = ranges.map(rangeText).joined(separator: ", ")
        switch unit {
        case .punkt:
            return "punkt " + list
        case .paragraf:
            let single = ranges.count == 1 && ranges[0].from == ranges[0].to
            return (single ? "§" : "§§") + Glyph.noBreakSpace + list
        }
    }

    /// A paragraph range, `§§` + U+00A0 + `163–184`, or `§` + U+00A0 + `163` when both ends are equal.
    public static func paragraphRange(from: Int, to: Int) -> String {
        itemRanges([ItemRange(from: from, to: to)], unit: .paragraf)
    }

    /// Groups the integer part of a plain number in threes: `12345,5` → `12` + U+00A0 + `345,5`.
    ///
    /// The separator is U+00A0 NO-BREAK SPACE rather than U+202F NARROW NO-BREAK SPACE: every office
    /// suite and font renders U+00A0 as the "hårt blanksteg" Swedish style guides ask for, while U+202F
    /// is missing from some fonts. Integer parts shorter than `minimumDigits` (default 5, so four-digit
    /// numbers such as years stay whole) are returned unchanged, as is anything that is not an optional
    /// sign, digits, and an optional decimal part after `,` or `.`.
    public static func groupedNumber(_ digits: String, minimumDigits: Int = 5) -> String {
        let scalars = Array(digits.unicodeScalars)
        var start = 0
        if let first = scalars.first, first == "-" || first == "+" || first == "\u{2212}" { start = 1 }
        var end = start
        while end < scalars.count, scalars[end].isASCIIDigit { end += 1 }
        let rest = scalars[end...]
        let validRest = rest.isEmpty
            || ((rest.first == "," || rest.first == ".") && rest.count > 1 && rest.dropFirst().allSatisfy(\.isASCIIDigit))
        guard end - start >= max(minimumDigits, 1), validRest else { return digits }
        var out: [Unicode.Scalar] = []
        out.append(contentsOf: scalars[..<start])
        NumberGrouping.appendGrouped(scalars[start..<end], to: &out)
        out.append(contentsOf: rest)
        return String(scalars: out)
    }

    /// One range as `2` or `2–7`.
    static func rangeText(_ range: ItemRange) -> String {
        range.from == range.to ? "\(range.from)" : "\(range.from)\(Glyph.enDash)\(range.to)"
    }
}
