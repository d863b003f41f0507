import MinutesModel
import SwedishTypography

/// Builds the lines of the plain-text rendition, one section after another.
struct PlainTextLayout {
    let width: Int
    private(set) var lines: [String] = []

    init(width: Int) {
        self.width = width
    }

    mutating func document(_ minutes: Minutes) {
        let layout = KindLayout(minutes)
        let title = minutes.meta.title ?? layout.labels.documentName
        underlined(title, with: "=")
        grid(layout.headerRows)
        for group in layout.attendanceTables {
            blank()
            underlined(group.label, with: "-")
            lines += TextTable(header: layout.labels.attendeeColumns, rows: group.attendees.map(AttendeeNote.row)).render(width: width)
        }
        for block in minutes.preamble { self.block(block, indent: 0) }
        for item in minutes.items {
            blank()
            underlined(ItemHeadingText.plain(item), with: "-")
            if let dnr = item.dnr { lines.append("Dnr \(dnr)") }
            for block in item.blocks { self.block(block, indent: 0) }
        }
        if let heading = layout.signatureHeading {
            blank(); lines.append("")
            underlined(heading, with: "-")
        }
        signatures(layout.signatures)
        if let certificate = layout.postingCertificate {
            blank(); lines.append("")
            underlined(KindLayout.postingHeading, with: "=")
            paragraph(KindLayout.postingStatement, indent: 0)
            grid(certificate)
            signatures([KindLayout.postingSigner])
        }
    }

    /// Label/value rows; a value of several lines stays one line per entry.
    private mutating func grid(_ rows: [HeaderRow]) {
        guard !rows.isEmpty else { return }
        blank()
        lines += TextTable(header: nil, rows: rows.map { [$0.label, $0.lines.joined(separator: "\n")] }).render(width: width)
    }

    private mutating func block(_ block: Block, indent: Int) {
        switch block {
        case .paragraph(let inlines):
            blank()
            paragraph(InlineText.render(inlines), indent: indent)
        case .heading(_, let inlines):
            blank()
            underlined(InlineText.render(inlines), with: "~", indent: indent)
        case .section(let section):
            blank()
            underlined(InlineText.render(section.title), with: "~", indent: indent)
            for b in section.blocks { self.block(b, indent: indent) }
        case .list(let list):
            blank()
            for (index, item) in list.items.enumerated() {
                let marker = list.ordered ? "\(list.start + index). " : "• "
                listItem(item, marker: marker, indent: indent)
            }
        case .decision(let decision):
            blank()
            if !decision.label.isEmpty { lines.append(pad(indent) + decision.label) }
            for clause in decision.clauses {
                blank()
                let text = InlineText.render(clause.text)
                paragraph(clause.isAttClause ? "att " + text : text, indent: indent + 2)
                for attachment in clause.attachments { self.block(attachment, indent: indent + 4) }
            }
        case .quote(let blocks):
            var inner = PlainTextLayout(width: max(20, width - indent - 2))
            for b in blocks { inner.block(b, indent: 0) }
            blank()
            lines += inner.lines.drop(while: \.isEmpty).map { pad(indent) + ("> " + $0).trimmingTrailingSpaces }
        case .table(let table):
            blank()
            let header = table.header.map { $0.map(InlineText.render) }
            let rows = table.rows.map { $0.map(InlineText.render) }
            lines += TextTable(header: header, rows: rows).render(width: width - indent).map { pad(indent) + $0 }
        case .code(let text):
            blank()
            lines += text.split(separator: "\n", omittingEmptySubsequences: false).map { pad(indent + 4) + $0 }
        case .separator:
            blank()
            lines.append(pad(max(0, (width - 5) / 2)) + "* * *")
        }
    }

    private mutating func listItem(_ blocks: [Block], marker: String, indent: Int) {
        let hang = TextMeasure.displayWidth(marker)
        for (i, block) in blocks.enumerated() {
            if i == 0, case .paragraph(let inlines) = block {
                let wrapped = TextMeasure.wrap(InlineText.render(inlines), width: width - indent - hang)
                for (n, line) in wrapped.enumerated() {
                    lines.append(pad(indent) + (n == 0 ? marker : pad(hang)) + line)
                }
            } else {
                self.block(block, indent: indent + hang)
            }
        }
    }

    private mutating func paragraph(_ text: String, indent: Int) {
        lines += TextMeasure.wrap(text, width: width - indent).map { pad(indent) + $0 }
    }

    private mutating func underlined(_ text: String, with rule: Character, indent: Int = 0) {
        let wrapped = TextMeasure.wrap(text, width: width - indent)
        lines += wrapped.map { pad(indent) + $0 }
        let longest = wrapped.map(TextMeasure.displayWidth).max() ?? 0
        lines.append(pad(indent) + String(repeating: rule, count: longest))
    }

    /// Two signers side by side: role, space to sign, a line, the printed name and any note under it.
    private mutating func signatures(_ cells: [SignatureCell]) {
        guard !cells.isEmpty else { return }
        let column = min(34, (width - 4) / 2)
        for pair in SignatureGrid.rows(cells) {
            blank(); lines.append("")
            sideBySide(pair.map { TextMeasure.wrap($0.role, width: column) }, column: column)
            lines += ["", ""]
            lines.append(pair.map { _ in String(repeating: "_", count: column) }.joined(separator: "    "))
            sideBySide(pair.map { TextMeasure.wrap($0.name ?? "", width: column) + ($0.note.map { TextMeasure.wrap($0, width: column) } ?? []) }, column: column)
        }
    }

    private mutating func sideBySide(_ cells: [[String]], column: Int) {
        let height = cells.map(\.count).max() ?? 0
        for row in 0..<height {
            let parts = cells.map { row < $0.count ? $0[row] : "" }
            let line = parts.enumerated().map { i, text in
                i == parts.count - 1 ? text : text + String(repeating: " ", count: max(0, column - TextMeasure.displayWidth(text)))
            }.joined(separator: "    ")
            lines.append(String(line.trimmingTrailingSpaces))
        }
    }

    private mutating func blank() {
        if let last = lines.last, !last.isEmpty { lines.append("") }
    }

    private func pad(_ n: Int) -> String { String(repeating: " ", count: n) }
}
