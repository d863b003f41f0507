/// content.xml's automatic styles: the tables' looks (A4 text width 16 cm) and the keep-with-next
/// variant of the paragraph that precedes the signature grid.
enum ODTAutomaticStyles {
    /// The style names of a borderless label/value table.
    struct LabelValueTable {
        let table: String, labelColumn: String, valueColumn: String

        init(_ name: String) {
            (table, labelColumn, valueColumn) = (name, name + ".A", name + ".B")
        }
    }

    static let facts = LabelValueTable("Fakta"), posting = LabelValueTable("Anslag"), factCell = "Fakta.C"
    static let attendeeTable = "Narvaro", attendeeRow = "Narvaro.R"
    static let attendeeHeaderCell = "Narvaro.H", attendeeCell = "Narvaro.D"
    static let attendeeColumns = ["Narvaro.A", "Narvaro.B", "Narvaro.C"]
    static let contentTable = "Tabell", contentColumn = "Tabell.A", contentRow = "Tabell.R"
    static let contentHeaderCell = "Tabell.H", contentCell = "Tabell.D"
    static let signatureTable = "Underskrifter", signatureColumn = "Underskrifter.A", signatureGutter = "Underskrifter.B"
    static let signatureRoleCell = "Underskrifter.Roll", signatureLineCell = "Underskrifter.Linje"
    static let signatureNameCell = "Underskrifter.Namn", signatureEmptyCell = "Underskrifter.Tom"
    static let signatureFieldCell = "Underskrifter.Falt", signatureFieldGraphic = "Underskriftsfalt"

    private static let rule = "0.5pt solid #000000"

    /// The fact table's label column: the longest label on one line (about 0.19 cm a bold 11 pt character, plus
    /// the cell's padding), between 3 and 6 cm: "Tid" gets 3 cm, "Justeringens plats och tid" 5.2 cm.
    static func factLabelWidth(_ rows: [HeaderRow]) -> Double {
        let longest = rows.map(\.label.count).max() ?? 0
        let estimate = ((Double(longest) * 0.19 + 0.3) * 10).rounded() / 10
        return min(6, max(3, estimate))
    }

