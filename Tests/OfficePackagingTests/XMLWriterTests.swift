import Testing
@testable import OfficePackaging

@Suite("XMLWriter")
struct XMLWriterTests {
    private func written(_ build: (XMLWriter) throws -> Void) throws -> (String, XMLWriter) {
        let writer = try XMLWriter()
        try build(writer)
        return (String(decoding: try writer.finish(), as: UTF8.self), writer)
    }

    @Test func writesDeclarationAndEscapes() throws {
        let (xml, writer) = try written { writer in
            try writer.startDocument()
            try writer.startElement("w:t")
            try writer.attribute("xmlns:w", "urn:w")
            try writer.attribute("w:val", #"a<b&c>"d'e"#)
            try writer.text(#"1 < 2 & 3 > "x" 'y'"#)
            try writer.endElement()
        }
        #expect(xml.hasPrefix(#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#))
        #expect(xml.contains(#"w:val="a&lt;b&amp;c&gt;&quot;d'e""#))
        #expect(xml.contains("1 &lt; 2 &amp; 3 &gt;"))
        #expect(writer.replacedCharacters == 0)
        #expect(XMLCanonicalizer.wellFormedError(Array(xml.utf8)) == nil)
    }

    @Test func replacesAndCountsForbiddenCharacters() throws {
        let (xml, writer) = try written { writer in
            try writer.element("p", attributes: [("title", "a\u{1}b")], text: "x\u{0}y\u{B}z\u{FFFE}\u{FFFF}\t\n\r ok")
        }
        #expect(writer.replacedCharacters == 5)
        #expect(XMLCanonicalizer.wellFormedError(Array(xml.utf8)) == nil)
        let canonical = try XMLCanonicalizer.canonicalize(Array(xml.utf8))
        #expect(canonical == "<p title=\"a\u{FFFD}b\">\n \"x\u{FFFD}y\u{FFFD}z\u{FFFD}\u{FFFD}&#9;&#10;&#13; ok\"\n")
    }

    @Test func sanitizedReportsReplacements() {
        #expect(XMLText.sanitized("ren text") == ("ren text", 0))
        let (text, replaced) = XMLText.sanitized("a\u{7}b\u{FFFF}c\u{FFFD}\u{FFFC}")
        #expect(text == "a\u{FFFD}b\u{FFFD}c\u{FFFD}\u{FFFC}")
        #expect(replaced == 2)
    }

    @Test func handlesAVeryLongWordAndNonASCII() throws {
        let long = String(repeating: "å", count: 100_000)
        let (xml, _) = try written { writer in
            try writer.startDocument()
            try writer.startElement("text:p")
            try writer.attribute("xmlns:text", "urn:oasis:names:tc:opendocument:xmlns:text:1.0")
            try writer.text("Räksmörgås ÅÄÖ 🎉 ")
            try writer.element("text:span", text: long)
            try writer.endElement()
        }
        let canonical = try XMLCanonicalizer.canonicalize(Array(xml.utf8))
        let expected = """
            <text:p xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">
             "Räksmörgås ÅÄÖ 🎉 "
             <text:span>
              "\(long)"

            """
        #expect(canonical == expected)
    }

    @Test func emptyElementsAndFinishClosesOpenElements() throws {
        let (xml, _) = try written { writer in
            try writer.startElement("a")
            try writer.element("b", attributes: [("z", "1"), ("y", "2")])
            try writer.startElement("c")
        }
        #expect(xml == "<a><b z=\"1\" y=\"2\"/><c/></a>\n")
    }

    @Test func refusesOutOfOrderCalls() throws {
        let writer = try XMLWriter()
        #expect(throws: XMLError.self) { try writer.endElement() }
        try writer.startElement("a")
        try writer.text("x")
        #expect(throws: XMLError.self) { try writer.attribute("late", "1") }
        #expect(throws: XMLError.self) { try writer.startDocument() }
        _ = try writer.finish()
        #expect(throws: XMLError.self) { try writer.finish() }
    }
}
