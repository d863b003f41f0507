import MinutesModel

/// content.xml: title, header grid, attendance, preamble, items, then the signatures and the anslagsbevis, in
/// that order, as `KindLayout` decides them for the document's kind.
enum ODTContent {
    /// The `office:document-content` tree; with `masterPage` the title starts that master page (a
    /// user's template whose first master page is not "Standard").
    /// With `signatureFields` each signature line holds a text field named after its signer, which the PDF
    /// export turns into a signature field.
    static func root(_ minutes: Minutes, masterPage: String? = nil, signatureFields: Bool = false) -> ODTNode {
        let layout = KindLayout(minutes)
        var body = self.body(minutes, layout: layout)
        var keepParent: String?
        let fields = signatureFields ? SignatureFieldNames.of(layout.signatures) : nil
        let closing = ODTClosing.nodes(layout, fieldNames: fields)
        if !closing.isEmpty {
            // No lone signature page: the last paragraph before the signatures keeps with them.
            keepParent = keepLastParagraph(&body)
            body += closing
        }
        var styles = ODTAutomaticStyles.nodes(
            factLabelWidth: ODTAutomaticStyles.factLabelWidth(layout.headerRows), posting: layout.postingCertificate != nil, keepParent: keepParent,
            signatureFields: fields != nil)
        if let fields, !fields.isEmpty { body.insert(ODTSignatureFields.forms(fields), at: 0) }
        if let masterPage { ODTMasterPage.start(masterPage, body: &body, automaticStyles: &styles) }
        return ODTNode.el(
            "office:document-content",
            ODTXML.namespaces(["office", "style", "text", "table", "fo", "xlink"] + (fields == nil ? [] : ["form", "draw", "svg", "ooo"])) + [ODTXML.version],
            [
                .el("office:automatic-styles", [], styles),
                .el("office:body", [], [.el("office:text", [], body)]),
            ])
    }

    /// Everything before the signatures.
    static func body(_ minutes: Minutes, layout: KindLayout) -> [ODTNode] {
        var blocks = ODTBlocks(tables: ODTTables())
        var nodes = [ODTBlocks.heading(ODTStyle.title, level: 1, [.text(minutes.meta.title ?? layout.labels.documentName)])]
        let groupLabels = Set(minutes.attendance.map(\.label))
        if let grid = blocks.tables.labelValues(layout.headerRows, name: "Fakta", style: ODTAutomaticStyles.facts, subheadings: groupLabels) {
            nodes.append(grid)
        }
        for group in layout.attendanceTables {
            nodes.append(ODTBlocks.heading(ODTStyle.attendanceHeading, level: 2, [.text(group.label)]))
            nodes.append(blocks.tables.attendance(group, labels: layout.labels))
        }
        nodes += blocks.blocks(minutes.preamble)
        for item in minutes.items {
            let prefix = ItemHeadingText.prefix(item)
            let heading = (prefix.isEmpty ? [] : [Inline.text(prefix)]) + item.title
            nodes.append(ODTBlocks.heading(ODTStyle.heading(outlineLevel: 2), level: 2, ODTInlines.nodes(heading)))
            if let dnr = item.dnr { nodes.append(ODTBlocks.paragraph(ODTStyle.itemDiaryNumber, [.text("Dnr \(dnr)")])) }
            nodes += blocks.blocks(item.blocks)
        }
        return nodes
    }

    /// Gives the last paragraph or heading outside a table the keep-with-next style; returns its old style.
    static func keepLastParagraph(_ nodes: inout [ODTNode]) -> String? {
        for index in nodes.indices.reversed() {
            guard case .element(let name, var attributes, var children) = nodes[index], name != "table:table" else { continue }
            if name == "text:p" || name == "text:h" {
                guard let at = attributes.firstIndex(where: { $0.0 == "text:style-name" }) else { return nil }
                let parent = attributes[at].1
                attributes[at].1 = ODTStyle.keepWithNext
                nodes[index] = .element(name, attributes: attributes, children: children)
                return parent
            }
            if let parent = keepLastParagraph(&children) {
                nodes[index] = .element(name, attributes: attributes, children: children)
                return parent
            }
        }
        return nil
    }
}
