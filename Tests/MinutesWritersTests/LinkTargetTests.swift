import Foundation
import Protokoll
import OfficePackaging
import Testing
import TestSupport

/// Links from the source: only web, mail and phone links (and relative paths) are live, always as valid URIs;
/// the link text is kept either way.
@Suite struct LinkTargetTests {
    static let links: [(destination: String, live: String?)] = [
        ("https://ex.com/%zz", "https://ex.com/%25zz"),
        ("http://[::1", nil),
        ("http://ex.com:80x/", nil),
        ("http://[::1]:8080/a", "http://[::1]:8080/a"),
        ("https://example.org/a b", "https://example.org/a%20b"),
        ("mailto:sekreterare@example.se", "mailto:sekreterare@example.se"),
        ("protokoll%2010-11.pdf", "protokoll%2010-11.pdf"),
        ("javascript:alert(1)", nil),
        ("java\tscript:alert(1)", nil),
        ("JavaScript:alert(1)", nil),
        (" data:text/html,<b>x</b>", nil),
        ("file:///etc/passwd", nil),
        ("https\u{AA}://ex.com/", nil),
        ("a:b/c", nil),
        ("sida.html#a:b", "sida.html#a:b"),
    ]

    private func minutes() -> Minutes {
        let inlines: [Inline] = Self.links.enumerated().flatMap { index, link in
            [Inline.link(text: [.text("länk \(index)")], destination: link.destination), .text(" ")]
        }
        return Minutes(items: [AgendaItem(number: 1, title: [.text("Länkar")], blocks: [.paragraph(inlines)], location: .init(line: 1, column: 1))])
    }

    @Test func odtLinksAreSafeAndValid() throws {
        let odt = try ODTWriter().write(minutes(), options: WriterOptions())
        let content = try ZipTestSupport.text(of: "content.xml", in: odt)
        for (index, link) in Self.links.enumerated() {
            #expect(content.contains("länk \(index)"), "the text stays")
            if let live = link.live {
                #expect(content.contains("xlink:href=\"\(live.replacingOccurrences(of: "&", with: "&amp;"))\""), "\(link.destination)")
            }
        }
        for scheme in ["javascript", "JavaScript", "java", "data:", "file:"] { #expect(!content.contains("xlink:href=\"\(scheme)")) }
        let reader = try ZipReader(odt)
        let problems = try SchemaValidator.validate(reader.data("content.xml"), against: .odfDocument)
        #expect(problems == [], "\(problems)")
    }

    @Test func docxLinksAreSafeAndValid() throws {
        let docx = try DOCXWriter().write(minutes(), options: WriterOptions())
        let rels = try ZipTestSupport.text(of: "word/_rels/document.xml.rels", in: docx)
        let document = try ZipTestSupport.text(of: "word/document.xml", in: docx)
        for (index, link) in Self.links.enumerated() {
            #expect(document.contains("länk \(index)"), "the text stays")
            if let live = link.live { #expect(rels.contains("Target=\"\(live)\""), "\(link.destination)") }
        }
        for scheme in ["javascript", "JavaScript", "java", "data:", "file:"] { #expect(!rels.contains("Target=\"\(scheme)")) }
        let reader = try ZipReader(docx)
        #expect(try SchemaValidator.validate(reader.data("word/document.xml"), against: .wordMain) == [])
        let relProblems = try SchemaValidator.validate(reader.data("word/_rels/document.xml.rels"), against: .relationships)
        #expect(relProblems == [], "\(relProblems)")
    }
}
