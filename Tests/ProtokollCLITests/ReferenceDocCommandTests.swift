import Foundation
import OfficePackaging
import Testing
import TestSupport

/// `protokoll convert --reference-doc mall.odt / mall.docx`, run as a user would.
@Suite struct ReferenceDocCommandTests {
    let binary: String
    let seed = Fixtures.url(Fixtures.seed).path
    let template = Fixtures.url("templates/mall-kommun.odt").path
    let docxTemplate = Fixtures.url("templates/mall-kommun.docx").path

    init() throws {
        binary = try #require(CommandRunner.protokollPath(), "build the protokoll product first (swift build --build-tests)")
    }

    @Test func templateIsUsedAndTheFallbackStylesAreNoted() throws {
        let out = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let r = try CommandRunner.run(binary, ["convert", seed, "--to", "odt", "--reference-doc", template, "--output-dir", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        let note = try #require(r.stderr.split(separator: "\n").first { $0.hasPrefix("\(template): note: the template lacks ") }, "\(r.stderr)")
        #expect(note.contains("Beslut, Beslutssats") && note.hasSuffix("; Protokoll's own definitions are used"))
        let odt = Array(try Data(contentsOf: out.appendingPathComponent("seed-planeringskonferens.odt")))
        #expect(OfficePackageValidator.validateODT(odt).map(\.description) == [])
        #expect(try ZipTestSupport.entryNames(odt).contains { $0.hasPrefix("Pictures/") })
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["seed-planeringskonferens.odt"])

        let quiet = try CommandRunner.run(binary, ["convert", seed, "--to", "odt", "--reference-doc", template, "--output-dir", out.path, "--quiet"])
        #expect(quiet.status == 0 && !quiet.stderr.contains("note:"), "\(quiet.stderr)")
    }

    @Test func docxTemplateIsUsedAndNoted() throws {
        let out = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let r = try CommandRunner.run(binary, ["convert", seed, "--to", "odt,docx", "--reference-doc", template,
                                              "--reference-doc", docxTemplate, "--output-dir", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("\(docxTemplate): note: the template lacks "), "\(r.stderr)")
        #expect(r.stderr.contains("\(template): note: the template lacks "), "\(r.stderr)")
        let docx = Array(try Data(contentsOf: out.appendingPathComponent("seed-planeringskonferens.docx")))
        #expect(OfficePackageValidator.validateDOCX(docx).map(\.description) == [])
        #expect(try ZipTestSupport.entryNames(docx).contains { $0.hasPrefix("word/media/") })
    }

    @Test(arguments: ["odt", "docx"])
    func bogusTemplateIsAClearErrorAndWritesNothing(format: String) throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bogus = folder.appendingPathComponent("bogus.\(format)")
        try Data((0..<1024).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }).write(to: bogus)
        let out = folder.appendingPathComponent("out")
        let r = try CommandRunner.run(binary, ["convert", seed, "--to", "txt,\(format)", "--reference-doc", bogus.path, "--output-dir", out.path])
        #expect(r.status == 2)
        #expect(r.stderr.contains("\(bogus.path): cannot use the reference document: the template is not a readable zip archive"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path), "no output at all, not even the txt")
    }
}
