/// The form fields on the signature lines: one text control per signer, named after the signer and role, which
/// LibreOffice exports as a PDF field at the line's place and `PDFSignatureFields` turns into a signature field.
enum ODTSignatureFields {
    /// `office:forms`, the first child of `office:text`.
    static func forms(_ names: [String]) -> ODTNode {
        let controls = names.enumerated().map { index, name in
            ODTNode.el("form:text", [
                ("form:name", name), ("form:control-implementation", "ooo:com.sun.star.form.component.TextField"),
                ("xml:id", id(index + 1)), ("form:id", id(index + 1)),
            ])
        }
        return .el("office:forms", [("form:automatic-focus", "false"), ("form:apply-design-mode", "false")], [
            .el("form:form", [("form:name", "Underskrifter"), ("form:apply-filter", "false")], controls),
        ])
    }

    /// The control standing on signature line `number` (1-based, reading order), as wide as the line.
    static func control(_ number: Int) -> ODTNode {
        .el("draw:control", [
            ("draw:style-name", ODTAutomaticStyles.signatureFieldGraphic), ("text:anchor-type", "as-char"),
            ("svg:width", "7.5cm"), ("svg:height", "1.2cm"), ("draw:control", id(number)),
        ])
    }

    private static func id(_ number: Int) -> String { "signature-field-\(number)" }
}