    /// Every automatic style; `keepParent` names the style the keep-with-next paragraph inherits, if any, and
    /// `posting` says whether the document has an anslagsbevis.
    static func nodes(factLabelWidth: Double, posting hasPosting: Bool, keepParent: String?, signatureFields: Bool = false) -> [ODTNode] {
        var nodes = labelValue(facts, labelWidth: factLabelWidth, [("fo:margin-bottom", "0.3cm")])
        if hasPosting {
            // The anslagsbevis stays whole: its grid keeps with the signature line under it.
            nodes += labelValue(posting, labelWidth: 7, [("fo:margin-bottom", "0cm"), ("fo:keep-with-next", "always"), ("style:may-break-between-rows", "false")])
        }
        nodes += [
            cell(factCell, [("fo:padding-top", "0.05cm"), ("fo:padding-bottom", "0.05cm"), ("fo:padding-left", "0cm"), ("fo:padding-right", "0.2cm"), ("fo:border", "none")]),
            table(attendeeTable, [("fo:margin-bottom", "0.2cm")]),
            column(attendeeColumns[0], [("style:column-width", "5cm")]),
            column(attendeeColumns[1], [("style:column-width", "5.5cm")]),
            column(attendeeColumns[2], [("style:column-width", "5.5cm")]),
            keepTogetherRow(attendeeRow),
            cell(attendeeHeaderCell, [("fo:background-color", "#e6e6e6"), ("fo:padding", "0.08cm"), ("fo:border-top", "none"), ("fo:border-bottom", "0.75pt solid #000000"), ("fo:border-left", "none"), ("fo:border-right", "none")]),
            cell(attendeeCell, [("fo:padding", "0.08cm"), ("fo:border-top", "none"), ("fo:border-bottom", "0.5pt solid #b3b3b3"), ("fo:border-left", "none"), ("fo:border-right", "none")]),
            table(contentTable, [("fo:margin-top", "0.1cm"), ("fo:margin-bottom", "0.3cm")]),
            column(contentColumn, [("style:rel-column-width", "1*")]),
            keepTogetherRow(contentRow),
            cell(contentHeaderCell, [("fo:background-color", "#e6e6e6"), ("fo:padding", "0.1cm"), ("fo:border", rule)]),
            cell(contentCell, [("fo:padding", "0.1cm"), ("fo:border", rule)]),
            table(signatureTable, [("fo:margin-top", "0.8cm"), ("style:may-break-between-rows", "false")]),
            column(signatureColumn, [("style:column-width", "7.5cm")]),
            column(signatureGutter, [("style:column-width", "1cm")]),
            cell(signatureRoleCell, [("fo:padding-top", "0.5cm"), ("fo:padding-bottom", "0cm"), ("fo:padding-left", "0cm"), ("fo:padding-right", "0cm"), ("fo:border", "none")]),
            cell(signatureLineCell, [("fo:padding-top", "1.2cm"), ("fo:padding-bottom", "0cm"), ("fo:padding-left", "0cm"), ("fo:padding-right", "0cm"), ("fo:border-top", "none"), ("fo:border-bottom", rule), ("fo:border-left", "none"), ("fo:border-right", "none")]),
            cell(signatureNameCell, [("fo:padding-top", "0.1cm"), ("fo:padding-bottom", "0cm"), ("fo:padding-left", "0cm"), ("fo:padding-right", "0cm"), ("fo:border", "none")]),
            cell(signatureEmptyCell, [("fo:padding", "0cm"), ("fo:border", "none")]),
        ]
        if signatureFields {
            // The field fills the space above the line that the line cell's padding keeps free otherwise.
            nodes.append(cell(signatureFieldCell, [("fo:padding", "0cm"), ("fo:border-top", "none"), ("fo:border-bottom", rule), ("fo:border-left", "none"), ("fo:border-right", "none")]))
            nodes.append(style(signatureFieldGraphic, family: "graphic", .el("style:graphic-properties", [
                ("style:vertical-pos", "top"), ("style:vertical-rel", "baseline"), ("fo:border", "none"), ("fo:background-color", "transparent"),
            ])))
        }
        if let keepParent {
            nodes.append(style(ODTStyle.keepWithNext, family: "paragraph", parent: keepParent,
                               .el("style:paragraph-properties", [("fo:keep-with-next", "always")])))
        }
        return nodes
    }

    private static func labelValue(_ names: LabelValueTable, labelWidth: Double, _ properties: [(String, String)]) -> [ODTNode] {
        [
            table(names.table, properties),
            column(names.labelColumn, [("style:column-width", centimetres(labelWidth))]),
            column(names.valueColumn, [("style:column-width", centimetres(16 - labelWidth))]),
        ]
    }

    /// "3cm", "4.5cm".
    private static func centimetres(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return (rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)) + "cm"
    }

    private static func table(_ name: String, _ properties: [(String, String)]) -> ODTNode {
        style(name, family: "table", .el("style:table-properties", [("style:width", "16cm"), ("table:align", "margins")] + properties))
    }

    private static func column(_ name: String, _ properties: [(String, String)]) -> ODTNode {
        style(name, family: "table-column", .el("style:table-column-properties", properties))
    }

    private static func keepTogetherRow(_ name: String) -> ODTNode {
        style(name, family: "table-row", .el("style:table-row-properties", [("fo:keep-together", "always")]))
    }

    private static func cell(_ name: String, _ properties: [(String, String)]) -> ODTNode {
        style(name, family: "table-cell", .el("style:table-cell-properties", properties))
    }

    private static func style(_ name: String, family: String, parent: String? = nil, _ properties: ODTNode) -> ODTNode {
        var attributes = [("style:name", name), ("style:family", family)]
        if let parent { attributes.append(("style:parent-style-name", parent)) }
        return .el("style:style", attributes, [properties])
    }
}
