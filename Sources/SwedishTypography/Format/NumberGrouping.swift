/// Writes digit runs in groups of three separated by U+00A0.
enum NumberGrouping {
    /// The group separator: U+00A0 NO-BREAK SPACE (see `SwedishFormat.groupedNumber`).
    static let separator: Unicode.Scalar = "\u{00A0}"

    /// Appends `digits` grouped in threes from the right, `71263221` → `71 263 221`.
    static func appendGrouped(_ digits: ArraySlice<Unicode.Scalar>, to out: inout [Unicode.Scalar]) {
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

extension String {
    /// A string from an array of scalars, encoded in one go.
    init(scalars: [Unicode.Scalar]) {
        var utf8: [UInt8] = []
        utf8.reserveCapacity(scalars.count + scalars.count / 4)
        for scalar in scalars {
            UTF8.encode(scalar) { utf8.append($0) }
        }
        self.init(decoding: utf8, as: UTF8.self)
    }
}
