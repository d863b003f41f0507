import MinutesWriters
import OfficePackaging
import Protokoll
import Testing

/// Text that breaks naive XML writers must still give a valid package.
@Suite("ODT hostile input")
struct ODTHostileInputTests {
    static let nasty = "a < b && c > \"d\" 'e' \u{0001}\u{FFFE} 😀👩‍👩‍👧 " + String(repeating: "x", count: 5000)

    @Test func hostileModelGivesValidODT() throws {
        let inline: [Inline] = [.text(Self.nasty), .emphasis([.text("  <i>  ")]), .code("\u{0001}&\t x"),
                                .link(text: [.text("&")], destination: "http://example.org/?a=1&b=<2>"), .lineBreak, .strong([])]
        let minutes = Minutes(
            meta: Metadata(kind: .sammantradesprotokoll, title: Self.nasty, organ: "KS <&>", place: Self.nasty,
                           fields: [.init(key: "diarienummer", value: "KS 2017/97-04 \u{0001}"), .init(key: "x&y", value: Self.nasty)]),
            attendance: [AttendanceGroup(label: Self.nasty, kind: .present, attendees: [Attendee(name: Self.nasty, organisation: "\u{FFFE}", notes: [Self.nasty])])],
            preamble: [.paragraph(inline), .code("  <code>\n\t&\u{0001}\n"), .separator, .quote([.paragraph(inline), .list(ListBlock(ordered: true, start: 3, items: [[], [.table(Table(header: [inline], rows: [[inline, []]]))]]))])],
            items: [AgendaItem(number: 163, usesParagraphSign: true, title: inline, blocks: [
                .heading(level: 7, inline),
                .table(Table(header: [inline, inline], rows: [])),
                .table(Table(header: nil, rows: [])),
                .decision(Decision(label: Self.nasty, clauses: [Clause(text: inline, isAttClause: true, attachments: [.list(ListBlock(ordered: false, items: [[.paragraph(inline), .list(ListBlock(ordered: true, items: [[.paragraph(inline)]]))]]))])])),
            ], location: SourceLocation(line: 1, column: 1))],
            signatures: [Signature(role: Self.nasty, name: nil), Signature(role: "Justerat", name: "<&>"), Signature(role: "Ordförande", name: "Ö")])
        let odt = try ODTTestSupport.write(minutes)
        #expect(try ODTTestSupport.problems(odt) == [])
    }

    @Test func hostileSourceGivesValidODT() throws {
        let source = "# Protokoll <&> \"styrelse\"\n\n## 1. Punkt \u{0001} 😀\n\n\(Self.nasty)\n\n*Beslut*\n\nAtt \(Self.nasty)\n"
        let minutes = Pipeline().parse(Array(source.utf8), sourceName: "hostile.md")
        let odt = try ODTTestSupport.write(minutes)
        #expect(try ODTTestSupport.problems(odt) == [])
    }
}
