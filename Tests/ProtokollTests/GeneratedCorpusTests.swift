import Foundation
import Testing
import MinutesCorpus
import MinutesModel
import Protokoll

/// The benchmark's generated minutes are read back as written: the corpus measures real parsing, and the parser is
/// checked on shapes and sizes (up to 100 items, 60 attendees) the fixtures do not reach.
@Suite struct GeneratedCorpusTests {
    static let indices = Array(0..<45)

    @Test(arguments: indices)
    func aGeneratedDocumentParsesToTheFactsItWasWrittenWith(index: Int) {
        let document = CorpusGenerator().document(index)
        let minutes = Pipeline().parse(Array(document.text.utf8), sourceName: document.fileName)
        let problems = minutes.diagnostics.filter { $0.severity != .note }.map(\.message)
        #expect(problems.isEmpty, "\(document.fileName): \(problems)")
        #expect(minutes.items.map(\.number) == document.itemNumbers.map { Optional($0) }, "\(document.fileName)")
        #expect(minutes.items.map(\.dnr) == document.itemDnr, "\(document.fileName)")
        #expect(minutes.items.map { $0.decisions.map(\.clauses.count).reduce(0, +) } == document.itemClauses, "\(document.fileName)")
        let attendees = minutes.attendance.flatMap(\.attendees).map(\.name)
        #expect(attendees == document.attendeeNames, "\(document.fileName)")
        #expect(minutes.signatures.compactMap(\.name) == document.signerNames, "\(document.fileName)")
        let expectedKind: DocumentKind = switch document.shape {
        case .minnesanteckningar: .minnesanteckningar
        case .foreningsprotokoll: .foreningsprotokoll
        case .sammantradesprotokoll: .sammantradesprotokoll
        }
        #expect(minutes.meta.kind == expectedKind, "\(document.fileName)")
    }

    @Test func theCorpusIsTheSameOnEveryRunAndCoversTheRange() {
        let generator = CorpusGenerator()
        let documents = (0..<300).map { generator.document($0) }
        #expect(documents.map(\.text) == (0..<300).map { CorpusGenerator().document($0).text })
        let items = documents.map(\.itemNumbers.count), attendees = documents.map(\.attendeeNames.count)
        #expect(items.min() == 3 && items.max()! >= 90 && items.allSatisfy { $0 <= 100 }, "\(items.min()!)–\(items.max()!)")
        #expect(attendees.min()! <= 5 && attendees.max()! >= 55 && attendees.allSatisfy { $0 <= 60 })
        #expect(Set(documents.map(\.shape)).count == 3)
        #expect(Set(documents.map(\.fileName)).count == 300)
    }
}
