import Testing
@testable import OfficePackaging

@Suite("XMLCanonicalizer")
struct XMLCanonicalizerTests {
    @Test func sortsAttributesAfterNamespaceDeclarations() throws {
        let xml = #"<r:root b="2" xmlns:r="urn:r" a="1" xmlns="urn:d"><!--c--><x r:z="&amp;" r:a="&lt;"> t </x></r:root>"#
        let expected = """
            <r:root xmlns="urn:d" xmlns:r="urn:r" a="1" b="2">
             <!--c-->
             <x r:a="&lt;" r:z="&amp;">
              " t "

            """
        #expect(try XMLCanonicalizer.canonicalize(Array(xml.utf8)) == expected)
    }

    @Test func isIndependentOfAttributeOrderAndQuoting() throws {
        let first = try XMLCanonicalizer.canonicalize(Array(#"<a x="1" y='2'><b/></a>"#.utf8))
        let second = try XMLCanonicalizer.canonicalize(Array(#"<?xml version="1.0"?><a y="2"  x='1'><b></b></a>"#.utf8))
        #expect(first == second)
    }

    @Test func reportsTheFirstWellFormednessErrorWithItsLine() {
        #expect(XMLCanonicalizer.wellFormedError(Array("<a>\n<b></a>".utf8))?.hasPrefix("line 2: ") == true)
        #expect(XMLCanonicalizer.wellFormedError(Array("<w:p/>".utf8))?.hasPrefix("line 1: ") == true)
        #expect(XMLCanonicalizer.wellFormedError(Array("<a/>".utf8)) == nil)
        #expect(throws: XMLError.self) { try XMLCanonicalizer.canonicalize(Array("<a>".utf8)) }
    }
}
