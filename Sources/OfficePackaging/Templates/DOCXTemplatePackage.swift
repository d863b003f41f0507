/// The OPC plumbing of a DOCX template: content types, the main document and its relationships.
struct DOCXTemplatePackage {
    let archive: TemplateArchive
    let contentTypes: OPCContentTypes
    /// The zip entry name of the main document, usually `word/document.xml`.
    let documentPath: String
    let documentRelationships: [OPCRelationships.Relationship]

    /// Finds the main document through `_rels/.rels` and checks that it is WordprocessingML.
    init(_ archive: TemplateArchive) throws {
        guard let typesXML = try archive.dataIfPresent(OPCContentTypes.path) else {
            throw TemplateError.notAWordDocument("no [Content_Types].xml")
        }
        guard let packageRels = try archive.dataIfPresent("_rels/.rels") else {
            throw TemplateError.notAWordDocument("no _rels/.rels")
        }
        let types = try Self.read(typesXML, part: OPCContentTypes.path) { OPCContentTypes(root: $0) }
        let relationships = try Self.read(packageRels, part: "_rels/.rels") {
            OPCRelationships(root: $0, relsPath: "_rels/.rels").relationships
        }
        guard let main = relationships.first(where: { $0.type.hasSuffix("/relationships/officeDocument") })?.resolvedTarget,
              archive.contains(main)
        else { throw TemplateError.notAWordDocument("no main document") }
        let mainType = types.contentType(of: main) ?? "no content type"
        guard mainType.hasSuffix(".main+xml"), mainType.contains("wordprocessingml") || mainType.contains("ms-word") else {
            throw TemplateError.notAWordDocument("the main part is \(mainType)")
        }
        let relsPath = Self.relationshipsPath(of: main)
        self.archive = archive
        contentTypes = types
        documentPath = main
        documentRelationships = try archive.dataIfPresent(relsPath).map { xml in
            try Self.read(xml, part: relsPath) { OPCRelationships(root: $0, relsPath: relsPath).relationships }
        } ?? []
    }

    /// `word/document.xml` → `word/_rels/document.xml.rels`.
    static func relationshipsPath(of part: String) -> String {
        var components = part.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let name = components.popLast() ?? part
        return (components + ["_rels", name + ".rels"]).joined(separator: "/")
    }

    /// Parses `bytes` in its own libxml2 error scope and hands the root to `body`.
    static func read<T>(_ bytes: [UInt8], part: String, _ body: (XMLNodeRef) throws -> T) throws -> T {
        try LibXML.collectingErrors { collector in
            let parsed = try ParsedXML.parseTemplatePart(bytes, part: part, collector)
            return try withExtendedLifetime(parsed) {
                guard let root = parsed.root else { throw TemplateError.malformedPart(part, "no root element") }
                return try body(root)
            }
        }
    }

    /// Parses `bytes`, lets `edit` change the tree, and returns it serialised.
    static func edit(_ bytes: [UInt8], part: String, _ change: (XMLNodeRef) throws -> Void) throws -> [UInt8] {
        try LibXML.collectingErrors { collector in
            let parsed = try ParsedXML.parseTemplatePart(bytes, part: part, collector)
            return try withExtendedLifetime(parsed) {
                guard let root = parsed.root else { throw TemplateError.malformedPart(part, "no root element") }
                try change(root)
                return parsed.serialized()
            }
        }
    }
}
