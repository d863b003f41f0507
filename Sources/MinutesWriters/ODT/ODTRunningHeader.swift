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
        let second = ODTBlocks.paragraph(ODTStyle.protocolHeaderLast, [.el("text:tab")] + (RunningHeader.dateLine(meta).map { [.text($0)] } ?? []))
        return .el("style:header", [], [first, second])
    }

    /// "Sida 1 (4)" centred, or nil when the header holds the page label.
    static func footer(_ meta: Metadata) -> ODTNode? {
        guard !RunningHeader.pageLabelInHeader(meta) else { return nil }
        return .el("style:footer", [], [ODTBlocks.paragraph(ODTStyle.footer, pageLabel)])
    }

    /// "Sida N (M)" with live page number and count.
    private static var pageLabel: [ODTNode] {
        [
            .text("Sida "), .el("text:page-number", [("text:select-page", "current")], [.text("1")]),
            .text(" ("), .el("text:page-count", [], [.text("1")]), .text(")"),
        ]
    }
}
