/// A sort key with three levels (base letters, accents, case) and a code-point tie-break.
struct CollationKey: Comparable {
    /// One weight per collation element: which letter, digit or mark class it is.
    var primary: [UInt32] = []
    /// Accent weights, aligned with `primary` (0 = no accent).
    var secondary: [UInt32] = []
    /// Case weights, aligned with `primary` (0 = lowercase).
    var tertiary: [UInt8] = []
    /// The scalars themselves, the last tie-break.
    var scalars: [UInt32] = []

    init(_ text: String) {
        for scalar in text.unicodeScalars {
            scalars.append(scalar.value)
            if let mark = CollationWeights.combiningMark(scalar) {
                applyMark(mark)
                continue
            }
            guard let weight = CollationWeights.weight(of: scalar) else { continue }
            primary.append(weight.primary)
            secondary.append(weight.secondary)
            tertiary.append(weight.uppercase ? 1 : 0)
        }
    }

    /// Folds a combining mark into the element before it, so decomposed input sorts like composed:
    /// a + ring is å, a/o + diaeresis are ä/ö, u + diaeresis is ü (as y); any other mark only adds
    /// an accent weight.
    mutating func applyMark(_ mark: UInt32) {
        guard let last = primary.indices.last else { return }
        let letter = primary[last]
        let a = CollationWeights.primary(ofLetter: "a"), o = CollationWeights.primary(ofLetter: "o")
        let u = CollationWeights.primary(ofLetter: "u")
        if letter == a && mark == 0x30A {
            primary[last] = CollationWeights.aRing
        } else if letter == a && mark == 0x308 {
            primary[last] = CollationWeights.aDiaeresis
        } else if letter == o && mark == 0x308 {
            primary[last] = CollationWeights.oDiaeresis
        } else if letter == u && mark == 0x308 {
            primary[last] = CollationWeights.primary(ofLetter: "y")
            secondary[last] = 1
        } else {
            secondary[last] += mark
        }
    }

    static func < (lhs: CollationKey, rhs: CollationKey) -> Bool {
        if lhs.primary != rhs.primary { return lhs.primary.lexicographicallyPrecedes(rhs.primary) }
        if lhs.secondary != rhs.secondary { return lhs.secondary.lexicographicallyPrecedes(rhs.secondary) }
        if lhs.tertiary != rhs.tertiary { return lhs.tertiary.lexicographicallyPrecedes(rhs.tertiary) }
        return lhs.scalars.lexicographicallyPrecedes(rhs.scalars)
    }
}
