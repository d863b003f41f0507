import Testing
@testable import MinutesWriters
import Protokoll
import TestSupport

/// The text LibreOffice printed for one example (pdftotext, pages split at form feeds) and what it must contain.
struct DOCXRenderedText {
    let name: String
    let pages: [String]
    let text: String

    init(name: String, raw: String) {
        self.name = name
        self.pages = raw.split(separator: "\u{000C}").map { DOCXTestDocuments.collapsed(String($0)) }.filter { !$0.isEmpty }
        self.text = DOCXTestDocuments.collapsed(raw)
    }

    func check(_ minutes: Minutes) throws {
        let layout = KindLayout(minutes)
        var expected = DOCXTestDocuments.attendeeNames(minutes) + DOCXTestDocuments.clauses(minutes)
            + layout.signatures.flatMap { [$0.role, $0.name, $0.note].compactMap { $0 } }
        switch minutes.meta.kind {
        case .sammantradesprotokoll:
            let substitutes = minutes.attendance.flatMap(\.attendees).filter { $0.notes.contains { $0.hasPrefix("ersätter ") } }
            #expect(substitutes.count >= 2, "\(name): the example has tjänstgörande ersättare")
            expected += substitutes.flatMap { [$0.name] + $0.notes }
            expected += ["SAMMANTRÄDESPROTOKOLL", "§ 163", "Paragrafer", "Underskrifter", "ANSLAG/BEVIS", "Datum då anslaget tas ned", "2024-07-10"]
            try certificateOnOnePage()
        case .foreningsprotokoll:
            expected += ["Vid protokollet", "Justeras", "Erik Sand", "Lisa Ström", "Omar Said"]
        case .minnesanteckningar, .protokoll:
            expected += ["Sida 1 ("]
        }
        for phrase in expected {
            #expect(text.contains(DOCXTestDocuments.collapsed(phrase)), "\(name): not in the PDF: \(phrase)")
        }
        #expect(pages.last?.contains("Sida \(pages.count) (\(pages.count))") == true, "\(name): last page label")
        try signaturesWithTheLastText(minutes, firstRole: layout.signatures.first?.role)
    }

    /// No lone signature page: the page with the first signer's role also holds the last item's last clause or paragraph.
    private func signaturesWithTheLastText(_ minutes: Minutes, firstRole: String?) throws {
        let role = try #require(firstRole)
        let lastText = try #require(minutes.items.last?.blocks.last.flatMap(DOCXRenderedText.plainText))
        let page = try #require(pages.first { $0.contains(role + " ") }, "\(name): no page with \(role)")
        #expect(page.contains(DOCXTestDocuments.collapsed(lastText)), "\(name): signatures apart from “\(lastText)”")
    }

    /// The anslagsbevis on one page, from its heading to its signature line.
    private func certificateOnOnePage() throws {
        let page = try #require(pages.first { $0.contains(KindLayout.postingHeading) }, "\(name): no ANSLAG/BEVIS")
        for phrase in ["Förvaringsplats för protokollet", "Underskrift"] {
            #expect(page.contains(phrase), "\(name): \(phrase) not on the page of ANSLAG/BEVIS")
        }
    }

    private static func plainText(_ block: Block) -> String? {
        switch block {
        case .paragraph(let content): content.plainText
        case .decision(let decision): decision.clauses.last.map { ($0.isAttClause ? "att " : "") + $0.text.plainText }
        case .heading, .list, .quote, .table, .code, .separator, .section: nil
        }
    }
}
