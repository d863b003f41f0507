extension TextMeasure {
    /// Word-wraps `text` to lines of at most `width` display columns (a `width` below 2 counts as 2).
    ///
    /// Lines break only at U+0020 spaces, never at U+00A0 or U+202F; runs of spaces collapse to one,
    /// and lines carry no leading or trailing spaces. Line breaks in `text` are kept, an empty input
    /// line giving an empty output line. A word wider than `width` is cut between grapheme clusters.
    public static func wrap(_ text: String, width: Int) -> [String] {
        let limit = max(width, 2)
        var lines: [String] = []
        if isSimple(text) {
            // Scalars are characters here and only "\n" ends a line: split on the bytes.
            for line in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
                var wrapper = LineWrapper(limit: limit)
                for word in line.split(separator: UInt8(ascii: " ")) { wrapper.add(Substring(word)) }
                lines.append(contentsOf: wrapper.finish())
            }
            return lines
        }
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            var wrapper = LineWrapper(limit: limit)
            for word in line.split(separator: " ") { wrapper.add(word) }
            lines.append(contentsOf: wrapper.finish())
        }
        return lines
    }

    /// ASCII without CR, VT or FF, and simple scalars only.
    private static func isSimple(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            let v = scalar.value
            return v < 0x80 ? (v != 0x0D && v != 0x0B && v != 0x0C) : SimpleScalar.isSimple(v)
        }
    }
}

/// Fills lines word by word for `TextMeasure.wrap`.
struct LineWrapper {
    /// The widest a line may be.
    let limit: Int
    /// The finished lines.
    var lines: [String] = []
    /// The line being filled and its width.
    var current = ""
    var currentWidth = 0

    init(limit: Int) { self.limit = limit }

    /// Adds a word: on the current line when it fits after a space, else on a new line, cut hard when
    /// wider than the limit.
    mutating func add(_ word: Substring) {
        let wordWidth = TextMeasure.displayWidth(word)
        if !current.isEmpty && currentWidth + 1 + wordWidth <= limit {
            current += " "
            current += word
            currentWidth += 1 + wordWidth
            return
        }
        if !current.isEmpty { breakLine() }
        if wordWidth <= limit {
            current = String(word)
            currentWidth = wordWidth
            return
        }
        for character in word {
            let w = TextMeasure.width(of: character)
            if currentWidth + w > limit { breakLine() }
            current.append(character)
            currentWidth += w
        }
    }

    /// Ends the current line.
    mutating func breakLine() {
        lines.append(current)
        current = ""
        currentWidth = 0
    }

    /// The lines, the last one included; one empty line when no word was added.
    mutating func finish() -> [String] {
        if !current.isEmpty || lines.isEmpty { breakLine() }
        return lines
    }
}
