/// The weights of one collation element.
struct CollationWeight: Sendable {
    /// Which letter, digit or class.
    let primary: UInt32
    /// The accent (0 = none).
    let secondary: UInt32
    /// Whether the scalar is uppercase or titlecase.
    let uppercase: Bool
}

/// Per-scalar weights for Swedish collation.
enum CollationWeights {
    /// Primary weight of spaces.
    static let space: UInt32 = 1
    /// Primary weight of punctuation and symbols (told apart only by the code-point tie-break).
    static let punctuation: UInt32 = 2
    /// Primary weight of the digit 0; 1–9 follow.
    static let digitZero: UInt32 = 10
    /// Primary weight of `a`; b–z follow, w after v.
    static let letterA: UInt32 = 100
    /// Primary weights of å, ä, ö, after z.
    static let aRing = letterA + 26, aDiaeresis = letterA + 27, oDiaeresis = letterA + 28
    /// Primary weights of other scripts start here, in code-point order.
    static let otherScripts: UInt32 = 1000

    /// The primary weight of an ASCII lowercase letter.
    static func primary(ofLetter letter: Unicode.Scalar) -> UInt32 { letterA + letter.value - 0x61 }

    /// The mark's value when `scalar` is a combining diacritic (U+0300–U+036F).
    static func combiningMark(_ scalar: Unicode.Scalar) -> UInt32? {
        (0x300...0x36F).contains(scalar.value) ? scalar.value : nil
    }

    /// The weights of `scalar`; nil for controls and format characters, which are ignored.
    static func weight(of scalar: Unicode.Scalar) -> CollationWeight? {
        let v = scalar.value
        if v < 0x20 || (0x7F..<0xA0).contains(v) { return nil }
        let upper = scalar.properties.isUppercase || scalar.properties.generalCategory == .titlecaseLetter
        if v >= 0x30 && v <= 0x39 { return CollationWeight(primary: digitZero + v - 0x30, secondary: 0, uppercase: false) }
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        let base = lower.count == 1 ? (lower.first ?? scalar) : scalar
        if base.value >= 0x61 && base.value <= 0x7A {
            return CollationWeight(primary: primary(ofLetter: base), secondary: 0, uppercase: upper)
        }
        if let folded = latinLetters[base.value] {
            return CollationWeight(primary: folded.primary, secondary: folded.secondary, uppercase: upper)
        }
        if scalar.properties.isWhitespace { return CollationWeight(primary: space, secondary: 0, uppercase: false) }
        switch scalar.properties.generalCategory {
        case .format: return nil
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .otherLetter, .modifierLetter, .decimalNumber:
            return CollationWeight(primary: otherScripts + base.value, secondary: 0, uppercase: upper)
        default:
            return CollationWeight(primary: punctuation, secondary: 0, uppercase: false)
        }
    }

    /// Lowercase Latin letters outside ASCII: å ä ö as their own letters, æ ø as ä ö, ü as y, the
    /// rest as their base letter, each with an accent weight (its place in the row, from 1).
    static let latinLetters: [UInt32: (primary: UInt32, secondary: UInt32)] = {
        var table: [UInt32: (primary: UInt32, secondary: UInt32)] = [
            0xE5: (aRing, 0), 0xE4: (aDiaeresis, 0), 0xF6: (oDiaeresis, 0),
            0xE6: (aDiaeresis, 1), 0xF8: (oDiaeresis, 1), 0x153: (oDiaeresis, 2),
        ]
        let rows: [(Unicode.Scalar, String)] = [
            ("a", "àáâãāăąǎ"), ("c", "çćĉċč"), ("d", "ďđð"), ("e", "èéêëēĕėęě"), ("g", "ĝğġģ"),
            ("h", "ĥħ"), ("i", "ìíîïĩīĭįı"), ("j", "ĵ"), ("k", "ķ"), ("l", "ĺļľŀł"), ("n", "ñńņňŉ"),
            ("o", "òóôõōŏőǒ"), ("r", "ŕŗř"), ("s", "śŝşšß"), ("t", "ţťŧþ"), ("u", "ùúûũūŭůűųǔ"),
            ("w", "ŵ"), ("y", "üýÿŷ"), ("z", "źżž"),
        ]
        for (letter, variants) in rows {
            for (index, variant) in variants.unicodeScalars.enumerated() {
                table[variant.value] = (primary(ofLetter: letter), UInt32(index + 1))
            }
        }
        return table
    }()
}
