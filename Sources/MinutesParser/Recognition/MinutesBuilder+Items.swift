import MinutesModel

/// Splitting the body into agenda items: numbered headings, or top-level headings when none is numbered.
extension MinutesBuilder {
    func itemHeading(of block: SourceBlock) -> (ItemHeading, title: [Inline], rest: [[Inline]])? {
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

    /// The items from the first numbered heading on; a heading at the numbered items' level without a number
    /// ("## Övriga frågor" after "## 11. Ansvarsfrihet") is an unnumbered item of its own.
    mutating func items(from blocks: ArraySlice<SourceBlock>) -> [AgendaItem] {
        typealias Open = (heading: ItemHeading?, title: [Inline], level: Int, location: SourceLocation, blocks: [SourceBlock])
        var items: [AgendaItem] = []
        var current: Open?
        func finish(_ item: Open?) -> AgendaItem? {
            guard var item else { return nil }
            let dnr = MinutesBuilder.takeDnr(from: &item.blocks)
            let content = DecisionRecognizer.blocks(of: item.blocks, headingBase: item.level, diagnostics: &diagnostics)
            guard let heading = item.heading else {
                return AgendaItem(number: nil, title: item.title.trimmingTrailingColon(), blocks: content, location: item.location, dnr: dnr)
            }
            return AgendaItem(
                number: heading.number, suffix: heading.suffix, usesParagraphSign: heading.usesParagraphSign,
                title: item.title, blocks: content, location: item.location, dnr: dnr)
        }
        var itemLevel: Int?
        for block in blocks {
            if let (heading, title, rest) = itemHeading(of: block) {
                if let done = finish(current) { items.append(done) }
                var level = 1
                if case .heading(let l, _) = block.kind { level = l; itemLevel = itemLevel ?? l }
                var body: [SourceBlock] = []
                if !rest.isEmpty { body.append(SourceBlock(kind: .paragraph(lines: rest), location: SourceLocation(line: block.location.line + 1, column: block.location.column))) }
                current = (heading, title, level, block.location, body)
            } else if case .heading(let level, let inlines) = block.kind, level == itemLevel, !inlines.plainText.trimmingSpaces.isEmpty {
                if let done = finish(current) { items.append(done) }
                current = (nil, inlines, level, block.location, [])
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
        let lower = plain.prefix(12).lowercased()  // the longest prefix, "diarienummer"
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
    mutating func unnumberedItems(from blocks: [SourceBlock]) -> ([Block], [AgendaItem]) {
        let levels = blocks.compactMap { block -> Int? in
            if case .heading(let level, _) = block.kind { return level }
            return nil
        }
        // The items' level is the most common heading level; a shallower heading among them (a lone "## Workshops"
        // between "###" items, "# Öppnar mötet 11:45" between "##" items) is an item too, except a title first.
        var counts: [Int: Int] = [:]
        for level in levels { counts[level, default: 0] += 1 }
        let common = counts.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }?.key
        guard let top = common else {
            // Notes without headings: "Hacktober:" lines or short lone lines name the points of business.
            let promoted = MinutesBuilder.labelLinesAsHeadings(blocks)
            if promoted.contains(where: { if case .heading = $0.kind { true } else { false } }) {
                diagnostics.append(Diagnostic(.note, "label-items", "no headings; lines such as “Hacktober:” read as unnumbered items", at: blocks.first?.location ?? SourceLocation(line: 1, column: 1)))
                return unnumberedItems(from: promoted)
            }
            if let (preamble, items) = orderedListItems(from: blocks) { return (preamble, items) }
            if let first = blocks.first {
                diagnostics.append(Diagnostic(.warning, "no-items", "no agenda items (numbered headings such as “1. Mötets öppnande”) found; the text is kept as it is", at: first.location))
            }
            return (BlockConverter.convert(blocks), [])
        }
        let blocks = boldHeadingsOfContainers(blocks, level: top)
        var preamble: [SourceBlock] = []
        var items: [AgendaItem] = []
        var current: (title: [Inline], location: SourceLocation, blocks: [SourceBlock])?
        func flush() {
            guard let c = current else { return }
            items.append(AgendaItem(number: nil, title: c.title.trimmingTrailingColon(), blocks: DecisionRecognizer.blocks(of: c.blocks, headingBase: top, diagnostics: &diagnostics), location: c.location))
        }
        for (index, block) in blocks.enumerated() {
            if case .heading(let level, let inlines) = block.kind, level == top || (level < top && (index > 0 || counts[level] ?? 0 > 1)) {
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

    /// Notes without headings that are one numbered outline ("1. Uploading data" over its indented points): each
    /// entry of the first top-level ordered list of three or more is an item, its first line the title.
    mutating func orderedListItems(from blocks: [SourceBlock]) -> ([Block], [AgendaItem])? {
        guard let index = blocks.firstIndex(where: { block in
            if case .list(true, _, let entries) = block.kind { return entries.count >= 3 }
            return false
        }), case .list(_, let start, let entries) = blocks[index].kind else { return nil }
        var items: [AgendaItem] = []
        for (offset, entry) in entries.enumerated() {
            guard case .paragraph(let lines)? = entry.first?.kind, let title = lines.first,
                  title.plainText.split(separator: " ").count <= 10 else { return nil }
            var body = Array(entry.dropFirst())
            if lines.count > 1, let first = entry.first {
                let points = Array(lines.dropFirst())
                let at = SourceLocation(line: first.location.line + 1, column: first.location.column)
                // "a. Automatic uploads" / "i. IonTorrent": outline points, one per line, stay one per line.
                let outline = points.allSatisfy { MinutesBuilder.startsWithOutlineMarker($0.plainText) }
                body.insert(outline ? SourceBlock(kind: .list(ordered: false, start: 1, items: points.map { [SourceBlock(kind: .paragraph(lines: [$0]), location: at)] }), location: at)
                                    : SourceBlock(kind: .paragraph(lines: points), location: at), at: 0)
            }
            if offset == entries.count - 1 { body += blocks[(index + 1)...] }
            let location = entry.first?.location ?? blocks[index].location
            items.append(AgendaItem(number: start + offset, title: title.trimmingTrailingSpaces,
                                    blocks: DecisionRecognizer.blocks(of: body, headingBase: 1, diagnostics: &diagnostics), location: location))
        }
        diagnostics.append(Diagnostic(.note, "list-items", "no headings; the numbered list’s \(entries.count) entries read as agenda items", at: blocks[index].location))
        return (BlockConverter.convert(Array(blocks[..<index])), items)
    }

    /// "## Anteckningar" over "**Rekapitulering**" and "**Avrapportering**" paragraphs: a heading that only groups
    /// the notes, whose points of business are the bold first lines under it. The bold lines become the headings at
    /// `level`; the grouping heading is left out (with a note).
    mutating func boldHeadingsOfContainers(_ blocks: [SourceBlock], level: Int) -> [SourceBlock] {
        func boldLine(_ block: SourceBlock) -> (title: [Inline], rest: [[Inline]])? {
            guard case .paragraph(let lines) = block.kind, let first = lines.first else { return nil }
            let meaningful = first.filter { if case .text(let t) = $0 { !t.trimmingSpaces.isEmpty } else { true } }
            guard meaningful.count == 1, case .strong(let title) = meaningful[0], title.plainText.split(separator: " ").count <= 8 else { return nil }
            return (title, Array(lines.dropFirst()))
        }
        var out: [SourceBlock] = []
        var index = 0
        while index < blocks.count {
            let block = blocks[index]
            guard case .heading(let l, let inlines) = block.kind, l <= level else { out.append(block); index += 1; continue }
            var end = index + 1
            while end < blocks.count { if case .heading(let next, _) = blocks[end].kind, next <= level { break }; end += 1 }
            let section = blocks[(index + 1)..<end]
            let bold = section.filter { boldLine($0) != nil }.count
            guard bold >= 2, let first = section.first, boldLine(first) != nil else { out.append(block); index += 1; continue }
            diagnostics.append(Diagnostic(.note, "grouping-heading", "“\(inlines.plainText.trimmingSpaces)” only groups the notes under it; its bold lines read as the items", at: block.location))
            for inner in section {
                guard let (title, rest) = boldLine(inner) else { out.append(inner); continue }
                out.append(SourceBlock(kind: .heading(level: level, title), location: inner.location))
                if !rest.isEmpty {
                    out.append(SourceBlock(kind: .paragraph(lines: rest), location: SourceLocation(line: inner.location.line + 1, column: inner.location.column)))
                }
            }
            index = end
        }
        return out
    }

    /// "a. ", "iv. ", "B) ": a letter or roman-numeral marker of an outline point.
    static func startsWithOutlineMarker(_ text: String) -> Bool {
        let t = text.trimmingSpaces
        let marker = t.prefix(while: \.isLetter)
        guard (1...4).contains(marker.count), marker.count == 1 || marker.allSatisfy({ "ivxlIVXL".contains($0) }) else { return false }
        let after = t.dropFirst(marker.count)
        return after.hasPrefix(". ") || after.hasPrefix(") ")
    }

    /// In text without headings, a line that is only a short label ending in a colon ("NCPC:"), or a short lone
    /// line before more text ("Diskussionsgrupp IMPA"), becomes a heading when at least two labels with a colon
    /// are found (short lone lines alone are too common in text converted from PDF to mean anything).
    static func labelLinesAsHeadings(_ blocks: [SourceBlock]) -> [SourceBlock] {
        func isLabel(_ text: String, alone: Bool) -> Bool {
            let t = text.trimmingSpaces
            let words = t.split(separator: " ")
            guard (1...5).contains(words.count), let first = t.first, first.isUppercase || first.isNumber else { return false }
            if t.hasSuffix(":") { return !t.dropLast().contains(":") }
            return alone && !t.contains(where: { ".:;!?,".contains($0) }) && t.count <= 40
        }
        var out: [SourceBlock] = []
        var found = 0
        for (index, block) in blocks.enumerated() {
            guard case .paragraph(let lines) = block.kind, let first = lines.first else { out.append(block); continue }
            let followedByText = index + 1 < blocks.count
            guard isLabel(first.plainText, alone: lines.count == 1 && followedByText) else { out.append(block); continue }
            if first.plainText.trimmingSpaces.hasSuffix(":") { found += 1 }
            out.append(SourceBlock(kind: .heading(level: 2, first.trimmingTrailingColon()), location: block.location))
            if lines.count > 1 {
                out.append(SourceBlock(kind: .paragraph(lines: Array(lines.dropFirst())), location: SourceLocation(line: block.location.line + 1, column: block.location.column)))
            }
        }
        return found >= 2 ? out : blocks
    }

    mutating func checkNumbering(_ items: [AgendaItem]) {
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
