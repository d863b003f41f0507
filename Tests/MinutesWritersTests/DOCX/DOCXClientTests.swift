import Foundation
import Protokoll
import Testing
import TestSupport

/// Opens the seed DOCX in real clients (LibreOffice, pandoc) where they are installed and checks the text they see.
@Suite struct DOCXClientTests {
    static let soffice = "/usr/bin/soffice"
    static let pandoc = "/usr/bin/pandoc"
    static let pdftotext = "/usr/bin/pdftotext"
    static let timeout = "/usr/bin/timeout"

    static var hasLibreOffice: Bool { [soffice, pdftotext, timeout].allSatisfy(FileManager.default.isExecutableFile) }
    static var hasPandoc: Bool { FileManager.default.isExecutableFile(atPath: pandoc) }

    @Test(.enabled(if: hasLibreOffice, "skipped: needs /usr/bin/soffice, pdftotext and timeout"))
    func libreOfficeRendersNamesClausesSignersAndPageNumbers() throws {
        let minutes = try DOCXTestDocuments.seedMinutes()
        let docx = try DOCXTestDocuments.temporaryFile(try DOCXTestDocuments.docx(minutes), named: "seed.docx")
        let folder = docx.deletingLastPathComponent()
        let profileFolder = "/tmp/lo-docx-test-\(ProcessInfo.processInfo.processIdentifier)"
        defer { try? FileManager.default.removeItem(atPath: profileFolder) }
        let profile = "file://" + profileFolder
        let converted = try CommandRunner.run(DOCXClientTests.timeout, [
            "120", DOCXClientTests.soffice, "--headless", "-env:UserInstallation=\(profile)",
            "--convert-to", "pdf", "--outdir", folder.path, docx.path,
        ])
        #expect(converted.status == 0, "soffice: \(converted.stderr)")
        let pdf = folder.appendingPathComponent("seed.pdf")
        let extracted = try CommandRunner.run(DOCXClientTests.pdftotext, [pdf.path, "-"])
        try #require(extracted.status == 0, "pdftotext: \(extracted.stderr)")
        let text = DOCXTestDocuments.collapsed(extracted.stdout)
        let expected = DOCXTestDocuments.attendeeNames(minutes) + DOCXTestDocuments.clauses(minutes)
            + minutes.signatures.compactMap(\.name) + ["Sida 1 ("]
        for phrase in expected {
            #expect(text.contains(DOCXTestDocuments.collapsed(phrase)), "not in the PDF: \(phrase)")
        }
    }

    @Test(.enabled(if: hasPandoc, "skipped: needs /usr/bin/pandoc"))
    func pandocReadsTextAndAttendeeTables() throws {
        let minutes = try DOCXTestDocuments.seedMinutes()
        let docx = try DOCXTestDocuments.temporaryFile(try DOCXTestDocuments.docx(minutes), named: "seed.docx")
        let plain = try CommandRunner.run(DOCXClientTests.pandoc, ["-f", "docx", "-t", "plain", "--wrap=none", docx.path])
        try #require(plain.status == 0, "pandoc: \(plain.stderr)")
        let text = DOCXTestDocuments.collapsed(plain.stdout)
        for phrase in DOCXTestDocuments.attendeeNames(minutes) + DOCXTestDocuments.clauses(minutes) {
            #expect(text.contains(DOCXTestDocuments.collapsed(phrase)), "not in pandoc's text: \(phrase)")
        }
        let html = try CommandRunner.run(DOCXClientTests.pandoc, ["-f", "docx", "-t", "html", docx.path]).stdout
        let headerRow = "<th><strong>Namn</strong></th>\n<th><strong>Organisation</strong></th>\n<th><strong>Anteckning</strong></th>"
        #expect(html.components(separatedBy: headerRow).count - 1 == minutes.attendance.filter { !$0.attendees.isEmpty }.count)
        #expect(html.contains(">1. Incheckning</h1>"))
    }
}
