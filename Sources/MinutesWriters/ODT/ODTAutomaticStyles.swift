/// content.xml's automatic styles: the tables' looks (A4 text width 16 cm) and the keep-with-next
/// variant of the paragraph that precedes the signature grid.
enum ODTAutomaticStyles {
    static let factTable = "Fakta", factLabelColumn = "Fakta.A", factValueColumn = "Fakta.B", factCell = "Fakta.C"
    static let attendeeTable = "Narvaro", attendeeRow = "Narvaro.R"
    static let attendeeHeaderCell = "Narvaro.H", attendeeCell = "Narvaro.D"
    static let attendeeColumns = ["Narvaro.A", "Narvaro.B", "Narvaro.C"]
    static let contentTable = "Tabell", contentColumn = "Tabell.A", contentRow = "Tabell.R"
    static let contentHeaderCell = "Tabell.H", contentCell = "Tabell.D"
    static let signatureTable = "Underskrifter", signatureColumn = "Underskrifter.A", signatureGutter = "Underskrifter.B"
    static let signatureRoleCell = "Underskrifter.Roll", signatureLineCell = "Underskrifter.Linje"
    static let signatureNameCell = "Underskrifter.Namn", signatureEmptyCell = "Underskrifter.Tom"

    private static let rule = "0.5pt solid #000000"

    /// Every automatic style; `keepParent` names the style the keep-with-next paragraph inherits, if any.
    static func nodes(keepParent: String?) -> [ODTNode] {
        var nodes = [
            table(factTable, [("fo:margin-bottom", "0.3cm")]),
            column(factLabelColumn, [("style:column-width", "3cm")]),
            column(factValueColumn, [("style:column-width", "13cm")]),
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
        if let keepParent {
            nodes.append(style(ODTStyle.keepWithNext, family: "paragraph", parent: keepParent,
                               .el("style:paragraph-properties", [("fo:keep-with-next", "always")])))
        }
        return nodes
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
