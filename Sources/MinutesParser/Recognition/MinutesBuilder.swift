import MinutesModel

/// Runs the recognisers in order over one document and assembles `Minutes`.
struct MinutesBuilder {
    let options: ParseOptions
    let sourceName: String?
    private var diagnostics: [Diagnostic] = []

    init(options: ParseOptions, sourceName: String?) {
        self.options = options
        self.sourceName = sourceName
    }

    mutating func build(_ text: String) -> Minutes {
        let frontMatter = FrontMatter(splitting: text)
        diagnostics += frontMatter.diagnostics
        var reader = CommonMarkReader(text: repairHeadingMarks(frontMatter.body))
        var blocks = dropRepeatedPageHeaders(joinSplitHeadings(reader.read()))
        diagnostics += reader.diagnostics
        guard !blocks.isEmpty || !frontMatter.entries.isEmpty else {
            diagnostics.append(Diagnostic(.error, "empty-input", "input is empty: no minutes to convert", at: SourceLocation(line: 1, column: 1)))
            return Minutes(diagnostics: diagnostics)
        }
        var minutes = Minutes()
        minutes.signatures = SignatureRecognizer.extract(from: &blocks, diagnostics: &diagnostics)

        let firstItem = blocks.firstIndex { itemHeading(of: $0) != nil } ?? blocks.count
        let header = HeaderRecognizer(blocks: Array(blocks[..<firstItem]))
        diagnostics += header.diagnostics
        minutes.attendance = header.attendance

        if firstItem < blocks.count {
            minutes.items = droppingTableOfContents(items(from: blocks[firstItem...]))
            minutes.preamble = BlockConverter.convert(header.rest)
        } else {
            (minutes.preamble, minutes.items) = unnumberedItems(from: header.rest)
        }
        var metadata = MetadataBuilder(header: header, frontMatter: frontMatter, text: text, sourceName: sourceName, options: options)
        minutes.meta = metadata.build(signatures: minutes.signatures, firstParagraph: header.rest.first)
        diagnostics += metadata.diagnostics
        checkNumbering(minutes.items)
        if minutes.signatures.isEmpty {
            diagnostics.append(Diagnostic(.note, "no-signatures", "no signature block (Justerat, Vid protokollet ...) found at the end", at: blocks.last?.location ?? SourceLocation(line: 1, column: 1)))
        }
        minutes.diagnostics = diagnostics.sorted { $0.location < $1.location }
        return minutes
    }

