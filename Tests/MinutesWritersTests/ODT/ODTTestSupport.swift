import Foundation
import MinutesWriters
import OfficePackaging
import Protokoll
import TestSupport

/// Shared inputs and checks for the ODT writer tests.
enum ODTTestSupport {
    static let parts = ["content.xml", "styles.xml", "meta.xml"]

    /// The seed minutes, parsed and typeset as the CLI does.
    static func seedMinutes() throws -> Minutes {
        Pipeline().parse(try Fixtures.bytes(Fixtures.seed), sourceName: Fixtures.seed)
    }

    /// The example `fixtures/minutes/<name>.md`, parsed as the CLI does.
    static func example(_ name: String) throws -> Minutes {
        Pipeline().parse(try Fixtures.bytes("minutes/\(name).md"), sourceName: "\(name).md")
    }

    static func write(_ minutes: Minutes, options: WriterOptions = WriterOptions()) throws -> [UInt8] {
        try ODTWriter().write(minutes, options: options)
    }

    /// Every schema problem of every XML part plus every package problem, as readable lines.
    static func problems(_ odt: [UInt8]) throws -> [String] {
        let reader = try ZipReader(odt)
        var found: [String] = []
        for part in parts {
            found += try SchemaValidator.validate(reader.data(part), against: .odfDocument).map { "\(part): \($0)" }
        }
        found += try SchemaValidator.validate(reader.data("META-INF/manifest.xml"), against: .odfManifest).map { "manifest: \($0)" }
        found += OfficePackageValidator.validateODT(odt).map(\.description)
        return found
    }

    /// `text` with every run of white space (including no-break spaces) as one space.
    static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Minutes using every block and inline kind, every table and signer slot, with `text` everywhere.
    static func everyBlockKind(_ text: String) -> Minutes {
        let inline: [Inline] = [.text(text), .emphasis([.text("  <i>  ")]), .code("\u{0001}&\t x"),
                                .link(text: [.text("&")], destination: "http://example.org/?a=1&b=<2>"), .lineBreak, .strong([])]
        let nestedList = ListBlock(ordered: false, items: [[.paragraph(inline), .list(ListBlock(ordered: true, items: [[.paragraph(inline)]]))]])
        return Minutes(
            meta: Metadata(kind: .sammantradesprotokoll, title: text, organ: "KS <&>", place: text,
                           fields: [.init(key: "diarienummer", value: "KS 2017/97-04 \u{0001}"), .init(key: "x&y", value: text)]),
            attendance: [AttendanceGroup(label: text, kind: .present, attendees: [Attendee(name: text, organisation: "\u{FFFE}", notes: [text])])],
            preamble: [.paragraph(inline), .code("  <code>\n\t&\u{0001}\n"), .separator,
                       .quote([.paragraph(inline), .list(ListBlock(ordered: true, start: 3, items: [[], [.table(Table(header: [inline], rows: [[inline, []]]))]]))])],
            items: [AgendaItem(number: 163, usesParagraphSign: true, title: inline, blocks: [
                .heading(level: 7, inline),
                .table(Table(header: [inline, inline], rows: [])),
                .table(Table(header: [inline], rows: [[inline, inline]])),
                .table(Table(header: nil, rows: [])),
                .decision(Decision(label: text, clauses: [Clause(text: inline, isAttClause: true, attachments: [.list(nestedList), .paragraph(inline)])])),
            ], location: SourceLocation(line: 1, column: 1))],
            signatures: [Signature(role: text, name: nil), Signature(role: "Justerat", name: "<&>"), Signature(role: "Ordförande", name: "Ö")])
    }
}
