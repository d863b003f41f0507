import MinutesModel

/// The registration fields (diarienummer, dokumenttyp, …) as XMP properties in the PDF, with the PDF/A extension
/// schema that declares them (PDF/A allows only declared custom properties).
enum PDFRegistrationXMP {
    static let namespace = "https://protokoll.invalid/ns/registration/1.0/"
    static let prefix = "protokollreg"

    /// The `rdf:Description`s to add inside `rdf:RDF`; empty when no field is given.
    static func descriptions(_ registration: Registration) -> String {
        let given = Registration.Key.allCases.compactMap { key in registration[key].map { (key.rawValue, $0) } }
        guard !given.isEmpty else { return "" }
        let properties = given.map { name, _ in
            "<rdf:li rdf:parseType=\"Resource\"><pdfaProperty:name>\(name)</pdfaProperty:name><pdfaProperty:valueType>Text</pdfaProperty:valueType>"
                + "<pdfaProperty:category>external</pdfaProperty:category><pdfaProperty:description>Diarium: \(name)</pdfaProperty:description></rdf:li>"
        }.joined()
        let schema = "<rdf:Description rdf:about=\"\" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\" "
            + "xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">"
            + "<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\"><pdfaSchema:schema>Protokoll registration metadata</pdfaSchema:schema>"
            + "<pdfaSchema:namespaceURI>\(namespace)</pdfaSchema:namespaceURI><pdfaSchema:prefix>\(prefix)</pdfaSchema:prefix>"
            + "<pdfaSchema:property><rdf:Seq>\(properties)</rdf:Seq></pdfaSchema:property></rdf:li></rdf:Bag></pdfaExtension:schemas></rdf:Description>\n"
        let values = given.map { name, value in "<\(prefix):\(name)>\(escaped(value))</\(prefix):\(name)>" }.joined()
        return schema + "<rdf:Description rdf:about=\"\" xmlns:\(prefix)=\"\(namespace)\">\(values)</rdf:Description>\n"
    }

    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }
}
