import MinutesModel

/// Reads a municipal protocol converted from PDF (letterhead, header grid, "Innehåll", § items, e-signature pages):
/// page furniture and the table of contents go first, then the zones — header grid, items — then each item's sections.
struct ConvertedProtocolReader {
    let body: String
    let frontMatter: FrontMatter

    /// Whether the text is laid out as a converted protocol: a SAMMANTRÄDESPROTOKOLL letterhead and § item headings
    /// on lines of their own; Markdown headings (`## § 10`) leave it to the Markdown reader.
    static func recognizes(_ body: String) -> Bool {
        if body.hasPrefix("#") || body.contains("\n#") { return false }
        var seen = 0
        var letterhead = false
        var headings = 0
        for raw in body.split(separator: "\n", omittingEmptySubsequences: true) {
            let text = ProtocolPages.trimmed(raw)
            if text.isEmpty { continue }
            seen += 1
            if seen <= 40, text.contains("SAMMANTRÄDESPROTOKOLL") || text.contains("SAMMANTRÄDESANTECKNINGAR") { letterhead = true }
            if letterhead, ProtocolItemHeading.parse(text)?.dnr != nil || (text.hasPrefix("§ ") && ProtocolItemHeading.parse(text) != nil) {
                return true
            }
            if letterhead, text == "Innehåll" || text.hasPrefix("Plats och tid") { headings += 1 }
        }
        return headings >= 2
    }

    func read() -> Minutes {
        let pages = ProtocolPages(body: body)
        var diagnostics: [Diagnostic] = []
        let lines = pages.lines
        let firstItem = ProtocolItems.starts(in: lines[...]).first?.index ?? lines.endIndex
        let header = ProtocolHeader(lines: lines[..<firstItem])
        let items = ProtocolItems(lines: lines[firstItem...]).items

        var meta = Metadata(kind: .sammantradesprotokoll)
        meta.organ = header.organ
        meta.place = header.place
        var date = header.date
        for entry in frontMatter.entries {
            let value = entry.value.trimmingSpaces
            switch entry.key {
            case "datum", "date", "sammanträdesdatum": if date == nil { date = LocalDate(iso: value) }
            case "organ", "nämnd": if meta.organ == nil { meta.organ = value }
            case "titel", "title": meta.title = value
            case "typ", "dokumenttyp": break
            default: meta.fields.append(Metadata.Field(key: entry.key, value: value))
            }
        }
        if let date {
            meta.start = LocalDateTime(date: date, time: header.start)
            if let end = header.end { meta.end = LocalDateTime(date: date, time: end) }
        }
        if pages.removedFurniture > 0, let first = lines.first {
            diagnostics.append(Diagnostic(.note, "page-furniture", "\(pages.removedFurniture) lines of page headers, page labels and signature footers left out", at: SourceLocation(line: first.line, column: 1)))
        }
        if let at = pages.removedContents {
            diagnostics.append(Diagnostic(.note, "table-of-contents", "table of contents (Innehåll) left out: the items are read from the body", at: at))
        }
        if let at = pages.removedTrailer {
            diagnostics.append(Diagnostic(.note, "e-signature-trailer", "e-signature pages (Undertecknat av …) left out", at: at))
        }
        if header.signatures.isEmpty {
            diagnostics.append(Diagnostic(.note, "no-signatures", "no Sekreterare/Ordförande/Justerare found in the header grid", at: SourceLocation(line: lines.first?.line ?? 1, column: 1)))
        }
        return Minutes(meta: meta, attendance: header.attendance, items: items, signatures: header.signatures, diagnostics: diagnostics)
    }
}
