import OfficePackaging
import Protokoll
import Testing
import TestSupport

/// Minutes full of characters that break careless XML writers, using every block and inline kind.
enum DOCXHostileInput {
    static let nasty = "<tag> & \"quoted\" 'apos' \u{0001}ctrl \u{FFFE}nonchar 👩‍👩‍👧 🇸🇪 ]]> \t tab"
    static let longWord = String(repeating: "Ö", count: 5000)

    static func minutes() -> Minutes {
        let text: [Inline] = [
            .text(nasty), .emphasis([.text("kursiv "), .strong([.text("fet")])]), .code("x < y && z"),
            .lineBreak, .link(text: [.text("länk")], destination: "https://example.org/a b\"<>"),
            .link(text: [.code("kod")], destination: "#intern"), .text(longWord),
        ]
        let list = ListBlock(ordered: true, start: 3, items: [
            [.paragraph(text), .list(ListBlock(ordered: true, items: [[.paragraph([.text("inre")])]]))],
            [.code("kod\nrad två")],
        ])
        let decision = Decision(label: "Beslut <&>", clauses: [
            Clause(text: text, isAttClause: true, attachments: [.list(ListBlock(ordered: false, items: [[.paragraph(text)]])), .table(Table(header: nil, rows: [[[.text("a")]]]))]),
            Clause(text: [.text(nasty)], isAttClause: false),
        ])
        let blocks: [Block] = [
            .paragraph(text), .heading(level: 3, text), .list(list), .decision(decision),
            .quote([.paragraph(text), .list(ListBlock(ordered: false, items: [[.paragraph(text)]]))]),
            .table(Table(header: [text, [.text("b")]], rows: [[text], [[.text("1")], [.text("2")], [.text("3")]]])),
            .table(Table(header: nil, rows: [])), .code(nasty + "\n" + longWord), .separator,
            .list(ListBlock(ordered: true, start: 1, items: [[.paragraph([.text("ny lista")])]])),
        ]
        let attendee = Attendee(name: nasty, organisation: longWord, roles: [nasty], notes: [nasty])
        return Minutes(
            meta: Metadata(
                kind: .protokoll, title: nasty, organ: nasty + longWord,
                start: LocalDateTime(iso: "2024-05-14T10:00"), place: nasty,
                fields: [.init(key: "diarienummer", value: nasty), .init(key: nasty, value: longWord), .init(key: "organ", value: "dubblett")]),
            attendance: [AttendanceGroup(label: nasty, kind: .present, attendees: [attendee, attendee])],
            preamble: [.paragraph(text)],
            items: [AgendaItem(number: 1, suffix: nasty, title: text, blocks: blocks, location: .init(line: 1, column: 1))],
            signatures: [Signature(role: nasty, name: longWord), Signature(role: "Justerare", name: nil), Signature(role: nasty, name: nasty)])
    }
}

@Suite struct DOCXHostileInputTests {
    @Test func hostileMinutesGiveAValidPackage() throws {
        let docx = try DOCXWriter().write(DOCXHostileInput.minutes(), options: WriterOptions())
        #expect(try DOCXTestDocuments.problems(docx) == [])
        let document = try ZipTestSupport.text(of: "word/document.xml", in: docx)
        #expect(document.contains("&lt;tag&gt; &amp; &quot;quoted&quot;"))
        #expect(document.contains("\u{FFFD}ctrl \u{FFFD}nonchar"))
        #expect(!document.contains("\u{0001}") && !document.contains("\u{FFFE}"))
        #expect(document.contains("👩‍👩‍👧 🇸🇪"))
        #expect(document.contains(DOCXHostileInput.longWord))
    }

    @Test func hostileMarkdownGivesAValidPackage() throws {
        let source = "# Protokoll <&>\n\n*Tid* 2024-05-14 kl. 10.00\n\n## 1. \(DOCXHostileInput.nasty)\n\n\(DOCXHostileInput.longWord) [x](http://a b) `<>`\n\n*Beslut*\n\nAtt \(DOCXHostileInput.nasty)\n"
        let minutes = Pipeline().parse(Array(source.utf8), sourceName: "hostile.md")
        let docx = try DOCXWriter().write(minutes, options: WriterOptions())
        #expect(try DOCXTestDocuments.problems(docx) == [])
    }
}
