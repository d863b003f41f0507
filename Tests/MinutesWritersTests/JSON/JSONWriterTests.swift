import Foundation
import Testing
import Protokoll
import TestSupport

@Suite struct JSONWriterTests {
    let minutes: Minutes

    init() throws {
        minutes = Pipeline().parse(try Fixtures.bytes(Fixtures.seed), sourceName: "seed.md")
    }

    private func object() throws -> [String: Any] {
        let bytes = try JSONWriter().write(minutes, options: WriterOptions())
        return try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
    }

    @Test(arguments: Fixtures.exampleNames())
    func examplesMatchGoldens(name: String) throws {
        let example = Pipeline().parse(try Fixtures.bytes("minutes/\(name).md"), sourceName: "\(name).md")
        let bytes = try JSONWriter().write(example, options: WriterOptions())
        Golden.check(String(decoding: bytes, as: UTF8.self), against: "json/\(name).json")
    }

    @Test func contractKeys() throws {
        let json = try object()
        #expect(json["format"] as? String == "protokoll-ast")
        #expect(json["version"] as? Int == JSONWriter.version && JSONWriter.version == 2)
        for key in ["meta", "attendance", "items", "signatures", "diagnostics"] { #expect(json[key] != nil, "missing \(key)") }
        let meta = try #require(json["meta"] as? [String: Any])
        #expect(meta["kind"] as? String == "minnesanteckningar")
        #expect(meta["start"] as? String == "2019-09-05T12:00")
        #expect(meta["end"] as? String == "2019-09-06T11:50")
    }

    @Test func attendanceAndPresence() throws {
        let groups = try #require(try object()["attendance"] as? [[String: Any]])
        #expect(groups.map { $0["kind"] as? String } == ["present", "absent", "other"])
        let first = try #require((groups[0]["attendees"] as? [[String: Any]])?.first)
        #expect(first["name"] as? String == "Leif Eriksson")
        #expect(first["presence"] as? [[Int]] == [[2, 7]])
    }

    @Test func decisionsAndSignatures() throws {
        let json = try object()
        let items = try #require(json["items"] as? [[String: Any]])
        let clauses = items.flatMap { ($0["blocks"] as? [[String: Any]] ?? []).filter { $0["type"] as? String == "decision" } }
            .flatMap { $0["clauses"] as? [[String: Any]] ?? [] }
        #expect(clauses.count == 14)
        let signatures = try #require(json["signatures"] as? [[String: String]])
        #expect(signatures == [["role": "Vid anteckningarna", "name": "Anna Söderström"], ["role": "Justerat", "name": "Stefan Hollmark"]])
        let diagnostics = try #require(json["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.contains { $0["code"] as? String == "inferred-year" && $0["line"] as? Int == 5 })
    }

    @Test func escapesControlCharactersAndQuotes() throws {
        let m = Minutes(meta: Metadata(title: "a \"b\" \\ \u{1}"))
        let bytes = try JSONWriter().write(m, options: WriterOptions())
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains(#""title": "a \"b\" \\ \u0001""#))
        #expect(try JSONSerialization.jsonObject(with: Data(bytes)) is [String: Any])
    }
}
