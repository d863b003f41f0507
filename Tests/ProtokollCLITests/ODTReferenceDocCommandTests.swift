import Foundation
import OfficePackaging
import Testing
import TestSupport

/// `protokoll convert --to odt --reference-doc mall.odt`, run as a user would.
@Suite struct ODTReferenceDocCommandTests {
    let binary: String
    let seed = Fixtures.url(Fixtures.seed).path
    let template = Fixtures.url("templates/mall-kommun.odt").path

    init() throws {
        binary = try #require(CommandRunner.protokollPath(), "build the protokoll product first (swift build --build-tests)")
    }

    @Test func templateIsUsedAndTheFallbackStylesAreNoted() throws {
        let out = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let r = try CommandRunner.run(binary, ["convert", seed, "--to", "odt", "--reference-doc", template, "--output-dir", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        let note = try #require(r.stderr.split(separator: "\n").first { $0.hasPrefix("note: the template lacks ") }, "\(r.stderr)")
        #expect(note.contains("Beslut, Beslutssats") && note.hasSuffix("; Protokoll's own definitions are used"))
        let odt = Array(try Data(contentsOf: out.appendingPathComponent("seed-planeringskonferens.odt")))
        #expect(OfficePackageValidator.validateODT(odt).map(\.description) == [])
        #expect(try ZipTestSupport.entryNames(odt).contains { $0.hasPrefix("Pictures/") })
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["seed-planeringskonferens.odt"])

        let quiet = try CommandRunner.run(binary, ["convert", seed, "--to", "odt", "--reference-doc", template, "--output-dir", out.path, "--quiet"])
        #expect(quiet.status == 0 && !quiet.stderr.contains("note:"), "\(quiet.stderr)")
    }

    @Test func bogusTemplateIsAClearErrorAndWritesNothing() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bogus = folder.appendingPathComponent("bogus.odt")
        try Data((0..<1024).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }).write(to: bogus)
        let out = folder.appendingPathComponent("out")
        let r = try CommandRunner.run(binary, ["convert", seed, "--to", "txt,odt", "--reference-doc", bogus.path, "--output-dir", out.path])
        #expect(r.status == 2)
        #expect(r.stderr.contains("\(bogus.path): cannot use the reference document: the template is not a readable zip archive"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path), "no output at all, not even the txt")
    }
}
