/// The parts `word/document.xml` relates to, in relationship-id order (`rId1` = styles, …).
enum DOCXWordPart: Int, CaseIterable {
    case styles = 1, numbering, settings, fontTable, header, footer

    var relationshipId: String { "rId\(rawValue)" }

    /// The part's name inside `word/`.
    var fileName: String {
        switch self {
        case .styles: "styles.xml"
        case .numbering: "numbering.xml"
        case .settings: "settings.xml"
        case .fontTable: "fontTable.xml"
        case .header: "header1.xml"
        case .footer: "footer1.xml"
        }
    }

    var relationshipType: String { DOCXPackage.officeDocumentRelationships + relationshipName }

    var contentType: String { DOCXPackage.wordprocessing + relationshipName + "+xml" }

    private var relationshipName: String {
        switch self {
        case .styles: "styles"
        case .numbering: "numbering"
        case .settings: "settings"
        case .fontTable: "fontTable"
        case .header: "header"
        case .footer: "footer"
        }
    }
}

/// A part of the package: its path, content type and bytes.
struct DOCXPart {
    let path: String
    let contentType: String
    let bytes: [UInt8]
}

/// Package plumbing: `[Content_Types].xml` and relationship parts, built from the real parts.
enum DOCXPackage {
    static let wordprocessing = "application/vnd.openxmlformats-officedocument.wordprocessingml."
    static let officeDocumentRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    static let relationshipsContentType = "application/vnd.openxmlformats-package.relationships+xml"

    /// One relationship of a `.rels` part.
    struct Relationship {
        let id: String
        let type: String
        let target: String
        var isExternal = false
    }

    /// `[Content_Types].xml`: Defaults for `rels` and `xml`, an Override for every other part.
    static func contentTypes(for parts: [DOCXPart]) throws -> [UInt8] {
        try WordML.part { ml in
            try ml.element("Types", [("xmlns", "http://schemas.openxmlformats.org/package/2006/content-types")]) {
                try ml.empty("Default", [("Extension", "rels"), ("ContentType", relationshipsContentType)])
                try ml.empty("Default", [("Extension", "xml"), ("ContentType", "application/xml")])
                for part in parts where !part.path.hasSuffix(".rels") {
                    try ml.empty("Override", [("PartName", "/" + part.path), ("ContentType", part.contentType)])
                }
            }
        }
    }

    /// The relationships part at `path`.
    static func relationships(at path: String, _ relationships: [Relationship]) throws -> DOCXPart {
        let bytes = try WordML.part { ml in
            try ml.element("Relationships", [("xmlns", "http://schemas.openxmlformats.org/package/2006/relationships")]) {
                for relationship in relationships {
                    var attributes = [("Id", relationship.id), ("Type", relationship.type), ("Target", relationship.target)]
                    if relationship.isExternal { attributes.append(("TargetMode", "External")) }
                    try ml.empty("Relationship", attributes)
                }
            }
        }
        return DOCXPart(path: path, contentType: relationshipsContentType, bytes: bytes)
    }
}
