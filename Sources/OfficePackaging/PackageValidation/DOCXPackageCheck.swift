/// OPC and WordprocessingML rules for a .docx package, plus schema validation of its XML parts.
enum DOCXPackageCheck {
    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    private static let wordprocessing = "application/vnd.openxmlformats-officedocument.wordprocessingml."
    /// Which schema validates a part, by its content type.
    static let schemaByContentType: [String: BundledSchema] = [
        wordprocessing + "document.main+xml": .wordMain,
        wordprocessing + "template.main+xml": .wordMain,
        "application/vnd.ms-word.document.macroEnabled.main+xml": .wordMain,
        "application/vnd.ms-word.template.macroEnabledTemplate.main+xml": .wordMain,
        wordprocessing + "styles+xml": .wordStyles,
        wordprocessing + "numbering+xml": .wordNumbering,
        wordprocessing + "settings+xml": .wordSettings,
        wordprocessing + "header+xml": .wordHeader,
        wordprocessing + "footer+xml": .wordFooter,
        wordprocessing + "fontTable+xml": .wordFontTable,
        "application/vnd.openxmlformats-officedocument.custom-properties+xml": .customProperties,
        "application/vnd.openxmlformats-officedocument.extended-properties+xml": .extendedProperties,
        "application/vnd.openxmlformats-package.core-properties+xml": .coreProperties,
    ]

    static func run(_ inspection: inout PackageInspection) {
        for entry in inspection.reader.entries where entry.isDirectory {
            inspection.report(entry.name, "directory entries must not be in a DOCX package")
        }
        let contentTypes = readContentTypes(&inspection)
        checkRelationships(&inspection)
        for entry in inspection.reader.entries where !entry.isDirectory && entry.name != OPCContentTypes.path {
            guard let contentType = contentTypes?.contentType(of: entry.name) else {
                if contentTypes != nil {
                    inspection.report(entry.name, "has no content type in \(OPCContentTypes.path) (no Default for its extension, no Override)")
                }
                continue
            }
            if !OPCRelationships.isRelationshipsPart(entry.name) {  // validated with their targets above
                checkPart(entry.name, contentType: contentType, &inspection)
            }
        }
    }

    private static func readContentTypes(_ inspection: inout PackageInspection) -> OPCContentTypes? {
        let path = OPCContentTypes.path
        guard inspection.contains(path) else {
            inspection.report(path, "missing; every OPC package needs it")
            return nil
        }
        guard let bytes = inspection.validate(path, against: .contentTypes),
              let contentTypes = ParsedXML.withRoot(of: bytes, OPCContentTypes.init) else { return nil }
        for (name, override) in contentTypes.overrides.sorted(by: { $0.value.line < $1.value.line })
        where !inspection.reader.entries.contains(where: { $0.name.lowercased() == name }) {
            inspection.report(path, line: override.line, "Override for '/\(name)', which is not in the package")
        }
        return contentTypes
    }

    private static func checkRelationships(_ inspection: inout PackageInspection) {
        if !inspection.contains("_rels/.rels") {
            inspection.report("_rels/.rels", "missing; the package relationships name the main document")
        }
        let relsParts = inspection.reader.entries.map(\.name).filter(OPCRelationships.isRelationshipsPart)
        for path in relsParts {
            guard let bytes = inspection.validate(path, against: .relationships),
                  let rels = ParsedXML.withRoot(of: bytes, { OPCRelationships(root: $0, relsPath: path) }) else { continue }
            for relationship in rels.relationships where !relationship.isExternal {
                if relationship.resolvedTarget.map(inspection.contains) != true {
                    inspection.report(path, line: relationship.line,
                        "relationship \(relationship.id) targets '\(relationship.target)', which is not in the package")
                }
            }
            if path == "_rels/.rels", !rels.relationships.contains(where: { $0.type == OPCRelationships.officeDocumentType }) {
                inspection.report(path, "has no officeDocument relationship to the main document")
            }
        }
    }

    private static func checkPart(_ name: String, contentType: String, _ inspection: inout PackageInspection) {
        let bytes: [UInt8]?
        if let schema = schemaByContentType[contentType] {
            bytes = inspection.validate(name, against: schema)
        } else if contentType.hasSuffix("xml") {
            bytes = inspection.data(name)
            if let bytes, let error = XMLCanonicalizer.wellFormedError(bytes) {
                inspection.report(name, "not well-formed XML: \(error)")
            }
        } else {
            return
        }
        guard contentType.hasPrefix(wordprocessing), let bytes else { return }
        let cellProblems = ParsedXML.withRoot(of: bytes, tableCellProblems) ?? []
        for (line, message) in cellProblems {
            inspection.report(name, line: line, message)
        }
    }

    /// Table cells Word rejects although the schemas accept them: no `w:p`, or a nested table last.
    static func tableCellProblems(_ root: XMLNodeRef) -> [(Int, String)] {
        root.descendantsAndSelf.compactMap { node in
            guard node.namespaceURI == wordNamespace, node.name == "tc" else { return nil }
            let children = node.childElements.filter { $0.namespaceURI == wordNamespace }
            if !children.contains(where: { $0.name == "p" }) {
                return (node.line, "w:tc holds no w:p; Word requires a paragraph in every table cell")
            }
            if children.last?.name == "tbl" {
                return (node.line, "w:tc ends with a nested w:tbl; Word requires a w:p after it")
            }
            return nil
        }
    }
}
