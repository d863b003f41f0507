import Foundation
import Testing
import OfficePackaging
import Protokoll
import TestSupport

/// python-docx (Debian's python3-docx; CI installs it) reads every DOCX, with and without the municipal
/// template: every paragraph has a style, the header is readable, and the parts declare the namespaces readers
/// look up.
@Suite struct PythonDocxTests {
    static let python = "/usr/bin/python3"
    static let examples = ["minutes/seed-planeringskonferens.md", "minutes/sammantradesprotokoll-kommunstyrelsen.md",
                           "minutes/foreningsprotokoll-arsmote.md"]

    static var hasPythonDocx: Bool {
        guard FileManager.default.isExecutableFile(atPath: python),
              let result = try? CommandRunner.run(python, ["-c", "import docx"]) else { return false }
        return result.status == 0
    }

    private func documents() throws -> [(String, [UInt8])] {
        var plain = Pipeline()
        var templated = Pipeline()
        templated.writerOptions.referenceDocuments["docx"] = try Fixtures.bytes("templates/mall-kommun.docx")
        plain.writerOptions.style = "standard"
        return try Self.examples.flatMap { path -> [(String, [UInt8])] in
            let minutes = plain.parse(try Fixtures.bytes(path))
            return [(path, try plain.render(minutes, as: "docx")), (path + " + mall-kommun.docx", try templated.render(minutes, as: "docx"))]
        }
    }

    @Test func headerAndFooterDeclareTheRelationshipsNamespace() throws {
        for (name, bytes) in try documents() {
            let zip = try ZipReader(bytes)
            for part in zip.entries.map(\.name) where part.hasPrefix("word/header") || part.hasPrefix("word/footer") {
                let xml = String(decoding: try zip.data(part), as: UTF8.self)
                #expect(xml.contains("xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""), "\(name): \(part)")
            }
        }
    }

    @Test func pythonDocxReadsEveryDocumentAndSeesAStyleOnEveryParagraph() throws {
        guard Self.hasPythonDocx else { return }
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = """
            import sys, docx
            d = docx.Document(sys.argv[1])
            ps = list(d.paragraphs) + [p for t in d.tables for r in t.rows for c in r.cells for p in c.paragraphs]
            header = [p.text for s in d.sections for p in s.header.paragraphs]
            print(len(ps), sum(1 for p in ps if p.style is None), len(d.tables), len(header))
            """
        for (index, (name, bytes)) in try documents().enumerated() {
            let path = folder.appendingPathComponent("\(index).docx").path
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            let result = try CommandRunner.run(Self.python, ["-c", script, path])
            #expect(result.status == 0, "\(name): \(result.stderr)")
            let counts = result.stdout.split(whereSeparator: \.isWhitespace).compactMap { Int($0) }
            #expect(counts.count == 4 && counts[0] > 10 && counts[1] == 0 && counts[2] >= 1 && counts[3] >= 1, "\(name): \(result.stdout)")
        }
    }
}
