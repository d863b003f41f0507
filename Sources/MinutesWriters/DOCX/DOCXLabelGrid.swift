/// A borderless label/value table: the fact grid under the title and the anslagsbevis. Labels are bold; a value
/// of several lines is one paragraph per line, lines in `subheadings` ("Ledamöter", "Tjänstgörande ersättare")
/// in italics; the label column fits the longest label. `keepTogether` makes every paragraph keep with the next,
/// so the rows (which never split) stay with each other and with what follows.
struct DOCXLabelGrid {
    let body: DOCXBody
    var subheadings: Set<String> = []
    var keepTogether = false
    /// Space under the last row, so text after the grid does not sit on it.
    static let spaceAfter = 160

    func write(_ rows: [HeaderRow]) throws {
        guard !rows.isEmpty else { return }
        let labelWidth = DOCXMeasure.labelColumn(for: rows.map(\.label))
        let frame = DOCXTable(columns: [labelWidth, DOCXMeasure.textWidth - labelWidth])
        try body.table(frame) {
            for (index, row) in rows.enumerated() {
                let last = index == rows.count - 1
                let lines = row.lines.isEmpty ? [""] : row.lines
                try frame.row(body.ml, cells: [
                    { try paragraph(row.label, style: DOCXInlines.RunStyle().with(\.bold), spaceAfter: last) },
                    {
                        for (n, line) in lines.enumerated() {
                            let style = subheadings.contains(line) ? DOCXInlines.RunStyle().with(\.italic) : DOCXInlines.RunStyle()
                            try paragraph(line, style: style, spaceAfter: last && n == lines.count - 1)
                        }
                    },
                ])
            }
        }
    }

    private func paragraph(_ text: String, style: DOCXInlines.RunStyle, spaceAfter: Bool) throws {
        let properties = DOCXParagraph(style: "Tabelltext", keepNext: keepTogether, spacingAfter: spaceAfter ? DOCXLabelGrid.spaceAfter : nil)
        try properties.write(body.ml) { try body.inlines.run(text, style: style) }
    }
}
