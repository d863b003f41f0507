import MinutesWriters
import OfficePackaging
import Protokoll
import Testing
import TestSupport

/// Text that breaks naive XML writers must still give a valid package.
@Suite("ODT hostile input")
struct ODTHostileInputTests {
    static let nasty = "a < b && c > \"d\" 'e' \u{0001}\u{FFFE} 😀👩‍👩‍👧 " + String(repeating: "x", count: 5000)

    @Test func hostileModelGivesValidODT() throws {
        let odt = try ODTTestSupport.write(ODTTestSupport.everyBlockKind(Self.nasty))
        #expect(try ODTTestSupport.problems(odt) == [])
        let content = try ZipTestSupport.text(of: "content.xml", in: odt)
        #expect(content.contains(String(repeating: "x", count: 5000)))
        #expect(content.contains("a &lt; b &amp;&amp; c &gt;"))
        #expect(content.contains("\u{FFFD}\u{FFFD} 😀👩‍👩‍👧"), "U+0001 and U+FFFE become U+FFFD; emoji stay")
        #expect(!content.unicodeScalars.contains("\u{0001}"))
    }

    @Test func hostileSourceGivesValidODT() throws {
        let source = "# Protokoll <&> \"styrelse\"\n\n## 1. Punkt \u{0001} 😀\n\n\(Self.nasty)\n\n*Beslut*\n\nAtt \(Self.nasty)\n"
        let minutes = Pipeline().parse(Array(source.utf8), sourceName: "hostile.md")
        let odt = try ODTTestSupport.write(minutes)
        #expect(try ODTTestSupport.problems(odt) == [])
    }
}
