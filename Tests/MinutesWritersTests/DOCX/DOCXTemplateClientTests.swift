import Foundation
@testable import MinutesWriters
import Protokoll
import Testing
import TestSupport

/// The seed written with `mall-kommun.docx`, opened in LibreOffice and pandoc where they are installed.
@Suite struct DOCXTemplateClientTests {
    /// The PDF embeds the template's DejaVu Serif, shows every attendee, clause and the footer's page label, and
    /// carries the header logo.
    @Test(.enabled(if: LibreOffice.isInstalled, "skipped: needs soffice and poppler-utils"))
    func libreOfficeShowsTheTemplatesFontsLogoAndProtokollsFooter() throws {
        let minutes = try DOCXTestDocuments.seedMinutes()
        let pdf = try LibreOffice.render(try DOCXTemplateSupport.docx(minutes), named: "seed.docx")
        #expect(pdf.fonts.contains("DejaVuSerif"), "fonts: \(pdf.fonts)")
        for phrase in DOCXTestDocuments.attendeeNames(minutes) + DOCXTestDocuments.clauses(minutes) + ["Sida 1 (", "Exempelkommunen"] {
            #expect(pdf.contains(phrase), "not in the PDF: \(phrase)")
        }
        #expect(pdf.hasImage, "no image in the PDF: \(pdf.images)")
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: DOCXClientTests.pandoc), "skipped: needs /usr/bin/pandoc"))
    func pandocStillReadsEveryClause() throws {
        let minutes = try DOCXTestDocuments.seedMinutes()
        let docx = try DOCXTestDocuments.temporaryFile(try DOCXTemplateSupport.docx(minutes), named: "seed.docx")
        defer { try? FileManager.default.removeItem(at: docx.deletingLastPathComponent()) }
        let plain = try CommandRunner.run(DOCXClientTests.pandoc, ["-f", "docx", "-t", "plain", "--wrap=none", docx.path])
        try #require(plain.status == 0, "pandoc: \(plain.stderr)")
        let text = DOCXTestDocuments.collapsed(plain.stdout)
        for phrase in DOCXTestDocuments.clauses(minutes) + DOCXTestDocuments.attendeeNames(minutes) {
            #expect(text.contains(DOCXTestDocuments.collapsed(phrase)), "not in pandoc's text: \(phrase)")
        }
    }
}
