import MinutesModel

/// `word/document.xml`: title, label/value grid, attendance tables, preamble, items (heading, Dnr, blocks),
/// signatures, anslagsbevis, section properties; what each kind shows comes from `KindLayout`.
struct DOCXDocument {
    let minutes: Minutes
    let links: DOCXHyperlinks
    let numbering: DOCXNumbering
    /// The user's template, whose section properties end the body; nil for the house style's A4 section.
    var template: DOCXReferenceTemplate?

    func part() throws -> [UInt8] {
        try WordML.part { ml in
            try ml.root("w:document", withRelationships: true) {
                try ml.element("w:body") {
                    let body = DOCXBody(ml: ml, links: links, numbering: numbering)
                    try content(body)
                    try body.finish()
                    if try template?.writeSection(ml) != true { try sectionProperties(ml) }
                }
            }
        }
    }

    private func content(_ body: DOCXBody) throws {
        let layout = KindLayout(minutes)
        try body.paragraph(DOCXParagraph(style: "ProtokollRubrik")) {
            try body.inlines.run(minutes.meta.title ?? layout.labels.documentName, style: .init())
        }
        try DOCXLabelGrid(body: body, subheadings: Set(minutes.attendance.map(\.label))).write(layout.headerRows)
        try DOCXAttendance(body: body, labels: layout.labels).write(layout.attendanceTables)
        let signatures = layout.signatures
        let keepLast = !signatures.isEmpty
        try blocks(minutes.preamble, body, keepLastWithNext: keepLast && minutes.items.isEmpty)
        for (index, item) in minutes.items.enumerated() {
            try body.paragraph(DOCXParagraph(style: "Heading1")) {
                try body.inlines.run(ItemHeadingText.prefix(item), style: .init())
                try body.inlines.write(item.title)
            }
            if let dnr = item.dnr {
                try body.paragraph(DOCXParagraph(style: "Dnr")) { try body.inlines.run("Dnr " + dnr, style: .init()) }
            }
            try blocks(item.blocks, body, keepLastWithNext: keepLast && index == minutes.items.count - 1)
        }
        try DOCXSignatures(body: body).write(signatures, heading: layout.signatureHeading)
        if let certificate = layout.postingCertificate { try DOCXPostingCertificate(body: body).write(certificate) }
    }

    /// Blocks in order; the last one keeps with what follows when the signatures come next.
    private func blocks(_ blocks: [Block], _ body: DOCXBody, keepLastWithNext: Bool) throws {
        for (index, block) in blocks.enumerated() {
            var context = DOCXBody.Context()
            context.keepNext = keepLastWithNext && index == blocks.count - 1
            try body.block(block, context)
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
