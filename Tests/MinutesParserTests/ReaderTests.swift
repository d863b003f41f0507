import MinutesModel
import Testing
import TestSupport
@testable import MinutesParser

/// Org-mode and LaTeX minutes go through readers of their own and reach the same minutes as their Markdown twin.
@Suite struct ReaderTests {
    static let markdown = "minutes/foreningsprotokoll-arsmote.md"

    @Test(arguments: ["readers/foreningsprotokoll-arsmote.org", "readers/foreningsprotokoll-arsmote.tex"])
    func sameMinutesAsTheMarkdownTwin(path: String) throws {
        let expected = MinutesParser().parse(try Fixtures.bytes(Self.markdown), sourceName: "foreningsprotokoll-arsmote.md")
        let name = String(path.split(separator: "/").last ?? "")
        let m = MinutesParser().parse(try Fixtures.bytes(path), sourceName: name)
        #expect(m.meta.title == expected.meta.title)
        #expect(m.meta.kind == expected.meta.kind)
        #expect(m.meta.start == expected.meta.start)
        #expect(m.meta.place == expected.meta.place)
        #expect(m.items.map(\.number) == expected.items.map(\.number))
        #expect(m.items.map { $0.title.plainText } == expected.items.map { $0.title.plainText })
        #expect(m.items.map(\.blocks) == expected.items.map(\.blocks))
        #expect(m.signatures == expected.signatures)
    }

    @Test func formatByExtensionThenContent() {
        #expect(SourceFormat.detect(sourceName: "a.org", text: "") == .org)
        #expect(SourceFormat.detect(sourceName: "a.tex", text: "") == .latex)
        #expect(SourceFormat.detect(sourceName: nil, text: "#+TITLE: Protokoll\n* 1. Öppnande") == .org)
        #expect(SourceFormat.detect(sourceName: nil, text: "\\section{Öppnande}\nText") == .latex)
        #expect(SourceFormat.detect(sourceName: nil, text: "# Protokoll\n\n## 1. Öppnande") == .markdown)
        #expect(SourceFormat.detect(sourceName: "a.md", text: "\\section{x}") == .markdown)
    }

    @Test func latexInlinesAndTables() {
        #expect(LaTeXInlines.parse("\\textbf{Beslut}: att anta \\emph{planen} 2024--2025, \\S~3 \\& 50\\,\\%") ==
                [.strong([.text("Beslut")]), .text(": att anta "), .emphasis([.text("planen")]), .text(" 2024–2025, §\u{00A0}3 & 50 %")])
        let out = LaTeXReader(text: "\\begin{tabular}{ll}\nOrdförande & Justerare \\\\ \\hline\nAnna Ek & Bo Al \\\\\n\\end{tabular}").read()
        guard case .table(nil, let rows)? = out.blocks.first?.kind else { Issue.record("no table: \(out.blocks)"); return }
        #expect(rows.map { $0.map(\.plainText) } == [["Ordförande", "Justerare"], ["Anna Ek", "Bo Al"]])
    }

    @Test func orgInlinesAndTables() {
        #expect(OrgInlines.parse("*Beslut* /att/ =kod= [[https://ex.se][länk]]") ==
                [.strong([.text("Beslut")]), .text(" "), .emphasis([.text("att")]), .text(" "), .code("kod"), .text(" "),
                 .link(text: [.text("länk")], destination: "https://ex.se")])
        let out = OrgReader(text: "| Namn | Roll |\n|------+------|\n| Anna Ek | ordförande |").read()
        guard case .table(let header?, let rows)? = out.blocks.first?.kind else { Issue.record("no table: \(out.blocks)"); return }
        #expect(header.map(\.plainText) == ["Namn", "Roll"])
        #expect(rows.map { $0.map(\.plainText) } == [["Anna Ek", "ordförande"]])
    }
}

/// Damage the parser cannot repair is named, with the first place.
@Suite struct TextHealthTests {
    @Test func replacementCharacterIsAWarningAtItsFirstPlace() {
        let m = MinutesParser().parse(Array("# Protokoll\n\nDatum: 2024-03-23\n\n## 1. M\u{FFFD}tets \u{FFFD}ppnande\n\nText.\n".utf8))
        let damage = m.diagnostics.filter { $0.code == "encoding-damage" }
        #expect(damage.count == 1)
        #expect(damage.first?.location == SourceLocation(line: 5, column: 8))
        #expect(damage.first?.message.contains("1 more") ?? false)
    }

