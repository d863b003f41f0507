extension Unicode.Scalar {
    /// Whether this is a letter (any script), as far as word boundaries are concerned.
    var isWordLetter: Bool {
        if value < 0x80 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
        return properties.isAlphabetic
    }

    /// Whether this is a letter or an ASCII digit.
    var isWordCharacter: Bool { isASCIIDigit || isWordLetter }

    /// Whether this is a space inside a line: space, no-break, narrow no-break or thin space.
    var isInlineSpace: Bool { value == 0x20 || value == 0xA0 || value == 0x202F || value == 0x2009 }

    /// Whether this ends a line.
    var isLineBreak: Bool { value == 0x0A || value == 0x0D || value == 0x2028 || value == 0x2029 }

    /// Whether this is a hyphen-minus or an en dash, the two marks a written range may use.
    var isRangeDash: Bool { value == 0x2D || value == 0x2013 }

    /// Whether this is an ASCII letter.
    var isASCIILetter: Bool { (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }

    /// Whether this is a hexadecimal digit.
    var isHexDigit: Bool { isASCIIDigit || ((value | 0x20) >= 0x61 && (value | 0x20) <= 0x66) }

    /// Whether this separates tokens: a space, a tab or a line break.
    var isTokenSeparator: Bool { isInlineSpace || isLineBreak || value == 0x09 }

    /// The ASCII lowercase of a letter; other scalars unchanged.
    var asciiLowercased: Unicode.Scalar {
        guard value >= 0x41 && value <= 0x5A, let lower = Unicode.Scalar(value + 0x20) else { return self }
        return lower
    }
}
