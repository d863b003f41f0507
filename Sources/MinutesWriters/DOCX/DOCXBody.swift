import MinutesModel

/// Writes blocks as WordprocessingML paragraphs and tables; remembers whether the last thing was a table,
/// so two tables never touch (Word and LibreOffice would merge them).
final class DOCXBody {
    let ml: WordML
    let inlines: DOCXInlines
    let numbering: DOCXNumbering
    private var lastWasTable = false
    /// The space after a list's last item (items themselves sit closer together).
    static let spaceAfterList = 120

    /// Where a block sits: its indent, whether inside a quote, whether it must stay with what follows.
    struct Context {
        var indent = 0
        var inQuote = false
        /// The style of body text here: Normal (nil) or Beslutsbilaga under a decision clause.
        var textStyle: String?
        var keepNext = false
        var listLevel = 0

        func indented(by amount: Int) -> Context {
            var copy = self
            copy.indent += amount
            return copy
        }
    }

    init(ml: WordML, links: DOCXHyperlinks, numbering: DOCXNumbering) {
        self.ml = ml
        self.inlines = DOCXInlines(ml: ml, links: links)
        self.numbering = numbering
    }

    /// A paragraph; every paragraph of the body goes through here.
    func paragraph(_ properties: DOCXParagraph, _ content: () throws -> Void = {}) throws {
        lastWasTable = false
        try properties.write(ml, content)
    }

    /// A table, separated from a preceding table by an empty paragraph.
    func table(_ frame: DOCXTable, rows: () throws -> Void) throws {
        if lastWasTable { try paragraph(DOCXParagraph()) }
        try frame.write(ml, rows: rows)
        lastWasTable = true
    }

    /// Closes the body: a document must not end in a table.
    func finish() throws {
        if lastWasTable { try paragraph(DOCXParagraph()) }
    }

    func blocks(_ blocks: [Block], _ context: Context) throws {
        for block in blocks { try self.block(block, context) }
    }

    func block(_ block: Block, _ context: Context) throws {
        switch block {
        case .paragraph(let content):
            try paragraph(plain(context)) { try inlines.write(content) }
        case .heading(_, let content):
            try paragraph(DOCXParagraph(style: "Heading2", indentLeft: indent(context))) { try inlines.write(content) }
        case .section(let section):
            try self.block(.heading(level: 1, section.title), context)
            try blocks(section.blocks, context)
        case .list(let list):
            try self.list(list, context)
        case .decision(let decision):
            try self.decision(decision, context)
        case .quote(let children):
            var inner = context.indented(by: DOCXMeasure.indentStep)
            inner.inQuote = true
            try blocks(children, inner)
        case .table(let table):
            try self.table(table, context)
        case .code(let text):
            var properties = plain(context)
            properties.style = "Kodblock"
            try paragraph(properties) { try inlines.run(text, style: DOCXInlines.RunStyle()) }
        case .separator:
            try paragraph(DOCXParagraph(style: "Avskiljare", keepNext: context.keepNext))
        }
    }

    /// The properties of body text in `context`.
    private func plain(_ context: Context) -> DOCXParagraph {
        DOCXParagraph(style: context.inQuote ? "Quote" : context.textStyle, keepNext: context.keepNext, indentLeft: indent(context))
    }

    private func indent(_ context: Context) -> Int? {
        context.indent > 0 ? context.indent : nil
    }

    private func list(_ list: ListBlock, _ context: Context) throws {
        let level = min(context.listLevel, DOCXNumbering.levels - 1)
        let numId = numbering.instance(ordered: list.ordered, start: list.start, level: level)
        let textIndent = context.indent + DOCXNumbering.indent(level: level)
        var inner = context
        inner.indent = textIndent
        inner.listLevel = level + 1
        for (index, item) in list.items.enumerated() {
            var marker = plain(context)
            if index == list.items.count - 1 && item.count <= 1 { marker.spacingAfter = DOCXBody.spaceAfterList }
            marker.style = context.inQuote ? "Quote" : "ListParagraph"
            marker.list = (numId, level)
            marker.indentLeft = textIndent
            marker.hanging = DOCXMeasure.listHanging
            var rest = item[...]
            if case .paragraph(let content)? = rest.first {
                rest = rest.dropFirst()
                try paragraph(marker) { try inlines.write(content) }
            } else {
                try paragraph(marker)
            }
            try blocks(Array(rest), inner)
        }
    }

    private func decision(_ decision: Decision, _ context: Context) throws {
        if !decision.label.isEmpty {  // an election stated as a sentence has no label of its own
            try paragraph(DOCXParagraph(style: "Beslut", indentLeft: indent(context))) { try inlines.run(decision.label, style: .init()) }
        }
        let clauseIndent = context.indent + DOCXMeasure.indentStep
        for clause in decision.clauses {
            let properties = DOCXParagraph(style: "Beslutssats", keepNext: context.keepNext, indentLeft: context.indent > 0 ? clauseIndent : nil)
            try paragraph(properties) {
                if clause.isAttClause { try inlines.run("att ", style: .init()) }
                try inlines.write(clause.text)
            }
            var attachments = context.indented(by: 2 * DOCXMeasure.indentStep)
            attachments.listLevel = 0
            attachments.textStyle = "Beslutsbilaga"
            try blocks(clause.attachments, attachments)
        }
    }

    private func table(_ table: Table, _ context: Context) throws {
        let columnCount = max(table.header?.count ?? 0, table.rows.map(\.count).max() ?? 0)
        guard columnCount > 0 else { return }
        let frame = DOCXTable(
            style: "TableGrid", columns: DOCXTable.evenColumns(columnCount, total: DOCXMeasure.textWidth - context.indent),
            indent: context.indent, hasHeaderRow: table.header != nil, textAlignsWithMargin: false)
        try self.table(frame) {
            if let header = table.header {
                try frame.row(ml, isHeader: true, cells: header.map { cell in { try self.cell(cell, bold: true) } })
            }
            for row in table.rows {
                try frame.row(ml, cells: row.map { cell in { try self.cell(cell, bold: false) } })
            }
        }
    }

    /// A table cell's single paragraph.
    func cell(_ content: [Inline], bold: Bool) throws {
        try DOCXParagraph(style: "Tabelltext").write(ml) {
            try inlines.write(content, style: bold ? DOCXInlines.RunStyle().with(\.bold) : DOCXInlines.RunStyle())
        }
    }
}
