import Testing
import MinutesModel
@testable import MinutesParser
import TestSupport

/// Bad input gets a clear diagnostic with a position, never a crash or a hang.
@Suite struct RobustnessTests {
    let parser = MinutesParser()

    @Test(arguments: Fixtures.corpusFiles())
    func realMinutesParse(file: String) throws {
        let minutes = parser.parse(try Fixtures.bytes(file), sourceName: file)
        #expect(!minutes.hasErrors, "\(minutes.diagnostics.filter { $0.severity == .error })")
        #expect(!minutes.items.isEmpty || !minutes.preamble.isEmpty)
    }

    @Test func latin1WithCarriageReturnsIsDecodedWithAWarning() throws {
        let minutes = parser.parse(try Fixtures.bytes("eval/real/gms-micro__2020-03-06_arbetsmote.md"))
        let warning = try #require(minutes.diagnostics.first { $0.code == "not-utf8" })
        #expect(warning.severity == .warning && warning.location.line >= 1)
        #expect(minutes.diagnostics.contains { $0.code == "cr-line-endings" })
        let text = (minutes.preamble + minutes.items.flatMap(\.blocks)).map { "\($0)" }.joined()
        #expect(!text.contains("\u{FFFD}"))
    }

    @Test(arguments: ["", "   \n\n\t\n"])
    func emptyInputIsAnError(text: String) {
        let minutes = parser.parse(Array(text.utf8))
        #expect(minutes.diagnostics.map(\.code) == ["empty-input"])
        #expect(minutes.hasErrors)
    }

    @Test func binaryInputIsRefusedWithPosition() {
        let bytes: [UInt8] = Array("PK\u{3}\u{4}\nabc".utf8) + [0, 0, 1, 2, 0xFF]
        let minutes = parser.parse(bytes)
        let error = minutes.diagnostics.first
        #expect(error?.code == "binary-input" && error?.severity == .error)
        #expect(error?.location == SourceLocation(line: 2, column: 4))
    }

    @Test func aFewBadBytesInUTF8AreRepairedOneByOne() throws {
        let bytes: [UInt8] = Array("## 1. Mötets öppnande\n\nHej ".utf8) + [0xE5, 0x20, 0xFF, 0x0A]
        let minutes = parser.parse(bytes)
        let warnings = minutes.diagnostics.filter { $0.code == "bad-utf8-byte" }
        #expect(warnings.map(\.location) == [SourceLocation(line: 3, column: 5), SourceLocation(line: 3, column: 7)])
        #expect(minutes.items.first?.title == [.text("Mötets öppnande")], "valid UTF-8 stays UTF-8")
        #expect(minutes.items.first?.blocks == [.paragraph([.text("Hej å ÿ")])])
        #expect(!minutes.diagnostics.contains { $0.code == "not-utf8" })
    }

    @Test func overwideTableRowsTurnTablesOffInsteadOfTakingQuadraticTime() throws {
        let wide = String(repeating: "|", count: 2000) + "\n" + String(repeating: "|-", count: 1000) + "|\n"
        let source = "## 1. Punkt\n\nText.\n\n" + wide + "\n| a | b |\n|---|---|\n| 1 | 2 |\n"
        let minutes = parser.parse(Array(source.utf8))
        let warning = try #require(minutes.diagnostics.first { $0.code == "table-too-wide" })
        #expect(warning.location == SourceLocation(line: 5, column: 1))
        #expect(!minutes.items[0].blocks.contains { if case .table = $0 { return true } else { return false } })
        let narrow = parser.parse(Array("## 1. Punkt\n\n| a | b |\n|---|---|\n| 1 | 2 |\n".utf8))
        #expect(narrow.items[0].blocks.contains { if case .table = $0 { return true } else { return false } }, "tables stay on otherwise")
    }

    @Test func aLatin1FileIsReadAsLatin1() throws {
        let bytes: [UInt8] = [0x23, 0x23, 0x20, 0x31, 0x2E, 0x20, 0x4D, 0xF6, 0x74, 0x65, 0x74, 0x0A, 0x0A, 0x48, 0x65, 0x6A, 0x20, 0xE5, 0x0A]
        let minutes = parser.parse(bytes)
        let warning = try #require(minutes.diagnostics.first { $0.code == "not-utf8" })
        #expect(warning.location == SourceLocation(line: 1, column: 8))
        #expect(minutes.items.first?.title == [.text("Mötet")])
        #expect(minutes.items.first?.blocks == [.paragraph([.text("Hej å")])])
        #expect(!minutes.diagnostics.contains { $0.code == "bad-utf8-byte" })
    }

