import Foundation
@testable import MinutesWriters
import Protokoll
import Testing
import TestSupport

/// The seed written with `mall-kommun.docx`, opened in LibreOffice and pandoc where they are installed.
@Suite struct DOCXTemplateClientTests {
    static let pdfimages = "/usr/bin/pdfimages"

    static var canRender: Bool { LibreOffice.isInstalled && FileManager.default.isExecutableFile(atPath: pdfimages) }

    /// The PDF embeds the template's DejaVu Serif, shows every attendee, clause and the footer's page label, and
    /// carries the header logo.
    @Test(.enabled(if: canRender, "skipped: needs soffice, pdftotext, pdffonts and pdfimages"))
    func libreOfficeShowsTheTemplatesFontsLogoAndProtokollsFooter() throws {
        let minutes = try DOCXTestDocuments.seedMinutes()
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let docx = folder.appendingPathComponent("seed.docx")
        try Data(try DOCXTemplateSupport.docx(minutes)).write(to: docx)
        let converted = try CommandRunner.run("/usr/bin/timeout", [
            "240", "/usr/bin/soffice", "--headless", "-env:UserInstallation=" + folder.appendingPathComponent("profile").absoluteString,
            "--convert-to", "pdf", "--outdir", folder.path, docx.path,
        ])
        try #require(converted.status == 0, "soffice: \(converted.stderr)")
        let pdf = folder.appendingPathComponent("seed.pdf").path
        let fonts = try CommandRunner.run("/usr/bin/pdffonts", [pdf]).stdout
        #expect(fonts.contains("DejaVuSerif"), "fonts: \(fonts)")
        let text = RenderedPDF.collapse(try CommandRunner.run("/usr/bin/pdftotext", [pdf, "-"]).stdout)
        for phrase in DOCXTestDocuments.attendeeNames(minutes) + DOCXTestDocuments.clauses(minutes) + ["Sida 1 (", "Exempelkommunen"] {
            #expect(text.contains(RenderedPDF.collapse(phrase)), "not in the PDF: \(phrase)")
        }
        let images = try CommandRunner.run(DOCXTemplateClientTests.pdfimages, ["-list", pdf])
        try #require(images.status == 0, "pdfimages: \(images.stderr)")
        let rows = images.stdout.split(separator: "\n").dropFirst(2)
        #expect(rows.contains { $0.split(separator: " ").dropFirst(2).first == "image" }, "no image in the PDF: \(images.stdout)")
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
