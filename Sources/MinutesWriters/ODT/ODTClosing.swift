/// What follows the last item: the "Underskrifter" heading (municipal protocols), the signature grid and the
/// anslagsbevis, which is kept on one page: heading and statement keep with its grid, the grid with the
/// signature line, and neither table breaks between rows.
enum ODTClosing {
    static func nodes(_ layout: KindLayout, fieldNames: [String]? = nil) -> [ODTNode] {
        let tables = ODTTables()
        guard let grid = tables.signatures(layout.signatures, name: "Underskrifter", fieldNames: fieldNames) else { return [] }
        var nodes: [ODTNode] = []
        if let heading = layout.signatureHeading { nodes.append(ODTBlocks.paragraph(ODTStyle.signatureHeading, [.text(heading)])) }
        nodes.append(grid)
        guard let certificate = layout.postingCertificate,
              let rows = tables.labelValues(certificate, name: "Anslagsbevis", style: ODTAutomaticStyles.posting),
              let signature = tables.signatures([KindLayout.postingSigner], name: "Anslagsunderskrift") else {
            return nodes
        }
        return nodes + [
            ODTBlocks.paragraph(ODTStyle.postingHeading, [.text(KindLayout.postingHeading)]),
            ODTBlocks.paragraph(ODTStyle.postingStatement, [.text(KindLayout.postingStatement)]),
            rows, signature,
        ]
    }
}
