import Foundation
import MinutesWriters
import Testing

/// Opens the seed's ODT in LibreOffice (when installed), exports a PDF and checks the text a reader sees.
@Suite("ODT LibreOffice round trip")
struct ODTLibreOfficeTests {
    static let soffice = "/usr/bin/soffice"

    @Test func seedRendersInLibreOffice() throws {
        guard FileManager.default.isExecutableFile(atPath: Self.soffice) else {
            print("ODT LibreOffice round trip skipped: \(Self.soffice) not installed")
            return
        }
        let minutes = try ODTTestSupport.seedMinutes()
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("protokoll-odt-lo-\(getpid())")
        try? FileManager.default.removeItem(at: dir)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let odt = dir.appendingPathComponent("seed.odt")
        try Data(try ODTTestSupport.write(minutes)).write(to: odt)

        let profile = "file:///tmp/lo-odt-test-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: "/tmp/lo-odt-test-\(getpid())") }
        let converted = try Self.run(Self.soffice, ["--headless", "-env:UserInstallation=\(profile)", "--convert-to", "pdf", "--outdir", dir.path, odt.path], timeout: 120)
        #expect(converted, "soffice did not finish within 120 s")
        let pdf = dir.appendingPathComponent("seed.pdf")
        #expect(FileManager.default.fileExists(atPath: pdf.path))
        let textFile = dir.appendingPathComponent("seed.txt")
        #expect(try Self.run("/usr/bin/pdftotext", [pdf.path, textFile.path], timeout: 60))
        let raw = try String(contentsOf: textFile, encoding: .utf8)
        let text = ODTTestSupport.collapsed(raw)

        var expected = minutes.attendance.flatMap(\.attendees).map(\.name)
        for item in minutes.items {
            for case .decision(let decision) in item.blocks {
                expected += decision.clauses.map { ($0.isAttClause ? "att " : "") + $0.text.plainText }
            }
        }
        expected += ["Vid anteckningarna", "Justerat", "Anna Söderström", "Stefan Hollmark", "Sida 1 (", "2019-09-05"]
        #expect(expected.count > 30)
        for phrase in expected {
            #expect(text.contains(ODTTestSupport.collapsed(phrase)), "PDF text lacks “\(phrase)”")
        }
        // No lone signature page: the page with the signatures also holds the last decision clause.
        let pages = raw.split(separator: "\u{000C}").map { ODTTestSupport.collapsed(String($0)) }
        let signaturePage = try #require(pages.first { $0.contains("Vid anteckningarna") })
        let lastClause = try #require(expected.dropLast(6).last)
        #expect(signaturePage.contains(ODTTestSupport.collapsed(lastClause)))
        #expect(pages.count > 1 && pages.last?.contains("Sida \(pages.count) (\(pages.count))") == true)
    }

    /// Runs a tool, waiting at most `timeout` seconds; false when it had to be stopped.
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
