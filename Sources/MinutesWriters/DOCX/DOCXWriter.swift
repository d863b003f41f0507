import MinutesModel
import OfficePackaging

/// Writes minutes as an Office Open XML text document (.docx) that Word and LibreOffice open without repair.
/// With a DOCX in `options.referenceDocuments` its styles, page layout, header and footer (and their media) are
/// used; the house style fills in the styles it lacks (see `referenceNotes(options:)`) and Protokoll's own
/// header or footer the slot it leaves empty.
public struct DOCXWriter: ReferenceDocumentWriter {
    public static let format = OutputFormat(
        id: "docx", fileExtension: "docx",
        mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", isText: false)

    /// Creates the writer.
    public init() {}

    public func write(_ minutes: Minutes, options: WriterOptions) throws -> [UInt8] {
        let parts: [DOCXPart]
        do {
            parts = try self.parts(minutes, options: options)
        } catch let error as TemplateError {
            throw WriterError.failed(format: Self.format.id, reason: "unusable --reference-doc: \(error)")
        }
        var zip = ZipWriter(timestamp: PackageTimestamp.of(minutes.meta, options: options))
        for part in parts {
            try zip.add(part.path, part.bytes, method: .deflated)
        }
        return zip.finish()
    }

    /// Checks the DOCX template in `options.referenceDocuments` (`--reference-doc mall.docx`) and says what
    /// Protokoll adds to it: at most one note, naming the styles the writer needs that the template lacks and
    /// that therefore come from the house style `options.style`. Empty when there is no template or it lacks
    /// nothing. The writer cannot print; the CLI shows the note once per run. Throws `TemplateError` when the
    /// template is not a usable DOCX, a `WriterError` when the house style is missing.
    public static func referenceNotes(options: WriterOptions) throws -> [String] {
        guard let template = try DOCXReferenceTemplate.load(options) else { return [] }
        return try template.styles(merging: try DOCXStyleParts.load(.styles, style: options.style)).note.map { [$0] } ?? []
    }

    /// Every part in package order: content types and package relationships first. With a template, its
    /// styles (the missing ones from the house style), section, header/footer parts and their media.
    func parts(_ minutes: Minutes, options: WriterOptions) throws -> [DOCXPart] {
        let template = try DOCXReferenceTemplate.load(options)
        let links = DOCXHyperlinks(firstNumber: DOCXWordPart.allCases.count + 1)
        let numbering = DOCXNumbering()
        let document = try DOCXDocument(minutes: minutes, links: links, numbering: numbering, template: template).part()
        let properties = DOCXProperties(
            meta: minutes.meta, date: minutes.meta.start?.date ?? options.now?.date, language: options.language)

        let wordParts = DOCXWordPart.allCases.filter { template?.usesOwn($0) ?? true }
        let ownHeader = wordParts.contains(.header)
        var word: [DOCXPart] = [DOCXPart(path: "word/document.xml", contentType: DOCXPackage.wordprocessing + "document.main+xml", bytes: document)]
        for part in wordParts {
            word.append(DOCXPart(path: "word/" + part.fileName, contentType: part.contentType,
                                 bytes: try bytes(of: part, minutes, numbering, options: options, template: template, ownHeader: ownHeader)))
        }
        word += template?.packageParts() ?? []
        let documentRelationships = wordParts.map {
            DOCXPackage.Relationship(id: $0.relationshipId, type: $0.relationshipType, target: $0.fileName)
        } + (template?.relationships ?? []) + links.targets.map {
            DOCXPackage.Relationship(id: $0.id, type: DOCXPackage.officeDocumentRelationships + "hyperlink", target: $0.target, isExternal: true)
        }
        let docProps = [
            DOCXPart(path: "docProps/core.xml", contentType: DOCXProperties.coreContentType, bytes: try properties.core()),
            DOCXPart(path: "docProps/app.xml", contentType: DOCXProperties.appContentType, bytes: try properties.app()),
            DOCXPart(path: "docProps/custom.xml", contentType: DOCXProperties.customContentType, bytes: try properties.custom()),
        ]
        let packageRelationships = try DOCXPackage.relationships(at: "_rels/.rels", [
            .init(id: "rId1", type: DOCXPackage.officeDocumentRelationships + "officeDocument", target: "word/document.xml"),
            .init(id: "rId2", type: "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", target: "docProps/core.xml"),
            .init(id: "rId3", type: DOCXPackage.officeDocumentRelationships + "extended-properties", target: "docProps/app.xml"),
            .init(id: "rId4", type: DOCXPackage.officeDocumentRelationships + "custom-properties", target: "docProps/custom.xml"),
        ])
        let content = word + [try DOCXPackage.relationships(at: "word/_rels/document.xml.rels", documentRelationships)] + docProps
        let contentTypes = DOCXPart(
            path: "[Content_Types].xml", contentType: "application/xml", bytes: try DOCXPackage.contentTypes(for: content))
        return [contentTypes, packageRelationships] + content
    }

    private func bytes(
        of part: DOCXWordPart, _ minutes: Minutes, _ numbering: DOCXNumbering, options: WriterOptions,
        template: DOCXReferenceTemplate?, ownHeader: Bool
    ) throws -> [UInt8] {
        switch part {
        case .styles:
            let bundled = try DOCXStyleParts.load(part, style: options.style)
            return try template?.styles(merging: bundled).xml ?? bundled
        case .settings, .fontTable: return try DOCXStyleParts.load(part, style: options.style)
        case .numbering: return try numbering.part()
        case .header: return try DOCXHeaderFooter.header(minutes.meta)
        case .footer: return try DOCXHeaderFooter.footer(minutes.meta, ownHeader: ownHeader, furniture: PageFurniture.of(minutes))
        }
    }
}
