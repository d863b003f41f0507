import MinutesModel

/// content.xml: title, facts, attendance, preamble, items and the signature grid, in that order.
enum ODTContent {
    static func part(_ minutes: Minutes) throws -> [UInt8] {
        var body = self.body(minutes)
        var keepParent: String?
        if let grid = ODTTables().signatures(minutes.signatures) {
            // No lone signature page: the last paragraph before the grid keeps with it.
            keepParent = keepLastParagraph(&body)
            body.append(grid)
        }
        let root = ODTNode.el(
            "office:document-content",
            ODTXML.namespaces(["office", "style", "text", "table", "fo", "xlink"]) + [ODTXML.version],
            [
                .el("office:automatic-styles", [], ODTAutomaticStyles.nodes(keepParent: keepParent)),
                .el("office:body", [], [.el("office:text", [], body)]),
            ])
        return try ODTXML.document(root)
    }

    /// Everything before the signatures.
    static func body(_ minutes: Minutes) -> [ODTNode] {
        let labels = MinutesLabels(kind: minutes.meta.kind)
        var blocks = ODTBlocks(tables: ODTTables())
        var nodes = [ODTBlocks.heading(ODTStyle.title, level: 1, [.text(minutes.meta.title ?? labels.documentName)])]
        if let facts = blocks.tables.facts(FactRows.rows(minutes.meta, labels: labels)) { nodes.append(facts) }
        for group in minutes.attendance where !group.attendees.isEmpty {
            nodes.append(ODTBlocks.heading(ODTStyle.attendanceHeading, level: 2, [.text(group.label)]))
            nodes.append(blocks.tables.attendance(group, labels: labels))
        }
        nodes += blocks.blocks(minutes.preamble)
        for item in minutes.items {
            nodes.append(ODTBlocks.heading(ODTStyle.heading(outlineLevel: 2), level: 2, ODTInlines.nodes(itemHeading(item))))
            nodes += blocks.blocks(item.blocks)
        }
        return nodes
    }

    /// "1. Incheckning", "§ 163 Val av justerare", or the bare title of an unnumbered item.
    static func itemHeading(_ item: AgendaItem) -> [Inline] {
        let number = item.numberLabel
        guard !number.isEmpty else { return item.title }
        return [.text(item.usesParagraphSign ? "§\u{00A0}\(number) " : "\(number). ")] + item.title
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
