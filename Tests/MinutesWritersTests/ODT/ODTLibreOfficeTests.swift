import Foundation
@testable import MinutesWriters
import Testing

/// Opens the ODTs in LibreOffice (when installed), exports PDFs and checks the text a reader sees.
@Suite("ODT LibreOffice round trip")
struct ODTLibreOfficeTests {
    @Test func seedRendersInLibreOffice() throws {
        let minutes = try ODTTestSupport.seedMinutes()
        guard let pdf = try ODTLibreOffice.pdfText(minutes, name: "seed") else { return }
        var expected = minutes.attendance.flatMap(\.attendees).map(\.name)
        for item in minutes.items {
            for case .decision(let decision) in item.blocks {
                expected += decision.clauses.map { ($0.isAttClause ? "att " : "") + $0.text.plainText }
            }
        }
        expected += ["Vid anteckningarna", "Justerat", "Anna Söderström", "Stefan Hollmark", "Sida 1 (", "2019-09-05"]
        #expect(expected.count > 30)
        for phrase in expected {
            #expect(pdf.contains(phrase), "PDF text lacks “\(phrase)”")
        }
        // No lone signature page: the page with the signatures also holds the last decision clause.
        let pages = pdf.pages
        let signaturePage = try #require(pages.first { $0.contains("Vid anteckningarna") })
        let lastClause = try #require(expected.dropLast(6).last)
        #expect(signaturePage.contains(ODTTestSupport.collapsed(lastClause)))
        #expect(pages.count > 1 && pages.last?.contains("Sida \(pages.count) (\(pages.count))") == true)
    }

    @Test func sammantradesprotokollRendersInLibreOffice() throws {
        let minutes = try ODTTestSupport.example("sammantradesprotokoll-kommunstyrelsen")
        guard let pdf = try ODTLibreOffice.pdfText(minutes, name: "sammantradesprotokoll") else { return }
        let layout = KindLayout(minutes)
        let substitutes = layout.headerRows.flatMap(\.lines).filter { $0.contains(" ersätter ") }
        #expect(substitutes.count == 2)
        for phrase in ["SAMMANTRÄDESPROTOKOLL", "Sammanträdesdatum 2024-06-11", "Beslutande", "§ 163 Val av justerare", "Dnr KS 2024/97-04",
                       "Underskrifter", "Paragrafer §§ 163–167", KindLayout.postingHeading, KindLayout.postingStatement,
                       "Datum då anslaget tas ned", "2024-07-10", "Förvaringsplats för protokollet"] + substitutes {
            #expect(pdf.contains(phrase), "PDF text lacks “\(phrase)”")
        }
        let pages = pdf.pages
        #expect(pages.count > 1)
        // The page label is in every header, beside the kind; the first page holds the grid and the first §.
        for (index, page) in pages.enumerated() {
            #expect(page.contains("SAMMANTRÄDESPROTOKOLL") && page.contains("Sida \(index + 1) (\(pages.count))"), "page \(index + 1)")
        }
        #expect(pages.first.map { $0.contains("Utses att justera") && $0.contains("§ 163") } == true)
        // The anslagsbevis is whole on one page, with the signatures' Paragrafer line before it.
        let certificatePage = try #require(pages.first { $0.contains(KindLayout.postingHeading) })
        for phrase in ["Paragrafer", "Datum då anslaget sätts upp", "Förvaringsplats för protokollet", "Underskrift"] {
            #expect(certificatePage.contains(phrase), "the anslagsbevis page lacks “\(phrase)”")
        }
    }

    @Test func foreningsprotokollRendersInLibreOffice() throws {
        let minutes = try ODTTestSupport.example("foreningsprotokoll-arsmote")
        guard let pdf = try ODTLibreOffice.pdfText(minutes, name: "foreningsprotokoll") else { return }
        let signers = KindLayout(minutes).signatures.compactMap(\.name)
        #expect(signers == ["Erik Sand", "Lisa Ström", "Omar Said"])
        for phrase in ["Vid protokollet", "Justeras", "7. Mötets avslutande"] + signers {
            #expect(pdf.contains(phrase), "PDF text lacks “\(phrase)”")
        }
        #expect(!pdf.contains("SAMMANTRÄDESPROTOKOLL") && !pdf.contains(KindLayout.postingHeading))
        let pages = pdf.pages
        #expect(pages.last.map { $0.contains("Omar Said") && $0.contains("Sida \(pages.count) (\(pages.count))") } == true)
    }
}
