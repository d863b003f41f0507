/// Writes digit runs in groups of three separated by U+00A0.
enum NumberGrouping {
    /// The group separator: U+00A0 NO-BREAK SPACE (see `SwedishFormat.groupedNumber`).
    static let separator: Unicode.Scalar = "\u{00A0}"

    /// Appends `digits` grouped in threes from the right, `71263221` → `71 263 221`.
    static func appendGrouped(_ digits: ArraySlice<Unicode.Scalar>, to out: inout String.UnicodeScalarView) {
        var remaining = digits.count
        for digit in digits {
            out.append(digit)
            remaining -= 1
            if remaining > 0 && remaining % 3 == 0 { out.append(separator) }
        }
    }
}

extension Unicode.Scalar {
    /// Whether this is one of the ASCII digits 0–9.
    var isASCIIDigit: Bool { value >= 0x30 && value <= 0x39 }
}
