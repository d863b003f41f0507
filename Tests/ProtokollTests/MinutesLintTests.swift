import Foundation
import Testing
import Protokoll
import TestSupport

/// `protokoll check`: each rule finds its contradiction, at its place, and stays quiet on consistent minutes.
@Suite struct MinutesLintTests {
    private func findings(_ text: String) -> [Diagnostic] {
        let minutes = Pipeline().parse(Array(text.utf8))
        return MinutesLint.findings(minutes, text: text)
    }

    private static func minutes(
        date: String = "Tid Torsdag 5 september 2019 kl 12.00-15.00", present: [String], items: Int = 3,
        signers: [String] = ["Anna Söderström", "Stefan Hollmark"], body: String = ""
    ) -> String {
        var text = "## Minnesanteckningar från ledningsgruppen\n\n\(date)\n\n### Deltagare\n\n"
        text += present.map { $0 + "\n" }.joined() + "\n"
        for number in 1...items {
            text += "## \(number). Punkt \(number)\n\nText om punkten.\n\n"
        }
        text += body
        text += "Vid anteckningarna\n\nJusterat\n\n" + signers.joined(separator: "\n\n") + "\n"
        return text
    }

    private static let consistent = minutes(present: [
        "Leif Eriksson\tBotkyrka kommun, punkt 2-3",
        "Stefan Hollmark\tTyresö kommun, justerare",
        "Anna Söderström\tSödertörnskommunerna, sekreterare",
    ])

    @Test func consistentMinutesHaveNoFindings() {
        #expect(findings(Self.consistent).isEmpty, "\(findings(Self.consistent))")
    }

    @Test func theSeedReportsItsYear2109AndNothingElse() throws {
        let text = String(decoding: try Fixtures.bytes("minutes/seed-planeringskonferens.md"), as: UTF8.self)
        let found = findings(text)
        #expect(found.map(\.code) == ["far-year"], "\(found)")
        #expect(found.first?.message.contains("december 2109") == true)
        let line = try #require(text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("2109") })
        #expect(found.first?.location.line == line + 1)
    }

    @Test func aWeekdayThatDoesNotMatchItsDateIsFound() {
        let text = Self.consistent.replacingOccurrences(of: "Text om punkten.\n\n## 2.", with: "Nästa möte fredag 12 september 2019.\n\n## 2.")
        let found = findings(text)
        #expect(found.map(\.code) == ["wrong-weekday"], "\(found)")
        #expect(found.first?.message.contains("is a torsdag") == true)
        #expect(findings(Self.consistent.replacingOccurrences(of: "Text om punkten.\n\n## 2.", with: "Nästa möte fredag 13 september.\n\n## 2.")).isEmpty)
    }

    @Test func presenceForItemsThatDoNotExistIsFound() {
        let text = Self.consistent.replacingOccurrences(of: "punkt 2-3", with: "punkt 2-5")
        let found = findings(text)
        #expect(found.map(\.code) == ["presence-outside-items"], "\(found)")
        #expect(found.first?.message.contains("no punkt 4, 5") == true)
        #expect(found.first?.location.line == text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("Leif") }.map { $0 + 1 })
    }

    @Test func aJusterareMissingFromTheListsOrFromTheSignaturesIsFound() {
        let stranger = Self.consistent.replacingOccurrences(of: "\n\nStefan Hollmark\n", with: "\n\nPer Holm\n")
        let codes = findings(stranger).map(\.code).sorted()
        #expect(codes == ["listed-signer-missing", "signer-not-listed"], "\(findings(stranger))")
    }

    @Test func aDecisionLabelWithoutTextIsReported() {
        let text = Self.consistent.replacingOccurrences(of: "## 2. Punkt 2\n\nText om punkten.\n\n", with: "## 2. Punkt 2\n\nText om punkten.\n\n*Beslut*\n\n")
        // The parser reports it (check prints the parser's diagnostics with its own findings).
        let diagnostics = Pipeline().parse(Array(text.utf8)).diagnostics
        #expect(diagnostics.contains { $0.code == "empty-decision" && $0.location.line > 1 }, "\(diagnostics)")
        #expect(!Pipeline().parse(Array(Self.consistent.utf8)).diagnostics.contains { $0.code == "empty-decision" })
    }

    @Test func anEndBeforeTheStartIsFound() {
        let text = Self.consistent.replacingOccurrences(of: "kl 12.00-15.00", with: "kl 15.00-12.00")
        #expect(findings(text).map(\.code) == ["end-before-start"], "\(findings(text))")
    }

    @Test func aSammantradesprotokollWithoutOrganIsFound() {
        let text = "---\ntyp: sammanträdesprotokoll\ndatum: 2024-03-05\n---\n\n## § 1 Ärende\n\nText.\n"
        #expect(findings(text).map(\.code).contains("missing-organ"))
        #expect(!findings(text.replacingOccurrences(of: "typ:", with: "organ: Kommunstyrelsen\ntyp:")).map(\.code).contains("missing-organ"))
    }

    @Test func theCommandPrintsLinesOrJSON() throws {
        let binary = try #require(CommandRunner.protokollPath())
        let seed = Fixtures.url("minutes/seed-planeringskonferens.md").path
        let text = try CommandRunner.run(binary, ["check", seed])
        #expect(text.status == 0)
        #expect(text.stderr.contains(":\(findings(String(decoding: try Fixtures.bytes("minutes/seed-planeringskonferens.md"), as: UTF8.self))[0].location): warning: “december 2109”"))
        let json = try CommandRunner.run(binary, ["check", "--format", "json", seed])
        #expect(json.status == 0 && json.stderr.isEmpty, "\(json.stderr)")
        let array = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(array.contains { $0["code"] as? String == "far-year" && $0["severity"] as? String == "warning" && ($0["line"] as? Int ?? 0) > 1 })
    }
}
