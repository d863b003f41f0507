import Testing
import Protokoll
import TestSupport

@Suite struct ReorderingTests {
    private func names(_ text: String, sort: Bool) -> [String] {
        let minutes = Pipeline(sortAttendees: sort).parse(Array(text.utf8))
        return minutes.attendance.first?.attendees.map(\.name) ?? []
    }

    @Test func swedishOrderBySurname() {
        let text = """
        # Protokoll

        Deltagare:
        - Östen Östberg
        - Eva Wilander
        - Anna Åberg
        - Bo Vilander
        - Cia Wall
        - Dan Ärlebo
        - Ola Vågberg
        - Per Wijk
        - Siv Zetterberg
        """
        #expect(names(text, sort: true) == [
            "Bo Vilander", "Ola Vågberg", "Cia Wall", "Per Wijk", "Eva Wilander",
            "Siv Zetterberg", "Anna Åberg", "Dan Ärlebo", "Östen Östberg",
        ])
        #expect(names(text, sort: false).first == "Östen Östberg", "off by default: source order kept")
    }

    @Test func thePresidiumStaysFirst() {
        let text = """
        # Protokoll

        Närvarande:
        - Östen Östberg (S), ordförande
        - Eva Wilander (M), vice ordförande
        - Anna Åberg (C)
        - Bo Vilander (S)
        - Cia Wall (L), justerare
        """
        #expect(names(text, sort: true) == ["Östen Östberg", "Eva Wilander", "Bo Vilander", "Cia Wall", "Anna Åberg"])
    }

    @Test func renumberingShiftsItemsAndPresence() throws {
        let seed = try Fixtures.bytes(Fixtures.seed)
        let minutes = Pipeline(firstParagraph: 163).parse(seed)
        #expect(minutes.items.map(\.number) == Array(163...170).map { Optional($0) })
        #expect(minutes.items.allSatisfy { $0.usesParagraphSign })
        let leif = minutes.attendance.first?.attendees.first
        #expect(leif?.presence == [ItemRange(from: 164, to: 169)] && leif?.presenceUnit == .paragraf)
    }
}
