import Foundation
import MinutesWriters
import Protokoll
import Testing
import TestSupport

/// The seed written with `mall-kommun.odt`, opened in LibreOffice (when installed): the template's serif
/// headings and header logo reach the PDF, and nothing of the minutes is lost.
@Suite("ODT reference document in LibreOffice")
struct ODTReferenceRenderingTests {
    @Test(.enabled(if: LibreOffice.isInstalled, "skipped: needs soffice and poppler-utils"))
    func templateFontsAndLogoReachThePDF() throws {
        let minutes = try ODTTestSupport.seedMinutes()
        let pdf = try LibreOffice.render(try ODTReferenceSupport.write(minutes), named: "seed-mall.odt")
        #expect(pdf.fonts.contains("DejaVuSerif"), "pdffonts: \(pdf.fonts)")
        var expected = minutes.attendance.flatMap(\.attendees).map(\.name)
        for item in minutes.items {
            for case .decision(let decision) in item.blocks {
                expected += decision.clauses.map { ($0.isAttClause ? "att " : "") + $0.text.plainText }
            }
        }
        expected += ["Exempelkommunen", "Vid anteckningarna", "Justerat", "Sida 1 ("]
        #expect(expected.count > 30)
        for phrase in expected {
            #expect(pdf.contains(phrase), "PDF text lacks “\(phrase)”")
        }
        #expect(pdf.hasImage, "pdfimages -list: \(pdf.images)")
    }
}
