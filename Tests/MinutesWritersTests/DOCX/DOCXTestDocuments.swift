import Foundation
import OfficePackaging
import Protokoll
import TestSupport

/// The documents the DOCX tests write, and how to look inside them.
enum DOCXTestDocuments {
    static func seedMinutes() throws -> Minutes {
        Pipeline().parse(try Fixtures.bytes(Fixtures.seed), sourceName: "seed.md")
    }

    /// The example `fixtures/minutes/<name>.md`, parsed.
    static func example(_ name: String) throws -> Minutes {
        Pipeline().parse(try Fixtures.bytes("minutes/\(name).md"), sourceName: "\(name).md")
    }

    /// The example's `word/document.xml` as text.
    static func documentXML(_ name: String) throws -> String {
        try ZipTestSupport.text(of: "word/document.xml", in: try docx(try example(name)))
    }

    /// A plain run of `text`, as the writer spells it.
    static func run(_ text: String) -> String {
        "<w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r>"
    }

    static func docx(_ minutes: Minutes, options: WriterOptions = WriterOptions()) throws -> [UInt8] {
        try DOCXWriter().write(minutes, options: options)
    }

    /// The schema each part of our packages is checked against.
    static let schemaByPart: [String: BundledSchema] = [
        "[Content_Types].xml": .contentTypes,
        "_rels/.rels": .relationships,
        "word/_rels/document.xml.rels": .relationships,
        "word/document.xml": .wordMain,
        "word/styles.xml": .wordStyles,
        "word/numbering.xml": .wordNumbering,
        "word/settings.xml": .wordSettings,
        "word/fontTable.xml": .wordFontTable,
        "word/header1.xml": .wordHeader,
        "word/footer1.xml": .wordFooter,
        "docProps/core.xml": .coreProperties,
        "docProps/app.xml": .extendedProperties,
        "docProps/custom.xml": .customProperties,
    ]

    /// Schema and package problems of a DOCX, as readable lines; empty when it is valid.
    static func problems(_ docx: [UInt8]) throws -> [String] {
        let reader = try ZipReader(docx)
        var problems: [String] = []
        for entry in reader.entries {
            guard let schema = schemaByPart[entry.name] else {
                problems.append("\(entry.name): unexpected part")
                continue
            }
            problems += try SchemaValidator.validate(reader.data(entry.name), against: schema).map { "\(entry.name): \($0)" }
        }
        return problems + OfficePackageValidator.validateDOCX(docx).map(\.description)
    }

    /// Text with every run of whitespace (no-break spaces too) collapsed to one space.
    static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Every attendee name of the minutes.
    static func attendeeNames(_ minutes: Minutes) -> [String] {
        minutes.attendance.flatMap(\.attendees).map(\.name)
    }

    /// Every decision clause as printed: "att …" when it is an att-clause.
    static func clauses(_ minutes: Minutes) -> [String] {
        func inBlocks(_ blocks: [Block]) -> [String] {
            blocks.flatMap { block -> [String] in
                switch block {
                case .decision(let decision):
                    decision.clauses.flatMap { clause in
                        [(clause.isAttClause ? "att " : "") + clause.text.plainText] + inBlocks(clause.attachments)
                    }
                case .quote(let children): inBlocks(children)
                case .section(let section): inBlocks(section.blocks)
                case .list(let list): list.items.flatMap(inBlocks)
                case .paragraph, .heading, .table, .code, .separator: []
                }
            }
        }
        return inBlocks(minutes.preamble) + minutes.items.flatMap { inBlocks($0.blocks) }
    }

    /// Writes `bytes` to a fresh temporary folder as `name`.
    static func temporaryFile(_ bytes: [UInt8], named name: String) throws -> URL {
        let url = try CommandRunner.temporaryFolder().appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url
    }
}
