/// The last section of a DOCX template's main document: its properties and header/footer references.
struct DOCXTemplateSection {
    /// One `w:headerReference` or `w:footerReference`.
    struct Reference {
        let kind: TemplatePart.Kind
        let relationshipID: String
    }

    /// The `w:sectPr`, standalone, or nil when the document has none.
    let properties: [UInt8]?
    /// Its header and footer references, each relationship id once, in document order.
    let references: [Reference]

    init(_ package: DOCXTemplatePackage) throws {
        let document = try package.archive.data(package.documentPath)
        (properties, references) = try DOCXTemplatePackage.read(document, part: package.documentPath) { root in
            guard root.name == "document", root.namespaceURI == TemplateNamespace.wordMain else {
                throw TemplateError.notAWordDocument("\(package.documentPath) is not a transitional w:document")
            }
            ForeignMarkup.resolveMarkupCompatibility(root)
            guard let section = Self.lastSection(root) else { return (nil, []) }
            return (ParsedXML.serialized(standalone: section), Self.references(section))
        }
    }

    /// The body-level `w:sectPr`, or failing that the last one in a paragraph.
    private static func lastSection(_ root: XMLNodeRef) -> XMLNodeRef? {
        let w = TemplateNamespace.wordMain
        guard let body = root.firstChild("body", namespaceURI: w) else { return nil }
        return body.children("sectPr", namespaceURI: w).last ?? body.descendants("sectPr", namespaceURI: w).last
    }

    private static func references(_ section: XMLNodeRef) -> [Reference] {
        var seen: Set<String> = []
        return section.childElements.compactMap { element in
            guard element.namespaceURI == TemplateNamespace.wordMain,
                  let kind = [("headerReference", TemplatePart.Kind.header), ("footerReference", .footer)]
                    .first(where: { $0.0 == element.name })?.1,
                  let id = element.attribute("id", namespaceURI: TemplateNamespace.officeRelationships),
                  seen.insert(id).inserted
            else { return nil }
            return Reference(kind: kind, relationshipID: id)
        }
    }

    /// `properties` with header/footer `r:id`s renamed through `remapping`, unmapped references dropped.
    static func remap(_ properties: [UInt8], _ remapping: [String: String]) -> [UInt8]? {
        try? DOCXTemplatePackage.read(properties, part: "w:sectPr") { section in
            let r = TemplateNamespace.officeRelationships
            for element in section.childElements where ["headerReference", "footerReference"].contains(element.name) {
                if let id = element.attribute("id", namespaceURI: r), let mapped = remapping[id] {
                    element.setAttribute("id", namespaceURI: r, value: mapped)
                } else {
                    element.remove()
                }
            }
            return ParsedXML.serialized(standalone: section)
        }
    }
}
