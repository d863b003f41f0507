import MinutesModel

/// A paragraph (lines without a blank line between them) becomes one text node in ODT and DOCX; libxml2, lxml and
/// LibreOffice refuse a text node over 10 MB, so a longer paragraph is refused before anything is written.
enum ParagraphLength {
    /// The longest paragraph, in UTF-8 bytes, that a document may hold.
    static let maxBytes = 8 << 20

    /// An error naming the first paragraph longer than `maxBytes`, or nil.
    static func refusal(in text: String) -> Diagnostic? {
        var line = 1, paragraphLine = 1, paragraphBytes = 0, lineIsBlank = true
        for byte in text.utf8 {
            if byte == 0x0A {
                line += 1
                if lineIsBlank { paragraphBytes = 0; paragraphLine = line }
                lineIsBlank = true
                continue
            }
            if byte != 0x20 && byte != 0x09 { lineIsBlank = false }
            paragraphBytes += 1
            if paragraphBytes > maxBytes {
                return Diagnostic(.error, "paragraph-too-long",
                    "a paragraph of more than \(maxBytes >> 20) MB without a blank line; ODT and DOCX readers refuse "
                    + "text of over 10 MB in one piece, so split it with blank lines",
                    at: SourceLocation(line: paragraphLine, column: 1))
            }
        }
        return nil
    }
}
