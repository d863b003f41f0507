/// Terminal display width of text, and word wrapping by that width.
public enum TextMeasure {
    /// The number of terminal columns `s` takes: combining marks and controls 0, East Asian
    /// wide/fullwidth characters and emoji 2, everything else 1 (measured per grapheme cluster).
    public static func displayWidth(_ s: some StringProtocol) -> Int {
        var columns = 0
        for scalar in s.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                if v >= 0x20 && v != 0x7F { columns += 1 }
            } else if SimpleScalar.isSimple(v) {
                columns += 1
            } else {
                return s.reduce(0) { $0 + width(of: $1) }
            }
        }
        return columns
    }

    /// The display width of one grapheme cluster, decided by its first scalar (and U+FE0F for emoji).
    static func width(of character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if first.isControlCharacter || first.isZeroWidth { return 0 }
        if first.isWide { return 2 }
        if first.properties.isEmoji && scalars.contains("\u{FE0F}") { return 2 }
        return 1
    }
}

extension Unicode.Scalar {
    /// C0 and C1 controls and DEL.
    var isControlCharacter: Bool { value < 0x20 || (value >= 0x7F && value < 0xA0) }

    /// Combining marks, format characters and Hangul medial/final jamo: no column of their own.
    var isZeroWidth: Bool {
        if value < 0x300 { return value == 0xAD }
        switch properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return true
        default: return (0x1160...0x11FF).contains(value)
        }
    }

    /// East Asian Wide or Fullwidth characters and emoji presented as emoji: two columns.
    var isWide: Bool {
        guard value >= 0x1100 else { return false }
        if properties.isEmojiPresentation { return true }
        return Unicode.Scalar.wideRanges.contains { $0.contains(value) }
    }

    /// The East Asian Wide (W) and Fullwidth (F) blocks, condensed from Unicode's EastAsianWidth.txt.
    static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
        0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF,
        0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4,
        0x17000...0x18AFF, 0x1B000...0x1B2FF, 0x1F200...0x1F251, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]
}
