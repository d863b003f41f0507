import Testing
import Protokoll
import SwedishTypography
import TestSupport

@Suite struct PlainTextWriterTests {
    let minutes: Minutes

    init() throws {
        minutes = Pipeline().parse(try Fixtures.bytes(Fixtures.seed), sourceName: "seed.md")
    }

    private func text(width: Int = 72, lineEnding: WriterOptions.LineEnding = .lf) throws -> String {
        let bytes = try PlainTextWriter().write(minutes, options: WriterOptions(width: width, lineEnding: lineEnding))
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test(arguments: Fixtures.exampleNames())
    func examplesMatchGoldens(name: String) throws {
        let example = Pipeline().parse(try Fixtures.bytes("minutes/\(name).md"), sourceName: "\(name).md")
        let bytes = try PlainTextWriter().write(example, options: WriterOptions())
        Golden.check(String(decoding: bytes, as: UTF8.self), against: "txt/\(name).txt")
    }

    @Test(arguments: [40, 72, 100])
    func noLineIsWiderThanTheWidth(width: Int) throws {
        for line in try text(width: width).split(separator: "\n") {
            #expect(TextMeasure.displayWidth(String(line)) <= width, "too wide: \(line)")
        }
    }

    @Test func attendeeColumnsAreAligned() throws {
        let lines = try text().split(separator: "\n").map(String.init)
        let rows = lines.filter { $0.hasPrefix("Leif Eriksson") || $0.hasPrefix("Mats Bergström") || $0.hasPrefix("Stefan Hollmark") }
        #expect(rows.count == 3)
        // The organisation column starts at the same display column in every row.
        let organisations = ["Botkyrka kommun", "Salems kommun", "Tyresö kommun"]
        let offsets = zip(rows, organisations).map { row, org in row.range(of: org).map { TextMeasure.displayWidth(String(row[..<$0.lowerBound])) } }
        #expect(offsets.count == 3 && Set(offsets.compactMap { $0 }).count == 1, "\(offsets)")
    }

    @Test func signatureBlockSideBySide() throws {
        let lines = try text().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let roleLine = try #require(lines.lastIndex { $0.hasPrefix("Vid anteckningarna") })
        #expect(lines[roleLine].contains("Justerat"))
        let nameLine = try #require(lines.lastIndex { $0.hasPrefix("Anna Söderström") })
        #expect(lines[nameLine].contains("Stefan Hollmark"))
        #expect(lines[nameLine - 1].hasPrefix("____"))
        #expect(nameLine - roleLine >= 4, "room to sign between role and line")
    }

    @Test func decisionsOnePerParagraphWithLowercaseAtt() throws {
        let t = try text()
        #expect(t.contains("\n  att bjuda in Marcel Moritz, Södertörnsanalysen, till kommande\n"))
        #expect(!t.contains("\n  Att "))
        #expect(t.contains("\n  Kommundirektörerna kommunicerar remisserna sinsemellan.\n"))
    }

    @Test func swedishTypographyReachesTheText() throws {
        let t = try text()
        #expect(t.contains("torsdag 5 september 2019 kl.\u{00A0}12.00 – fredag 6 september 2019"))
        #expect(t.contains("punkt 2–7"))
        #expect(t.contains("kl.\u{00A0}9.45–12.15"))
    }

    @Test func lineEndingsAndFinalNewline() throws {
        let lf = try text()
        #expect(lf.hasSuffix("\n") && !lf.hasSuffix("\n\n") && !lf.contains("\r"))
        let crlf = try text(lineEnding: .crlf)
        #expect(crlf.hasSuffix("\r\n") && crlf.replacingOccurrences(of: "\r\n", with: "\n") == lf)
    }
}