    @Test func textWithoutStructureMayNotBeMinutes() {
        let m = MinutesParser().parse(Array("Inköpslista\n\nmjölk, bröd, ost\n".utf8))
        #expect(m.diagnostics.contains { $0.code == "not-minutes" })
        let seed = MinutesParser().parse(Array("# Protokoll\n\nDatum: 2024-03-23\n\n## 1. Öppnande\n\nText.\n".utf8))
        #expect(!seed.diagnostics.contains { $0.code == "not-minutes" })
    }
}

/// Item sections of a converted protocol are typed parts of the AST; a vote carries its counts.
@Suite struct ItemSectionTests {
    @Test func voteCounts() {
        #expect(VoteCounter.count("Med fyra ja-röster, en nej-röst och en som avstår beslutar arbetsutskottet") == VoteCount(yes: 4, no: 1, abstained: 1))
        #expect(VoteCounter.count("Ordföranden finner att kommunstyrelsen, med 11 ja-röster mot 4 nej-röster, beslutar") == VoteCount(yes: 11, no: 4, abstained: nil))
        #expect(VoteCounter.count("Omröstning begärs och verkställs.") == nil)
    }

    @Test func sectionsOfAConvertedItem() throws {
        let m = MinutesParser().parse(try Fixtures.bytes("eval/kommun/ks-au__2025-01-07__protokoll-2.md"))
        let item = try #require(m.items.first)
        let kinds = item.blocks.compactMap { if case .section(let s) = $0 { s.kind } else { nil } }
        #expect(kinds == [.information, .disqualification, .summary, .basis, .proposalAtMeeting, .procedure, .distribution])
        guard case .decision(let decision) = item.blocks.first else { Issue.record("the decision first: \(item.blocks)"); return }
        #expect(decision.label == "Beslut i kommunstyrelsens arbetsutskott")
        #expect(decision.clauses.map { $0.text.plainText }.last == "Paragrafen justeras omedelbart.")
        let votes = MinutesParser().parse(try Fixtures.bytes("eval/kommun/fg-au__2024-09-04__protokoll.md")).items
            .flatMap(\.blocks).compactMap { if case .section(let s) = $0 { s.votes } else { nil } }
        #expect(votes == [VoteCount(yes: 4, no: 1, abstained: 1)])
    }
}

@Suite struct RoomNameTests {
    @Test func aRoomWithDigitsIsNoEndTime() {
        let t = MeetingTimeParser.parse("torsdag den 22 februari 2018 klockan 19:30 på Kungliga Tekniska högskolan i en sal nära Stackenlokalen (Q24)")
        #expect(t.startTime == LocalTime(hour: 19, minute: 30))
        #expect(t.endTime == nil)
    }
}

/// The converted-protocol reader on damaged protocols: cut anywhere or shuffled, it still parses, never crashes.
@Suite struct ConvertedProtocolRobustnessTests {
    @Test func truncatedAndShuffledProtocolsParse() throws {
        let bytes = try Fixtures.bytes("eval/kommun/fg-au__2024-09-04__protokoll.md")
        let full = MinutesParser().parse(bytes)
        #expect(full.items.count == 11)
        for cut in stride(from: 0, to: bytes.count, by: 1_499) {
            let m = MinutesParser().parse(Array(bytes[..<cut]))
            #expect(m.items.count <= full.items.count)
        }
        var lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5 {
            lines.shuffle(using: &generator)
            _ = MinutesParser().parse(Array(lines.joined(separator: "\n").utf8))
        }
    }
}

/// Elections stated as one sentence are decisions without a label of their own.
@Suite struct ElectionTests {
    @Test func electionSentences() {
        #expect(DecisionRecognizer.isElection("Elis Axelsson valdes till mötesordförande"))
        #expect(DecisionRecognizer.isElection("Mötet valde kaj till mötessekreterare."))
        #expect(!DecisionRecognizer.isElection("Styrelsen diskuterade hur ordföranden valdes förra året. Inget beslut."))
        #expect(!DecisionRecognizer.isElection("Vi valde att inte köpa någon ny skrivare i år eftersom budgeten inte räckte till det och ingen ville"))
    }
}
