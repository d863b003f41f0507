/// The signature block: an optional heading ("Underskrifter"), then a borderless table, two signers to a row;
/// per signer the role, room to sign, a signature line, the printed name (blank to fill in by hand) and a note
/// ("Paragrafer §§ 163–167"). Rows never split, and every paragraph keeps with the next, so the block stays
/// together and with the text before it.
struct DOCXSignatures {
    let body: DOCXBody

    func write(_ signatures: [SignatureCell], heading: String?) throws {
        guard !signatures.isEmpty else { return }
        if let heading {
            try body.paragraph(DOCXParagraph(style: "Underskriftsrubrik")) { try body.inlines.run(heading, style: .init()) }
        } else {
            try body.paragraph(DOCXParagraph(keepNext: true, spacingBefore: 240))
        }
        let frame = DOCXTable(columns: DOCXTable.evenColumns(SignatureGrid.perRow, total: DOCXMeasure.textWidth))
        try body.table(frame) {
            for (index, pair) in SignatureGrid.rows(signatures).enumerated() {
                try frame.row(body.ml, cells: pair.map { signer in { try cell(signer, spaceBefore: index > 0) } })
            }
        }
    }

    /// Space between one row's printed names and the next row's roles.
    static let rowGap = 480

    private func cell(_ signer: SignatureCell, spaceBefore: Bool) throws {
        var role = DOCXParagraph(style: "UnderskriftRoll")
        role.spacingBefore = spaceBefore ? DOCXSignatures.rowGap : nil
        try role.write(body.ml) { try body.inlines.run(signer.role, style: .init()) }
        try DOCXParagraph(style: "Underskriftslinje").write(body.ml) {}
        try DOCXParagraph(style: "Underskrift").write(body.ml) { try body.inlines.run(signer.name ?? "", style: .init()) }
        if let note = signer.note {
            try DOCXParagraph(style: "UnderskriftNot").write(body.ml) { try body.inlines.run(note, style: .init()) }
        }
    }
}
