import MinutesModel
import OfficePackaging

/// Writes minutes as an Office Open XML text document (.docx) that Word and LibreOffice open without repair.
public struct DOCXWriter: DocumentWriter {
    public static let format = OutputFormat(
        id: "docx", fileExtension: "docx",
        mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", isText: false)

    /// Creates the writer.
    public init() {}

    public func write(_ minutes: Minutes, options: WriterOptions) throws -> [UInt8] {
        var zip = ZipWriter(timestamp: PackageTimestamp.of(minutes.meta, options: options))
        for part in try parts(minutes, options: options) {
            try zip.add(part.path, part.bytes, method: .deflated)
        }
        return zip.finish()
    }

    /// Every part in package order: content types and package relationships first.
    func parts(_ minutes: Minutes, options: WriterOptions) throws -> [DOCXPart] {
        let links = DOCXHyperlinks(firstNumber: DOCXWordPart.allCases.count + 1)
        let numbering = DOCXNumbering()
        let document = try DOCXDocument(minutes: minutes, links: links, numbering: numbering).part()
        let properties = DOCXProperties(
            meta: minutes.meta, date: minutes.meta.start?.date ?? options.now?.date, language: options.language)

        var word: [DOCXPart] = [DOCXPart(path: "word/document.xml", contentType: DOCXPackage.wordprocessing + "document.main+xml", bytes: document)]
        for part in DOCXWordPart.allCases {
            word.append(DOCXPart(path: "word/" + part.fileName, contentType: part.contentType, bytes: try bytes(of: part, minutes, numbering, style: options.style)))
        }
        let documentRelationships = DOCXWordPart.allCases.map {
            DOCXPackage.Relationship(id: $0.relationshipId, type: $0.relationshipType, target: $0.fileName)
        } + links.targets.map {
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

    private func bytes(of part: DOCXWordPart, _ minutes: Minutes, _ numbering: DOCXNumbering, style: String) throws -> [UInt8] {
        switch part {
        case .styles, .settings, .fontTable: try DOCXStyleParts.load(part, style: style)
        case .numbering: try numbering.part()
        case .header: try DOCXHeaderFooter.header(minutes.meta)
        case .footer: try DOCXHeaderFooter.footer(minutes.meta)
        }
    }
}
