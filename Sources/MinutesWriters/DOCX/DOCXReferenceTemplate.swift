import OfficePackaging

/// The user's `--reference-doc` as the DOCX writer uses it: the template's styles (with the ones it lacks taken
/// from the house style), page layout, header and footer. Protokoll's own header or footer fills a slot the
/// template leaves empty, so a template with only a logo header still gets the footer "Sida N (M)".
struct DOCXReferenceTemplate {
    let template: DOCXTemplate
    /// The relationship id `word/document.xml` gives each template part, by the template's own id.
    let remapping: [String: String]
    /// Protokoll's own running parts still used: the ones the template's section does not provide.
    let ownParts: Set<TemplatePart.Kind>

    /// The template in `options.referenceDocuments["docx"]`, or nil when there is none; throws `TemplateError`
    /// when it cannot serve.
    static func load(_ options: WriterOptions) throws -> DOCXReferenceTemplate? {
        guard let bytes = options.referenceDocuments[DOCXWriter.format.id] else { return nil }
        return DOCXReferenceTemplate(try DOCXTemplate(bytes))
    }

    init(_ template: DOCXTemplate) {
        self.template = template
        var remapping: [String: String] = [:]
        for (index, part) in template.headerFooterParts.enumerated() {
            remapping[part.templateRelationshipID] = "rIdTemplate\(index + 1)"
        }
        self.remapping = remapping
        let provided = template.sectionProperties == nil ? [] : Set(template.headerFooterParts.map(\.kind))
        ownParts = Set([TemplatePart.Kind.header, .footer].filter { !provided.contains($0) })
    }

    /// Whether Protokoll writes its own part of this kind.
    func usesOwn(_ part: DOCXWordPart) -> Bool {
        switch part {
        case .header: ownParts.contains(.header)
        case .footer: ownParts.contains(.footer)
        case .styles, .numbering, .settings, .fontTable: true
        }
    }

    /// The template's header and footer parts with their relationships and media, as package parts.
    func packageParts() -> [DOCXPart] {
        template.headerFooterParts.flatMap { part in
            var parts = [DOCXPart(path: part.path, contentType: part.contentType, bytes: part.bytes)]
            if let relationships = part.relationships {
                parts.append(DOCXPart(path: part.relationshipsPath, contentType: DOCXPackage.relationshipsContentType, bytes: relationships))
            }
            return parts + part.media.map { DOCXPart(path: $0.path, contentType: $0.mediaType, bytes: $0.bytes) }
        }
    }

    /// The relationships from `word/document.xml` to the template's parts.
    var relationships: [DOCXPackage.Relationship] {
        template.headerFooterParts.compactMap { part in
            remapping[part.templateRelationshipID].map {
                DOCXPackage.Relationship(id: $0, type: part.relationshipType, target: String(part.path.dropFirst("word/".count)))
            }
        }
    }

    /// The template's styles with every style in `DOCXStyleName.contentStyles` it lacks copied from `bundled`,
    /// and the note naming them (nil when none was missing).
    func styles(merging bundled: [UInt8]) throws -> (xml: [UInt8], note: String?) {
        let merged = try template.styles(merging: bundled, required: DOCXStyleName.contentStyles)
        let note = merged.added.isEmpty ? nil
            : "the template lacks \(merged.added.joined(separator: ", ")); Protokoll's own definitions are used"
        return (merged.xml, note)
    }

    /// Ends the body with the template's section properties, adding Protokoll's own header/footer references
    /// for the slots the template leaves empty; with no section in the template, returns false and writes nothing.
    func writeSection(_ ml: WordML) throws -> Bool {
        guard template.sectionProperties != nil else { return false }
        let own = [(TemplatePart.Kind.header, DOCXWordPart.header), (.footer, .footer)]
            .filter { ownParts.contains($0.0) }
            .map { (kind: $0.0, relationshipID: $0.1.relationshipId) }
        try template.writeSectionProperties(to: ml.xml, remapping: remapping, adding: own)
        return true
    }
}
