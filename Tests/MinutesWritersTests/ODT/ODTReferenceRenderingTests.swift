import Foundation
import MinutesWriters
import Protokoll
import Testing
import TestSupport

/// The seed written with `mall-kommun.odt`, opened in LibreOffice (when installed): the template's serif
/// headings and header logo reach the PDF, and nothing of the minutes is lost.
@Suite("ODT reference document in LibreOffice")
struct ODTReferenceRenderingTests {
    @Test func templateFontsAndLogoReachThePDF() throws {
        guard LibreOffice.isInstalled, FileManager.default.isExecutableFile(atPath: "/usr/bin/pdfimages") else {
            print("ODT reference rendering skipped: LibreOffice or poppler-utils not installed")
            return
        }
        let minutes = try ODTTestSupport.seedMinutes()
        let odt = try ODTReferenceSupport.write(minutes)
        let pdf = try ODTReferencePDF.convert(odt, name: "seed-mall")
        defer { try? FileManager.default.removeItem(at: pdf.deletingLastPathComponent()) }
        let fonts = try CommandRunner.run("/usr/bin/pdffonts", [pdf.path])
        #expect(fonts.stdout.contains("DejaVuSerif"), "pdffonts: \(fonts.stdout)")
        var expected = minutes.attendance.flatMap(\.attendees).map(\.name)
        for item in minutes.items {
            for case .decision(let decision) in item.blocks {
                expected += decision.clauses.map { ($0.isAttClause ? "att " : "") + $0.text.plainText }
            }
        }
        expected += ["Exempelkommunen", "Vid anteckningarna", "Justerat", "Sida 1 ("]
        #expect(expected.count > 30)
        let text = RenderedPDF.collapse(try CommandRunner.run("/usr/bin/pdftotext", [pdf.path, "-"]).stdout)
        for phrase in expected {
            #expect(text.contains(RenderedPDF.collapse(phrase)), "PDF text lacks “\(phrase)”")
        }
        let images = try CommandRunner.run("/usr/bin/pdfimages", ["-list", pdf.path])
        #expect(images.status == 0)
        let imageRows = images.stdout.split(separator: "\n").dropFirst(2).filter { $0.contains("image") }
        #expect(imageRows.count >= 1, "pdfimages -list: \(images.stdout)")
        // Page 1 at 60 dpi, kept for a person to look at (the path is printed).
        let png = FileManager.default.temporaryDirectory.appendingPathComponent("protokoll-odt-reference-page1")
        let page = try CommandRunner.run("/usr/bin/pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdf.path, png.path])
        #expect(page.status == 0)
        print("ODT reference page 1: \(png.path).png")
    }
}

/// LibreOffice's PDF of an ODT, kept on disk for the poppler tools.
enum ODTReferencePDF {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Converts `odt` to PDF in a fresh folder and returns the PDF's location (the caller removes the folder).
    static func convert(_ odt: [UInt8], name: String) throws -> URL {
        let folder = try CommandRunner.temporaryFolder()
        let source = folder.appendingPathComponent("\(name).odt")
        try Data(odt).write(to: source)
        let profile = folder.appendingPathComponent("profile").absoluteString
        let result = try CommandRunner.run("/usr/bin/timeout", [
            "240", "/usr/bin/soffice", "--headless", "-env:UserInstallation=" + profile, "--convert-to", "pdf", "--outdir", folder.path, source.path,
        ])
        let pdf = folder.appendingPathComponent("\(name).pdf")
        guard result.status == 0, FileManager.default.fileExists(atPath: pdf.path) else {
            throw Failure(description: "soffice exited \(result.status): \(result.stderr)")
        }
        return pdf
    }
}
