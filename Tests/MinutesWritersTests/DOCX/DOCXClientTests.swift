import Foundation
@testable import MinutesWriters
import Protokoll
import Testing
import TestSupport

/// Opens the examples' DOCX in real clients (LibreOffice, pandoc) where they are installed and checks the text they see.
@Suite struct DOCXClientTests {
    static let pandoc = "/usr/bin/pandoc"

    static var hasPandoc: Bool { FileManager.default.isExecutableFile(atPath: pandoc) }

    /// Every example converted to PDF in one LibreOffice run; per example the PDF's text, page by page.
    @Test(.enabled(if: LibreOffice.isInstalled, "skipped: needs soffice and poppler-utils"))
    func libreOfficeRendersEveryExample() throws {
        let names = Fixtures.exampleNames()
        var documents: [String: [UInt8]] = [:]
        for name in names { documents[name + ".docx"] = try DOCXTestDocuments.docx(try DOCXTestDocuments.example(name)) }
        let pdfs = try LibreOffice.render(documents)
        for name in names {
            let pdf = try #require(pdfs[name + ".docx"])
            try DOCXRenderedText(name: name, raw: pdf.raw).check(try DOCXTestDocuments.example(name))
        }
    }

    @Test(.enabled(if: hasPandoc, "skipped: needs /usr/bin/pandoc"))
    func pandocReadsTextAndAttendeeTables() throws {
        let minutes = try DOCXTestDocuments.seedMinutes()
        let text = try DOCXClientTests.pandocPlain(minutes)
        for phrase in DOCXTestDocuments.attendeeNames(minutes) + DOCXTestDocuments.clauses(minutes) {
            #expect(text.contains(DOCXTestDocuments.collapsed(phrase)), "not in pandoc's text: \(phrase)")
        }
        let docx = try DOCXTestDocuments.temporaryFile(try DOCXTestDocuments.docx(minutes), named: "seed.docx")
        let html = try CommandRunner.run(DOCXClientTests.pandoc, ["-f", "docx", "-t", "html", docx.path]).stdout
        let headerRow = "<th><strong>Namn</strong></th>\n<th><strong>Organisation</strong></th>\n<th><strong>Anteckning</strong></th>"
        #expect(html.components(separatedBy: headerRow).count - 1 == minutes.attendance.filter { !$0.attendees.isEmpty }.count)
        #expect(html.contains(">1. Incheckning</h1>"))
    }

    @Test(.enabled(if: hasPandoc, "skipped: needs /usr/bin/pandoc"))
    func pandocReadsEveryItemTitleAndClauseOfTheMunicipalProtocol() throws {
        let minutes = try DOCXTestDocuments.example(DOCXExampleTests.municipal)
        let text = try DOCXClientTests.pandocPlain(minutes)
        let expected = minutes.items.map(ItemHeadingText.plain) + DOCXTestDocuments.clauses(minutes)
        #expect(expected.count > minutes.items.count)
        for phrase in expected {
            #expect(text.contains(DOCXTestDocuments.collapsed(phrase)), "not in pandoc's text: \(phrase)")
        }
    }

    /// `pandoc -f docx -t plain` of the minutes' DOCX, whitespace collapsed.
    private static func pandocPlain(_ minutes: Minutes) throws -> String {
        let docx = try DOCXTestDocuments.temporaryFile(try DOCXTestDocuments.docx(minutes), named: "minutes.docx")
        defer { try? FileManager.default.removeItem(at: docx.deletingLastPathComponent()) }
        let plain = try CommandRunner.run(DOCXClientTests.pandoc, ["-f", "docx", "-t", "plain", "--wrap=none", docx.path])
        try #require(plain.status == 0, "pandoc: \(plain.stderr)")
        return DOCXTestDocuments.collapsed(plain.stdout)
    }
}
