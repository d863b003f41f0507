/// Namespace URIs the template readers look for.
enum TemplateNamespace {
    static let office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    static let style = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
    static let text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    static let drawing = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
    static let xlink = "http://www.w3.org/1999/xlink"
    static let manifest = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
    static let xml = "http://www.w3.org/XML/1998/namespace"

    static let wordMain = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let officeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let markupCompatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006"

    /// The namespaces the ODF 1.3 schemas (document and manifest) define elements or attributes in; anything else is foreign
    /// (LibreOffice's `loext:`, `officeooo:`, …) and fails strict validation.
    static let odf: Set<String> = [
        "urn:oasis:names:tc:opendocument:xmlns:animation:1.0",
        "urn:oasis:names:tc:opendocument:xmlns:chart:1.0",
        "urn:oasis:names:tc:opendocument:xmlns:config:1.0",
        "urn:oasis:names:tc:opendocument:xmlns:database:1.0",
        "http://purl.org/dc/elements/1.1/",
        "urn:oasis:names:tc:opendocument:xmlns:dr3d:1.0",
        drawing,
        "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
        "urn:oasis:names:tc:opendocument:xmlns:form:1.0",
        "http://www.w3.org/2003/g/data-view#",
        "http://www.w3.org/1998/Math/MathML",
        "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
        "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0",
        "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0",
        office,
        "urn:oasis:names:tc:opendocument:xmlns:presentation:1.0",
        "urn:oasis:names:tc:opendocument:xmlns:script:1.0",
        "urn:oasis:names:tc:opendocument:xmlns:smil-compatible:1.0",
        style,
        "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
        "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
        text,
        "http://www.w3.org/2002/xforms",
        "http://www.w3.org/1999/xhtml",
        xlink,
        xml,
    ]
}
