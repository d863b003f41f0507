import Foundation
import MinutesWriters
import Protokoll

/// Converts an ODT to PDF with LibreOffice and reads the PDF's text back with pdftotext.
enum ODTLibreOffice {
    static let soffice = "/usr/bin/soffice"

    /// The text a reader sees, whole and page by page, white space collapsed (no-break spaces included).
    struct PDFText {
        let raw: String
        var text: String { ODTTestSupport.collapsed(raw) }
        var pages: [String] { raw.split(separator: "\u{000C}").map { ODTTestSupport.collapsed(String($0)) } }

        /// Whether the text holds `phrase`, white space collapsed in both.
        func contains(_ phrase: String) -> Bool { text.contains(ODTTestSupport.collapsed(phrase)) }
    }

    enum Failure: Error { case timedOut(String), noPDF }

    /// The PDF text of `minutes` written as ODT, or nil when LibreOffice is not installed.
    static func pdfText(_ minutes: Minutes, name: String) throws -> PDFText? {
        guard FileManager.default.isExecutableFile(atPath: soffice) else {
            print("ODT LibreOffice round trip of \(name) skipped: \(soffice) not installed")
            return nil
        }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("protokoll-odt-lo-\(getpid())-\(name)")
        try? FileManager.default.removeItem(at: dir)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let odt = dir.appendingPathComponent("\(name).odt")
        try Data(try ODTTestSupport.write(minutes)).write(to: odt)

        let profile = dir.appendingPathComponent("profile")
        guard try run(soffice, ["--headless", "-env:UserInstallation=\(profile.absoluteString)", "--convert-to", "pdf",
                                "--outdir", dir.path, odt.path], timeout: 120) else { throw Failure.timedOut("soffice") }
        let pdf = dir.appendingPathComponent("\(name).pdf")
        guard FileManager.default.fileExists(atPath: pdf.path) else { throw Failure.noPDF }
        let textFile = dir.appendingPathComponent("\(name).txt")
        guard try run("/usr/bin/pdftotext", [pdf.path, textFile.path], timeout: 60) else { throw Failure.timedOut("pdftotext") }
        return PDFText(raw: try String(contentsOf: textFile, encoding: .utf8))
    }

    /// Runs a tool, waiting at most `timeout` seconds; false when it failed or had to be stopped.
    private static func run(_ path: String, _ arguments: [String], timeout: TimeInterval) throws -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        guard !process.isRunning else {
            process.terminate()
            return false
        }
        return process.terminationStatus == 0
    }
}
