import MinutesModel

/// Warnings about the text as a whole: characters already lost before Protokoll read it, and text that does not
/// look like minutes at all.
enum TextHealth {
    /// A warning naming the first U+FFFD (where å, ä, ö or § stood before a wrong conversion) and the count.
    static func encodingDamage(in text: String) -> Diagnostic? {
        guard text.contains("\u{FFFD}") else { return nil }
        var line = 1, column = 1, count = 0
        var first: SourceLocation?
        for character in text {
            if character == "\u{FFFD}" {
                count += 1
                if first == nil { first = SourceLocation(line: line, column: column) }
            }
            if character == "\n" || character == "\r\n" { line += 1; column = 1 } else { column += 1 }
        }
        guard let first else { return nil }
        let more = count > 1 ? " and \(count - 1) more" : ""
        return Diagnostic(.warning, "encoding-damage",
                          "the text has a replacement character (U+FFFD) here\(more): letters such as å, ä, ö or § were lost before Protokoll read the file; check them against the original",
                          at: first)
    }

    /// A warning when nothing of minutes was found: no items, no attendance, no signatures, no date.
    static func structureWarning(_ minutes: Minutes, at location: SourceLocation) -> Diagnostic? {
        guard minutes.items.isEmpty, minutes.attendance.isEmpty, minutes.signatures.isEmpty, minutes.meta.start == nil else { return nil }
        return Diagnostic(.warning, "not-minutes",
                          "no agenda items, attendance, signatures or meeting date found: this may not be minutes", at: location)
    }
}