    /// "#Mötesprotokoll", "##Kallade": hashes without the space CommonMark needs, when the text has no proper heading.
    private mutating func repairHeadingMarks(_ text: String) -> String {
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

    /// A table of contents ("§ 10 … Beslut om arvode ........ 4") read as items: an item whose only text ends in a
    /// dot leader and a page number, and whose number comes again later, is an entry of the contents, not an item.
    private mutating func droppingTableOfContents(_ items: [AgendaItem]) -> [AgendaItem] {
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

    /// Text converted from PDF repeats each page's header and footer ("KUNGSBACKA KOMMUN  SAMMANTRÄDESPROTOKOLL  2 (4)"):
    /// a paragraph with a page label or a form-like gap that recurs three or more times (only its numbers differing)
    /// is dropped.
    private mutating func dropRepeatedPageHeaders(_ blocks: [SourceBlock]) -> [SourceBlock] {
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

    /// "### *Övriga*" directly followed by "#### *deltagare*": one heading split in two.
    private mutating func joinSplitHeadings(_ blocks: [SourceBlock]) -> [SourceBlock] {
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

    private func itemHeading(of block: SourceBlock) -> (ItemHeading, title: [Inline], rest: [[Inline]])? {
        switch block.kind {
        case .heading(_, let inlines):
            guard let heading = ItemHeading(inlines.plainText) else { return nil }
            return (heading, inlines.dropping(plainPrefixOf: inlines.plainText, keeping: heading.title), [])
        case .paragraph(let lines):
            guard let first = lines.first else { return nil }
            let plain = first.plainText.trimmingSpaces
            guard first.isEntirelyEmphasised || plain.hasPrefix("§") || ItemHeading.startsWithDamagedSign(Substring(plain)),
                  let heading = ItemHeading(plain) else { return nil }
            let title = first.isEntirelyEmphasised ? [Inline.text(heading.title)] : first.dropping(plainPrefixOf: plain, keeping: heading.title)
            return (heading, title, Array(lines.dropFirst()))
        case .list, .quote, .code, .html, .table, .thematicBreak:
            return nil
        }
    }

    private mutating func items(from blocks: ArraySlice<SourceBlock>) -> [AgendaItem] {
        var items: [AgendaItem] = []
        var current: (heading: ItemHeading, title: [Inline], level: Int, location: SourceLocation, blocks: [SourceBlock])?
        func finish(_ item: (heading: ItemHeading, title: [Inline], level: Int, location: SourceLocation, blocks: [SourceBlock])?) -> AgendaItem? {
            guard var item else { return nil }
            let dnr = MinutesBuilder.takeDnr(from: &item.blocks)
            return AgendaItem(
                number: item.heading.number, suffix: item.heading.suffix, usesParagraphSign: item.heading.usesParagraphSign,
                title: item.title, blocks: DecisionRecognizer.blocks(of: item.blocks, headingBase: item.level, diagnostics: &diagnostics),
                location: item.location, dnr: dnr)
        }
        for block in blocks {
            if let (heading, title, rest) = itemHeading(of: block) {
                if let done = finish(current) { items.append(done) }
                var level = 1
                if case .heading(let l, _) = block.kind { level = l }
                var body: [SourceBlock] = []
                if !rest.isEmpty { body.append(SourceBlock(kind: .paragraph(lines: rest), location: SourceLocation(line: block.location.line + 1, column: block.location.column))) }
                current = (heading, title, level, block.location, body)
            } else {
                current?.blocks.append(block)
            }
        }
        if let done = finish(current) { items.append(done) }
        return items
    }

    /// "Dnr KS 2017/97-04" as the item's first line: the case number, taken out of the text.
    static func takeDnr(from blocks: inout [SourceBlock]) -> String? {
        guard let first = blocks.first, case .paragraph(var lines) = first.kind, let line = lines.first else { return nil }
        let plain = line.plainText.trimmingSpaces
        let lower = plain.lowercased()
        guard let prefix = ["diarienummer", "dnr.", "dnr"].first(where: { lower.hasPrefix($0) }) else { return nil }
        let value = plain.dropFirst(prefix.count).drop(while: { $0 == ":" || $0 == " " || $0 == "\u{00A0}" })
        guard !value.isEmpty, value.contains(where: \.isNumber) else { return nil }
        lines.removeFirst()
        if lines.isEmpty {
            blocks.removeFirst()
        } else {
            blocks[0] = SourceBlock(kind: .paragraph(lines: lines), location: SourceLocation(line: first.location.line + 1, column: first.location.column))
        }
        return String(value)
    }

    /// Without numbered headings, the top-level headings after the header become unnumbered items.
    private mutating func unnumberedItems(from blocks: [SourceBlock]) -> ([Block], [AgendaItem]) {
        let levels = blocks.compactMap { block -> Int? in
            if case .heading(let level, _) = block.kind { return level }
            return nil
        }
        guard let top = levels.min() else {
            if let first = blocks.first {
                diagnostics.append(Diagnostic(.warning, "no-items", "no agenda items (numbered headings such as “1. Mötets öppnande”) found; the text is kept as it is", at: first.location))
            }
            return (BlockConverter.convert(blocks), [])
        }
        var preamble: [SourceBlock] = []
        var items: [AgendaItem] = []
        var current: (title: [Inline], location: SourceLocation, blocks: [SourceBlock])?
        func flush() {
            guard let c = current else { return }
            items.append(AgendaItem(number: nil, title: c.title, blocks: DecisionRecognizer.blocks(of: c.blocks, headingBase: top, diagnostics: &diagnostics), location: c.location))
        }
        for block in blocks {
            if case .heading(let level, let inlines) = block.kind, level == top {
                flush()
                current = (inlines, block.location, [])
            } else if current != nil {
                current?.blocks.append(block)
            } else {
                preamble.append(block)
            }
        }
        flush()
        if let first = items.first {
            diagnostics.append(Diagnostic(.note, "unnumbered-items", "no numbered agenda items; headings read as unnumbered items", at: first.location))
        }
        return (BlockConverter.convert(preamble), items)
    }

    private mutating func checkNumbering(_ items: [AgendaItem]) {
        var previous: AgendaItem?
        var seen: Set<String> = []
        for item in items {
            guard let number = item.number else { continue }
            if !seen.insert(item.numberLabel).inserted {
                diagnostics.append(Diagnostic(.warning, "duplicate-item", "item \(item.numberLabel) appears twice", at: item.location))
            } else if let last = previous?.number, number > last + 1 {
                let missing = number == last + 2 ? "\(last + 1) is missing" : "\(last + 1)–\(number - 1) are missing"
                diagnostics.append(Diagnostic(.warning, "item-gap", "item \(number) follows item \(last): \(missing)", at: item.location))
            } else if let last = previous?.number, number < last {
                diagnostics.append(Diagnostic(.warning, "item-order", "item \(number) follows item \(last)", at: item.location))
            }
            previous = item
        }
    }
}