    @Test func oversizedInputIsRefusedQuickly() {
        let line = Array("Deltagare och beslut i en mycket lång fil utan slut.\n".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(20 << 20)
        while bytes.count < 20 << 20 { bytes += line }
        let minutes = parser.parse(bytes)
        #expect(minutes.diagnostics.map(\.code) == ["input-too-large"])
        #expect(minutes.diagnostics.first?.message.contains("20,0 MB") == true)
    }

    @Test func textWithoutStructureIsKeptWithAWarning() {
        let minutes = parser.parse(Array("hej\nhopp\n\nnågot annat helt\n".utf8))
        #expect(!minutes.hasErrors)
        #expect(minutes.diagnostics.contains { $0.code == "no-items" })
        #expect(minutes.preamble.count == 2 || minutes.meta.title != nil)
    }

    @Test func controlCharactersAreReplacedAndReported() throws {
        let minutes = parser.parse(Array("## 1. Punkt\n\nA\u{1}B\u{FFFE}C\n".utf8))
        let warning = try #require(minutes.diagnostics.first { $0.code == "control-character" })
        #expect(warning.location == SourceLocation(line: 3, column: 2))
        #expect(minutes.items.first?.blocks == [.paragraph([.text("A\u{FFFD}B\u{FFFD}C")])])
    }

    @Test func controlCharactersWrittenAsEntitiesOrEscapesAreReplacedToo() throws {
        let markdown = parser.parse(Array("## 1. Punkt\n\nA&#1;B&#x1F;C&#127;D\n".utf8))
        let warning = try #require(markdown.diagnostics.first { $0.code == "control-character" })
        #expect(warning.location.line == 3)
        #expect(markdown.items.first?.blocks == [.paragraph([.text("A\u{FFFD}B\u{FFFD}C\u{FFFD}D")])])

        let yaml = parser.parse(Array("---\ntitel: \"Styrelse\\x01möte\"\n---\n\n## 1. Punkt\n".utf8))
        #expect(yaml.meta.title == "Styrelse\u{FFFD}möte")
        #expect(yaml.diagnostics.contains { $0.code == "control-character" && $0.location.line == 2 })
    }

    @Test func aParagraphTooLongForXMLReadersIsRefused() throws {
        let parser = MinutesParser(options: ParseOptions(maxInputBytes: 64 << 20))
        let title = String(repeating: "å", count: 5 << 20)
        let minutes = parser.parse(Array("---\ntitel: \(title)\n---\n\n## 1. Punkt\n".utf8))
        #expect(minutes.diagnostics.contains { $0.code == "paragraph-too-long" && $0.severity == .error })
        let paragraph = String(repeating: "ord ", count: 5 << 18)
        #expect(ParagraphLength.refusal(in: paragraph + "\n\n" + paragraph) == nil)
        #expect(ParagraphLength.refusal(in: "x\n\n" + paragraph + "\n" + paragraph)?.location.line == 3)
    }

    @Test func hugeNumbersDoNotOverflow() {
        let digits = String(repeating: "9", count: 60)
        let text = "# Möte \(digits)\n\nTid: torsdag 5 september kl \(digits)\n\n## \(digits). Punkt\n\n- Anna, punkt \(digits)-\(digits)\n"
        let minutes = parser.parse(Array(text.utf8))
        #expect(!minutes.hasErrors)
    }

    @Test func hostileNestingDoesNotExhaustTheStack() {
        let quotes = String(repeating: "> ", count: 5_000) + "djupt\n"
        let lists = (0..<800).map { String(repeating: "  ", count: $0) + "- x" }.joined(separator: "\n")
        let emphasis = String(repeating: "*", count: 50_000) + "a" + String(repeating: "*", count: 50_000)
        for text in [quotes, lists, emphasis, String(repeating: "[", count: 100_000)] {
            let minutes = parser.parse(Array(text.utf8))
            #expect(!minutes.hasErrors)
        }
    }
}
