import MinutesModel

/// The master page's header and footer. Most kinds: kind and organ left, date right, "Sida 1 (4)" in the
/// footer. A sammanträdesprotokoll: organ left, "SAMMANTRÄDESPROTOKOLL", the sammanträdesdatum and the page
/// label on the right, ruled off from the text, and no footer.
enum ODTRunningHeader {
    static func header(_ meta: Metadata) -> ODTNode {
        guard RunningHeader.pageLabelInHeader(meta) else {
            var content: [ODTNode] = [.text(RunningHeader.left(meta))]
            let right = RunningHeader.right(meta)
            if !right.isEmpty { content += [.el("text:tab"), .text(right)] }
            return .el("style:header", [], [ODTBlocks.paragraph(ODTStyle.header, content)])
        }
        let first = ODTBlocks.paragraph(ODTStyle.protocolHeader, [
            .el("text:span", [("text:style-name", ODTStyle.strong)], [.text(RunningHeader.organLine(meta))]),
            .el("text:tab"), .text(RunningHeader.kindLine(meta)), .el("text:tab"),
        ] + pageLabel)
        let second = ODTBlocks.paragraph(ODTStyle.protocolHeaderLast, (RunningHeader.municipalityLine(meta).map { [.text($0)] } ?? [])
            + [.el("text:tab")] + (RunningHeader.dateLine(meta).map { [.text($0)] } ?? []))
        return .el("style:header", [], [first, second])
    }

    /// "Sida 1 (4)" centred; for a municipal protocol the page furniture's boxes, or nothing.
    static func footer(_ meta: Metadata, furniture: PageFurniture? = nil) -> ODTNode? {
        if let furniture { return .el("style:footer", [], [boxes(furniture)]) }
        guard !RunningHeader.pageLabelInHeader(meta) else { return nil }
        return .el("style:footer", [], [ODTBlocks.paragraph(ODTStyle.footer, pageLabel)])
    }

    /// The boxes' table: one column per box, a gap before "Utdragsbestyrkande".
    private static func boxes(_ furniture: PageFurniture) -> ODTNode {
        let signatureColumns = (0..<furniture.adjusters).map { _ in ODTNode.el("table:table-column", [("table:style-name", boxColumn)]) }
        let columns = signatureColumns + [.el("table:table-column", [("table:style-name", gapColumn)]), .el("table:table-column", [("table:style-name", boxColumn)])]
        func box(_ label: String) -> ODTNode {
            .el("table:table-cell", [("table:style-name", boxCell), ("office:value-type", "string")], [ODTBlocks.paragraph(ODTStyle.footer, [.text(label)])])
        }
        let gap = ODTNode.el("table:table-cell", [("table:style-name", gapCell), ("office:value-type", "string")], [ODTBlocks.paragraph(ODTStyle.footer, [])])
        let cells = (0..<furniture.adjusters).map { _ in box(PageFurniture.signatureLabel) } + [gap, box(PageFurniture.extractLabel)]
        return .el("table:table", [("table:name", "Sidfot"), ("table:style-name", table)], columns + [.el("table:table-row", [("table:style-name", row)], cells)])
    }

    static let table = "Sidfot.T", boxColumn = "Sidfot.A", gapColumn = "Sidfot.B", row = "Sidfot.R", boxCell = "Sidfot.Ruta", gapCell = "Sidfot.Tom"

    /// The automatic styles the boxes use, for styles.xml (`gap` cm between the signature boxes and the last).
    static func boxStyles(_ furniture: PageFurniture) -> [ODTNode] {
        func centimetres(_ millimetres: Int) -> String { "\(millimetres / 10).\(millimetres % 10)" }
        let boxWidth = centimetres(PageFurniture.boxWidth), gap = centimetres(furniture.gapWidth)
        func style(_ name: String, _ family: String, _ element: String, _ properties: [(String, String)]) -> ODTNode {
            .el("style:style", [("style:name", name), ("style:family", family)], [.el(element, properties)])
        }
        return [
            style(table, "table", "style:table-properties", [("style:width", "16cm"), ("table:align", "margins")]),
            style(boxColumn, "table-column", "style:table-column-properties", [("style:column-width", "\(boxWidth)cm")]),
            style(gapColumn, "table-column", "style:table-column-properties", [("style:column-width", "\(gap)cm")]),
            style(row, "table-row", "style:table-row-properties", [("style:min-row-height", "1.1cm")]),
            style(boxCell, "table-cell", "style:table-cell-properties", [("fo:padding", "0.08cm"), ("fo:border", "0.5pt solid #000000")]),
            style(gapCell, "table-cell", "style:table-cell-properties", [("fo:padding", "0cm"), ("fo:border", "none")]),
        ]
    }

    /// "Sida N (M)" with live page number and count.
    private static var pageLabel: [ODTNode] {
        [
            .text("Sida "), .el("text:page-number", [("text:select-page", "current")], [.text("1")]),
            .text(" ("), .el("text:page-count", [], [.text("1")]), .text(")"),
        ]
    }
}
