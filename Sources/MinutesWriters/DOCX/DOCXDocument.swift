import MinutesModel

/// `word/document.xml`: title, facts, attendance, preamble, items, signatures, section properties.
struct DOCXDocument {
    let minutes: Minutes
    let links: DOCXHyperlinks
    let numbering: DOCXNumbering

    func part() throws -> [UInt8] {
        try WordML.part { ml in
            try ml.root("w:document", withRelationships: true) {
                try ml.element("w:body") {
                    let body = DOCXBody(ml: ml, links: links, numbering: numbering)
                    try content(body)
                    try body.finish()
                    try sectionProperties(ml)
                }
            }
        }
    }

    private func content(_ body: DOCXBody) throws {
        let meta = minutes.meta
        let labels = MinutesLabels(kind: meta.kind)
        try body.paragraph(DOCXParagraph(style: "ProtokollRubrik")) {
            try body.inlines.run(meta.title ?? labels.documentName, style: .init())
        }
        try facts(body, labels: labels)
        try DOCXAttendance(body: body, labels: labels).write(minutes.attendance)
        let keepLast = !minutes.signatures.isEmpty
        try blocks(minutes.preamble, body, keepLastWithNext: keepLast && minutes.items.isEmpty)
        for (index, item) in minutes.items.enumerated() {
            try body.paragraph(DOCXParagraph(style: "Heading1")) {
                try body.inlines.run(DOCXDocument.numberPrefix(item), style: .init())
                try body.inlines.write(item.title)
            }
            try blocks(item.blocks, body, keepLastWithNext: keepLast && index == minutes.items.count - 1)
        }
        try DOCXSignatures(body: body).write(minutes.signatures)
    }

    /// "1. " or "§ 163 " as the source numbers the item; empty for an unnumbered item.
    static func numberPrefix(_ item: AgendaItem) -> String {
        let number = item.numberLabel
        guard !number.isEmpty else { return "" }
        return item.usesParagraphSign ? "§\u{00A0}\(number) " : "\(number). "
    }

    /// Blocks in order; the last one keeps with what follows when the signatures come next.
    private func blocks(_ blocks: [Block], _ body: DOCXBody, keepLastWithNext: Bool) throws {
        for (index, block) in blocks.enumerated() {
            var context = DOCXBody.Context()
            context.keepNext = keepLastWithNext && index == blocks.count - 1
            try body.block(block, context)
        }
    }

    /// Tid, Plats and the front-matter fields as a borderless two-column table.
    private func facts(_ body: DOCXBody, labels: MinutesLabels) throws {
        let rows = FactRows.rows(minutes.meta, labels: labels)
        guard !rows.isEmpty else { return }
        let frame = DOCXTable(columns: [DOCXMeasure.factLabelWidth, DOCXMeasure.textWidth - DOCXMeasure.factLabelWidth])
        try body.table(frame) {
            for row in rows {
                try frame.row(body.ml, cells: [
                    { try body.cell([.text(row.label)], bold: true) },
                    { try body.cell([.text(row.value)], bold: false) },
                ])
            }
        }
    }

    /// A4 portrait, the running header and footer.
    private func sectionProperties(_ ml: WordML) throws {
        try ml.element("w:sectPr") {
            try ml.empty("w:headerReference", [("w:type", "default"), ("r:id", DOCXWordPart.header.relationshipId)])
            try ml.empty("w:footerReference", [("w:type", "default"), ("r:id", DOCXWordPart.footer.relationshipId)])
            try ml.empty("w:pgSz", [("w:w", String(DOCXMeasure.pageWidth)), ("w:h", String(DOCXMeasure.pageHeight))])
            let margin = String(DOCXMeasure.margin)
            let distance = String(DOCXMeasure.headerDistance)
            try ml.empty("w:pgMar", [
                ("w:top", margin), ("w:right", margin), ("w:bottom", margin), ("w:left", margin),
                ("w:header", distance), ("w:footer", distance), ("w:gutter", "0"),
            ])
        }
    }
}
