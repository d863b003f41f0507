import Foundation
@testable import MinutesWriters
import Protokoll
import Testing
import TestSupport

/// Opens the examples' DOCX in real clients (LibreOffice, pandoc) where they are installed and checks the text they see.
@Suite struct DOCXClientTests {
    static let soffice = "/usr/bin/soffice"
    static let pandoc = "/usr/bin/pandoc"
    static let pdftotext = "/usr/bin/pdftotext"
    static let timeout = "/usr/bin/timeout"

    static var hasLibreOffice: Bool { [soffice, pdftotext, timeout].allSatisfy(FileManager.default.isExecutableFile) }
    static var hasPandoc: Bool { FileManager.default.isExecutableFile(atPath: pandoc) }

    /// Every example converted to PDF in one LibreOffice run; per example the PDF's text, page by page.
    @Test(.enabled(if: hasLibreOffice, "skipped: needs /usr/bin/soffice, pdftotext and timeout"))
    func libreOfficeRendersEveryExample() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let names = Fixtures.exampleNames()
        var files: [String] = []
        for name in names {
            let url = folder.appendingPathComponent(name + ".docx")
            try Data(try DOCXTestDocuments.docx(try DOCXTestDocuments.example(name))).write(to: url)
            files.append(url.path)
        }
        let profileFolder = "/tmp/lo-docx-test-\(ProcessInfo.processInfo.processIdentifier)"
        defer { try? FileManager.default.removeItem(atPath: profileFolder) }
        let converted = try CommandRunner.run(DOCXClientTests.timeout, [
            "240", DOCXClientTests.soffice, "--headless", "-env:UserInstallation=file://" + profileFolder,
            "--convert-to", "pdf", "--outdir", folder.path,
        ] + files)
        try #require(converted.status == 0, "soffice: \(converted.stderr)")
        for name in names {
            let extracted = try CommandRunner.run(DOCXClientTests.pdftotext, [folder.appendingPathComponent(name + ".pdf").path, "-"])
            try #require(extracted.status == 0, "pdftotext \(name): \(extracted.stderr)")
            try DOCXRenderedText(name: name, raw: extracted.stdout).check(try DOCXTestDocuments.example(name))
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
