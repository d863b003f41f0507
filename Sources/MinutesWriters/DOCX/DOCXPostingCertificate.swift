/// The anslagsbevis under the signatures: heading, the standard sentence, the label/value rows and one signature
/// line, every paragraph keeping with the next so the certificate never splits across pages.
struct DOCXPostingCertificate {
    let body: DOCXBody

    func write(_ rows: [HeaderRow]) throws {
        try body.paragraph(DOCXParagraph(style: "Anslagsrubrik")) { try body.inlines.run(KindLayout.postingHeading, style: .init()) }
        try body.paragraph(DOCXParagraph(style: "Anslagstext")) { try body.inlines.run(KindLayout.postingStatement, style: .init()) }
        try DOCXLabelGrid(body: body, keepTogether: true).write(rows)
        try DOCXSignatures(body: body).write([KindLayout.postingSigner], heading: nil)
    }
}
