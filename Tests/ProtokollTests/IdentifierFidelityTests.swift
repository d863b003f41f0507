import Foundation
import Testing
import OfficePackaging
import Protokoll
import TestSupport

/// Typography touches prose only: every identifier in the source reaches every output as written.
@Suite struct IdentifierFidelityTests {
    static let identifiers = [
        "20240115", "802456-1234", "19800101-1234", "KS 2024/123-4", "https://ex.se/a/2010-11.pdf",
        "https://ex.se/b/%2010-11.pdf", "anna.berg-10@ex.se", "rapport_2010-11.docx", "218263", "4500123456",
        "2010-11.pdf", "\\server\\mapp\\2010-11", "kod 10-11 1234567",
    ]
    static let frontMatterValues = ["https://ex.se/files/protokoll%2010-11.pdf", "KS 2024/0123-45", "20240115"]

    /// All text an output holds: the bytes of txt and JSON, the character data of every XML part of a package.
    private func text(of bytes: [UInt8]) throws -> String {
        if bytes.starts(with: Array("%PDF-".utf8)) {
            let folder = try CommandRunner.temporaryFolder()
            defer { try? FileManager.default.removeItem(at: folder) }
            let file = folder.appendingPathComponent("out.pdf")
            try Data(bytes).write(to: file)
            return try CommandRunner.run("/usr/bin/pdftotext", ["-raw", file.path, "-"]).stdout
        }
        guard let zip = try? ZipReader(bytes) else { return String(decoding: bytes, as: UTF8.self) }
        return try zip.entries.filter { $0.name.hasSuffix(".xml") }.map { entry in
            let xml = String(decoding: try zip.data(entry.name), as: UTF8.self)
            return xml.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
                .replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&lt;", with: "<")
                .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&quot;", with: "\"")
        }.joined(separator: "\n")
    }

    @Test func everyIdentifierReachesEveryFormatAsWritten() throws {
        let pipeline = Pipeline()
        let minutes = pipeline.parse(try Fixtures.bytes("identifiers/identifiers.md"))
        // The sidecar holds the metadata, not the text: it is checked for the front-matter values below.
        for format in pipeline.registry.formats where format.id != "metadata" && (format.id != "pdf" || LibreOffice.isInstalled) {
            var output = try text(of: try pipeline.render(minutes, as: format.id))
            if format.id == "json" { output = output.replacingOccurrences(of: "\\\\", with: "\\").replacingOccurrences(of: "\\/", with: "/") }
            // A PDF line may break after a backslash (LibreOffice's choice, not a change of the data).
            if format.id == "pdf" { output = output.replacingOccurrences(of: "\\\n", with: "\\") }
            for identifier in Self.identifiers {
                #expect(output.contains(identifier), "\(format.id) lost “\(identifier)”")
            }
            for grouped in ["20 240 115", "218 263", "2010–11", "4 500 123 456"] {
                #expect(!output.replacingOccurrences(of: "\u{A0}", with: " ").contains(grouped), "\(format.id) typeset an identifier: “\(grouped)”")
            }
        }
        let json = try text(of: try pipeline.render(minutes, as: "json")).replacingOccurrences(of: "\\/", with: "/")
        for value in Self.frontMatterValues {
            #expect(json.contains("\"\(value)\""), "front matter value “\(value)” changed in JSON")
        }
        let sidecar = try text(of: try pipeline.render(minutes, as: "metadata")).replacingOccurrences(of: "\\/", with: "/")
        for value in Self.frontMatterValues {
            #expect(sidecar.contains("\"\(value)\""), "front matter value “\(value)” changed in the metadata sidecar")
        }
    }
}
