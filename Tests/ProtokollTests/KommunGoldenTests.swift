import Foundation
import Protokoll
import Testing
import TestSupport

/// Municipal protocols converted from PDF, five organs: the text and JSON a user gets, recorded under
/// `fixtures/txt/kommun` and `fixtures/json/kommun` (record with UPDATE_GOLDEN=1).
@Suite struct KommunGoldenTests {
    static let protocols = [
        "bygg-au__2024-05-23__protokoll-137-163-164",  // two redacted items without Beslut, chair swap per §
        "fg-au__2024-09-04__protokoll",                 // eleven items, officials with wrapped titles
        "ks-au__2025-01-07__protokoll-2",               // Beslut i …, Förslag till beslut på sammanträdet, e-signature pages
        "miljo__2024-12-05__protokoll-155",             // serving substitute wrapped across the columns
        "revision__2025-10-27__protokoll-anteckningar", // sammanträdesanteckningar: bare item numbers, Överenskommelse
    ]

    @Test(arguments: protocols)
    func protocolMatchesGoldens(name: String) throws {
        let pipeline = Pipeline()
        let minutes = pipeline.parse(try Fixtures.bytes("eval/kommun/\(name).md"), sourceName: "\(name).md")
        for (format, folder) in [("txt", "txt"), ("json", "json")] {
            let bytes = try pipeline.render(minutes, as: format)
            Golden.check(String(decoding: bytes, as: UTF8.self), against: "\(folder)/kommun/\(name).\(format)")
        }
    }

    @Test func longProtocolHasNoFurnitureNoContentsAndOnlyDecisionText() throws {
        let name = "ks__2024-08-27__protokoll"
        let pipeline = Pipeline()
        let minutes = pipeline.parse(try Fixtures.bytes("eval/kommun/\(name).md"), sourceName: "\(name).md")
        let text = String(decoding: try pipeline.render(minutes, as: "txt"), as: UTF8.self)
        for furniture in ["Transaktionsidentitet", "Det här dokumentet är digitalt signerat", "Innehåll", "Undertecknat", "........"] {
            #expect(!text.contains(furniture), "\(furniture) in the text output")
        }
        #expect(minutes.items.count == 20)
        #expect(Set(minutes.items.compactMap(\.number)).count == minutes.items.count, "an item twice (TOC entries?)")
        var decisions: [Decision] = []
        for item in minutes.items {
            for block in item.blocks {
                if case .decision(let decision) = block { decisions.append(decision) }
            }
        }
        let decisionText = decisions.flatMap(\.clauses).map { $0.text.plainText }.joined(separator: "\n")
        for section in ["Beslutsgång", "Sammanfattning av ärendet", "Beslutsunderlag", "Reservation", " yrkar "] {
            #expect(!decisionText.contains(section), "\(section) inside a decision")
        }
        #expect(minutes.signatures.map(\.role) == ["Sekreterare", "Ordförande", "Justerare"])
    }
}
