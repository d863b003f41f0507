import MinutesModel

/// Recoveries for input as people really write it: each repairs the block list and says so in a diagnostic.
extension MinutesBuilder {
    /// "#Mötesprotokoll", "##Kallade": hashes without the space CommonMark needs, when the text has no proper heading.
    mutating func repairHeadingMarks(_ text: String) -> String {
        guard !MinutesBuilder.hasProperHeadingMark(text) else { return text }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        func hashes(_ line: Substring) -> Int { line.prefix(while: { $0 == "#" }).count }
        let proper = lines.contains { line in
            let n = hashes(line)
            return (1...6).contains(n) && (line.count == n || line.dropFirst(n).first == " " || line.dropFirst(n).first == "\t")
        }
        guard !proper else { return text }
        var repaired: [Int] = []
        for index in lines.indices {
            let n = hashes(lines[index])
            guard (1...6).contains(n), let next = lines[index].dropFirst(n).first, next.isLetter || next.isNumber else { continue }
            lines[index] = lines[index].prefix(n) + " " + lines[index].dropFirst(n)
            repaired.append(index + 1)
        }
        guard let first = repaired.first else { return text }
        diagnostics.append(Diagnostic(
            .warning, "heading-without-space",
            "\(repaired.count) line(s) starting with # and no space read as headings (CommonMark needs “# Rubrik”)",
            at: SourceLocation(line: first, column: 1)))
        return lines.joined(separator: "\n")
    }

    /// Whether a line starts with 1–6 "#" followed by a space, a tab or the line's end (a CommonMark heading).
    static func hasProperHeadingMark(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var lineStart = 0
            while lineStart < bytes.count {
                var end = lineStart
                while end < bytes.count, bytes[end] == UInt8(ascii: "#") { end += 1 }
                let marks = end - lineStart
                if (1...6).contains(marks), end == bytes.count || [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n")].contains(bytes[end]) {
                    return true
                }
                while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
                lineStart = end + 1
            }
            return false
        }
    }

    /// "### *Övriga*" directly followed by "#### *deltagare*": one heading split in two.
    mutating func joinSplitHeadings(_ blocks: [SourceBlock]) -> [SourceBlock] {
        var out: [SourceBlock] = []
        for block in blocks {
            if case .heading(_, let inlines) = block.kind, let first = inlines.plainText.trimmingSpaces.first, first.isLowercase,
               let previous = out.last, case .heading(let level, let previousInlines) = previous.kind,
               previousInlines.plainText.count + inlines.plainText.count <= 60 {
                let joined = previousInlines.plainText.trimmingSpaces + " " + inlines.plainText.trimmingSpaces
                out[out.count - 1] = SourceBlock(kind: .heading(level: level, [.text(joined)]), location: previous.location)
                diagnostics.append(Diagnostic(.note, "joined-heading", "heading split over two lines joined as “\(joined)”", at: block.location))
                continue
            }
            out.append(block)
        }
        return out
    }

    /// Text converted from PDF repeats each page's header and footer ("KUNGSBACKA KOMMUN  SAMMANTRÄDESPROTOKOLL  2 (4)"):
    /// a paragraph with a page label or a form-like gap that recurs three or more times (only its numbers differing)
    /// is dropped.
    mutating func dropRepeatedPageHeaders(_ blocks: [SourceBlock]) -> [SourceBlock] {
        func shape(_ block: SourceBlock) -> String? {
            guard case .paragraph = block.kind else { return nil }
            let text = block.plainLines.joined(separator: "\n")
            // A page label, or a form-like gap of five spaces (a footer such as "Justerare      Expedierat/bestyrkt").
            guard text.count <= 300, MinutesBuilder.hasPageLabel(text) || text.contains("     ") else { return nil }
            return String(text.map { $0.isNumber ? "#" : $0 }).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        var counts: [String: Int] = [:]
        for block in blocks { if let s = shape(block) { counts[s, default: 0] += 1 } }
        let repeated = Set(counts.filter { $0.value >= 3 }.keys)
        guard !repeated.isEmpty else { return blocks }
        let kept = blocks.filter { shape($0).map { !repeated.contains($0) } ?? true }
        if let first = blocks.first(where: { shape($0).map(repeated.contains) ?? false }) {
            diagnostics.append(Diagnostic(.note, "page-header", "\(blocks.count - kept.count) repeated page headers and footers (text converted from PDF) left out", at: first.location))
        }
        return kept
    }

    /// "2 (4)", "Sida 2 (4)", "Sidan 2(4)": a page of a total.
    static func hasPageLabel(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
        var i = 0
        while i < bytes.count {
            guard isDigit(bytes[i]) else { i += 1; continue }
            var j = i
            while j < bytes.count, isDigit(bytes[j]) { j += 1 }
            while j < bytes.count, bytes[j] == 0x20 { j += 1 }
            if j < bytes.count, bytes[j] == 0x28 {
                var k = j + 1
                while k < bytes.count, isDigit(bytes[k]) { k += 1 }
                if k > j + 1, k < bytes.count, bytes[k] == 0x29 { return true }
            }
            i = j + 1
        }
        return false
    }

    /// A table of contents ("§ 10 … Beslut om arvode ........ 4") read as items: an item whose only text ends in a
    /// dot leader and a page number, and whose number comes again later, is an entry of the contents, not an item.
    mutating func droppingTableOfContents(_ items: [AgendaItem]) -> [AgendaItem] {
        func isContentsEntry(_ item: AgendaItem) -> Bool {
            guard item.blocks.count <= 1 else { return false }
            let text = (item.blocks.first.map { block -> String in
                if case .paragraph(let inlines) = block { return inlines.plainText }
                return ""
            } ?? "") + " " + item.title.plainText
            let trimmed = text.trimmingSpaces
            let withoutPage = trimmed.reversed().drop(while: { $0.isNumber || $0 == " " })
            return withoutPage.prefix(while: { $0 == "." || $0 == "…" }).count >= 4
        }
        var kept: [AgendaItem] = []
        var dropped = 0
        for (index, item) in items.enumerated() {
            let comesAgain = items[(index + 1)...].contains { $0.number == item.number && $0.suffix == item.suffix }
            if comesAgain && isContentsEntry(item) { dropped += 1; continue }
            kept.append(item)
        }
        if dropped > 0, let first = items.first {
            diagnostics.append(Diagnostic(.note, "table-of-contents", "\(dropped) table-of-contents entries left out", at: first.location))
        }
        return kept
    }
}
