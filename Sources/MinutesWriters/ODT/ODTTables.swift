import MinutesModel

/// The document's tables: label/value grids (under the title, in the anslagsbevis), one attendance table per group, tables from the text,
/// and the signature grid. Their automatic styles are in `ODTAutomaticStyles`.
struct ODTTables {
    private var attendanceCount = 0
    private var contentCount = 0

    /// A borderless label/value table (the grid under the title, the anslagsbevis), one paragraph per line
    /// of a value, lines in `subheadings` ("Ledamöter", "Tjänstgörande ersättare") set apart; nil when there are no rows.
    func labelValues(_ rows: [HeaderRow], name: String, style: ODTAutomaticStyles.LabelValueTable,
                     subheadings: Set<String> = []) -> ODTNode? {
        guard !rows.isEmpty else { return nil }
        let body = rows.map { row in
            Self.row(nil, [
                Self.cell(ODTAutomaticStyles.factCell, ODTStyle.factLabel, [.text(row.label)]),
                Self.cell(ODTAutomaticStyles.factCell, row.lines.map { line in
                    ODTBlocks.paragraph(subheadings.contains(line) ? ODTStyle.factGroup : ODTStyle.tableContents, [.text(line)])
                }),
            ])
        }
        return Self.table(name, style: style.table, columns: [style.labelColumn, style.valueColumn], body)
    }

    /// Namn / Organisation / Anteckning, with a header row that repeats on every page.
    mutating func attendance(_ group: AttendanceGroup, labels: MinutesLabels) -> ODTNode {
        attendanceCount += 1
        let header = Self.row(ODTAutomaticStyles.attendeeRow, labels.attendeeColumns.map {
            Self.cell(ODTAutomaticStyles.attendeeHeaderCell, ODTStyle.attendeeHeaderCell, [.text($0)])
        })
        let rows = group.attendees.map { attendee in
            Self.row(ODTAutomaticStyles.attendeeRow, AttendeeNote.row(attendee).map {
                Self.cell(ODTAutomaticStyles.attendeeCell, ODTStyle.attendeeCell, [.text($0)])
            })
        }
        let columns = ODTAutomaticStyles.attendeeColumns
        return Self.table("Närvaro\(attendanceCount)", style: ODTAutomaticStyles.attendeeTable, columns: columns,
                          [.el("table:table-header-rows", [], [header])] + rows)
    }

    /// A table from the text, ruled, its header row repeating; nil when it has no cells.
    mutating func content(_ table: Table) -> ODTNode? {
        let width = ([table.header?.count ?? 0] + table.rows.map(\.count)).max() ?? 0
        guard width > 0 else { return nil }
        contentCount += 1
        func cells(_ row: [[Inline]], cellStyle: String, paragraphStyle: String) -> ODTNode {
            let padded = row + Array(repeating: [], count: max(0, width - row.count))
            return Self.row(ODTAutomaticStyles.contentRow, padded.map {
                Self.cell(cellStyle, paragraphStyle, ODTInlines.nodes($0))
            })
        }
        var rows: [ODTNode] = []
        if let header = table.header {
            let row = cells(header, cellStyle: ODTAutomaticStyles.contentHeaderCell, paragraphStyle: ODTStyle.tableHeading)
            rows.append(table.rows.isEmpty ? row : .el("table:table-header-rows", [], [row]))
        }
        rows += table.rows.map { cells($0, cellStyle: ODTAutomaticStyles.contentCell, paragraphStyle: ODTStyle.tableContents) }
        let columns = Array(repeating: ODTAutomaticStyles.contentColumn, count: width)
        return Self.table("Tabell\(contentCount)", style: ODTAutomaticStyles.contentTable, columns: columns, rows)
    }

    /// Two signers per row: role, space to sign above a rule, the printed name (blank when nil) and any note
    /// below. The table may not break between rows, so the whole block stays on one page.
    func signatures(_ signatures: [SignatureCell], name: String, fieldNames: [String]? = nil) -> ODTNode? {
        guard !signatures.isEmpty else { return nil }
        var rows: [ODTNode] = []
        var fieldIndex = 0
        for pair in SignatureGrid.rows(signatures) {
            let slots = (0..<SignatureGrid.perRow).map { $0 < pair.count ? pair[$0] : nil }
            func line(_ part: (SignatureCell) -> ODTNode) -> ODTNode {
                let empty = Self.cell(ODTAutomaticStyles.signatureEmptyCell, ODTStyle.signatureName, [])
                var cells: [ODTNode] = []
                for (index, signer) in slots.enumerated() {
                    if index > 0 { cells.append(empty) }
                    cells.append(signer.map(part) ?? empty)
                }
                return Self.row(nil, cells)
            }
            rows.append(line { Self.cell(ODTAutomaticStyles.signatureRoleCell, ODTStyle.signatureRole, [.text($0.role)]) })
            rows.append(line { _ in
                guard fieldNames != nil else { return Self.cell(ODTAutomaticStyles.signatureLineCell, ODTStyle.signatureName, []) }
                fieldIndex += 1
                return Self.cell(ODTAutomaticStyles.signatureFieldCell, ODTStyle.signatureName, [ODTSignatureFields.control(fieldIndex)])
            })
            rows.append(line { signer in
                let note = signer.note.map { [ODTBlocks.paragraph(ODTStyle.signatureNote, [.text($0)])] } ?? []
                return Self.cell(ODTAutomaticStyles.signatureNameCell, [ODTBlocks.paragraph(ODTStyle.signatureName, [.text(signer.name ?? "")])] + note)
            })
        }
        let columns = (0..<SignatureGrid.perRow).flatMap { index in
            index == 0 ? [ODTAutomaticStyles.signatureColumn] : [ODTAutomaticStyles.signatureGutter, ODTAutomaticStyles.signatureColumn]
        }
        return Self.table(name, style: ODTAutomaticStyles.signatureTable, columns: columns, rows)
    }

    private static func table(_ name: String, style: String, columns: [String], _ rows: [ODTNode]) -> ODTNode {
        let columnNodes = columns.map { ODTNode.el("table:table-column", [("table:style-name", $0)]) }
        return .el("table:table", [("table:name", name), ("table:style-name", style)], columnNodes + rows)
    }

    private static func row(_ style: String?, _ cells: [ODTNode]) -> ODTNode {
        .el("table:table-row", style.map { [("table:style-name", $0)] } ?? [], cells)
    }

    private static func cell(_ style: String, _ paragraphStyle: String, _ content: [ODTNode]) -> ODTNode {
        cell(style, [ODTBlocks.paragraph(paragraphStyle, content)])
    }

    private static func cell(_ style: String, _ paragraphs: [ODTNode]) -> ODTNode {
        .el("table:table-cell", [("table:style-name", style), ("office:value-type", "string")], paragraphs)
    }
}
