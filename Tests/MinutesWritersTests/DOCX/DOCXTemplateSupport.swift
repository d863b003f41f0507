import Foundation
import MinutesWriters
import OfficePackaging
import Protokoll
import TestSupport

/// The `fixtures/templates/mall-kommun.docx` template (LibreOffice: logo in a header, no footer, DejaVu Serif
/// headings), broken variants of it, and how to look at a package written with it.
enum DOCXTemplateSupport {
    static let templatePath = "templates/mall-kommun.docx"
    static let headerPart = "word/template-header1.xml"
    static let headerRelationships = "word/_rels/template-header1.xml.rels"
    static let logo = "word/media/template-image1.png"

    static func template() throws -> [UInt8] {
        try Fixtures.bytes(templatePath)
    }

    /// Writer options with `template` as the DOCX reference document.
    static func options(_ template: [UInt8]? = nil) throws -> WriterOptions {
        var options = WriterOptions()
        options.referenceDocuments["docx"] = try template ?? self.template()
        return options
    }

    static func docx(_ minutes: Minutes) throws -> [UInt8] {
        try DOCXTestDocuments.docx(minutes, options: try options())
    }

    /// Schema and package problems of a DOCX written with the template; the template's parts are checked
    /// against the header and relationships schemas, its media only by the package check.
    static func problems(_ docx: [UInt8]) throws -> [String] {
        let reader = try ZipReader(docx)
        var schemas = DOCXTestDocuments.schemaByPart
        schemas[headerPart] = .wordHeader
        schemas[headerRelationships] = .relationships
        var problems: [String] = []
        for entry in reader.entries where entry.name != logo {
            guard let schema = schemas[entry.name] else {
                problems.append("\(entry.name): unexpected part")
                continue
            }
            problems += try SchemaValidator.validate(reader.data(entry.name), against: schema).map { "\(entry.name): \($0)" }
        }
        return problems + OfficePackageValidator.validateDOCX(docx).map(\.description)
    }

    /// The relationship targets of `word/document.xml` by id.
    static func documentTargets(_ docx: [UInt8]) throws -> [String: String] {
        let rels = try ZipTestSupport.text(of: "word/_rels/document.xml.rels", in: docx)
        var targets: [String: String] = [:]
        for relationship in rels.components(separatedBy: "<Relationship ").dropFirst() {
            if let id = attribute("Id", in: relationship), let target = attribute("Target", in: relationship) { targets[id] = target }
        }
        return targets
    }

    /// The `w:sectPr` element of `word/document.xml`.
    static func sectionProperties(_ docx: [UInt8]) throws -> String {
        let document = try ZipTestSupport.text(of: "word/document.xml", in: docx)
        guard let start = document.range(of: "<w:sectPr"), let end = document.range(of: "</w:sectPr>") else { return "" }
        return String(document[start.lowerBound..<end.upperBound])
    }

    /// The `r:id` of the section's `w:headerReference` or `w:footerReference`.
    static func referenceID(_ element: String, in section: String) -> String? {
        section.components(separatedBy: "<w:\(element) ").dropFirst().first.flatMap { attribute("r:id", in: $0) }
    }

    /// The `w:style` element with `w:styleId` `id` in a styles part.
    static func style(_ id: String, in styles: String) -> String? {
        guard let start = styles.range(of: "w:styleId=\"\(id)\"") else { return nil }
        let open = styles[..<start.lowerBound].range(of: "<w:style ", options: .backwards)
        guard let open, let close = styles[start.upperBound...].range(of: "</w:style>") else { return nil }
        return String(styles[open.lowerBound..<close.upperBound])
    }

    /// The value of `name="…"` in `text`.
    static func attribute(_ name: String, in text: String) -> String? {
        guard let start = text.range(of: " \(name)=\"") ?? text.range(of: "\(name)=\""),
              let end = text[start.upperBound...].firstIndex(of: "\"") else { return nil }
        return String(text[start.upperBound..<end])
    }

    /// The template re-zipped with `part` passed through `edit` and without the entries in `dropping`.
    static func template(in part: String = "word/styles.xml", editing edit: (String) -> String = { $0 },
                         dropping: Set<String> = []) throws -> [UInt8] {
        let reader = try ZipReader(try template())
        var zip = ZipWriter(timestamp: .dosEpoch)
        for entry in reader.entries where !dropping.contains(entry.name) && !entry.isDirectory {
            var bytes = try reader.data(entry.name)
            if entry.name == part { bytes = Array(edit(String(decoding: bytes, as: UTF8.self)).utf8) }
            try zip.add(entry.name, bytes)
        }
        return zip.finish()
    }

    /// The template with `text` replaced in `part`.
    static func template(in part: String = "word/styles.xml", replacing text: String, with replacement: String) throws -> [UInt8] {
        try template(in: part, editing: { $0.replacingOccurrences(of: text, with: replacement) })
    }

    /// Templates that give styles and no header: Protokoll's own header and footer stay.
    enum StylesOnlyTemplate: String, CaseIterable, CustomStringConvertible, Sendable {
        case noHeaderReference, noSection

        var description: String { rawValue }

        func bytes() throws -> [UInt8] {
            switch self {
            case .noHeaderReference:
                try DOCXTemplateSupport.template(in: "word/document.xml", editing: { $0.replacing(#/<w:headerReference [^>]*/>/#, with: "") })
            case .noSection:
                try DOCXTemplateSupport.template(in: "word/document.xml", editing: { $0.replacing(#/<w:sectPr>.*</w:sectPr>/#, with: "") })
            }
        }
    }

    /// Files that must not serve as DOCX templates, and the words the error must name.
    enum BrokenTemplate: String, CaseIterable, CustomStringConvertible, Sendable {
        case randomBytes, noStyles, odtTemplate, malformedStyles, malformedDocument, missingHeader

        var description: String { rawValue }

        func bytes() throws -> [UInt8] {
            switch self {
            case .randomBytes: Array("PK\u{3}\u{4} not really a zip".utf8)
            case .noStyles: try DOCXTemplateSupport.template(dropping: ["word/styles.xml"])
            case .odtTemplate: try Fixtures.bytes("templates/mall-kommun.odt")
            case .malformedStyles: try DOCXTemplateSupport.template(replacing: "</w:styles>", with: "</w:style>")
            case .malformedDocument: try DOCXTemplateSupport.template(in: "word/document.xml", replacing: "<w:body>", with: "<w:body><")
            case .missingHeader: try DOCXTemplateSupport.template(dropping: ["word/header1.xml"])
            }
        }

        /// What the error message must mention.
        var expectedWords: [String] {
            switch self {
            case .randomBytes: ["zip"]
            case .noStyles: ["styles.xml"]
            case .odtTemplate: ["not a DOCX"]
            case .malformedStyles: ["word/styles.xml", "not well-formed"]
            case .malformedDocument: ["word/document.xml", "not well-formed"]
            case .missingHeader: ["header1.xml"]
            }
        }
    }
}
