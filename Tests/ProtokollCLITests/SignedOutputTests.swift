import Foundation
import OfficePackaging
import Testing
import TestSupport

/// A signed document in the way of an output is never replaced; `--checksums` writes SHA256SUMS.
@Suite struct SignedOutputTests {
    let binary: String
    let seed = Fixtures.url(Fixtures.seed).path

    init() throws {
        binary = try #require(CommandRunner.protokollPath(), "build the protokoll product first (swift build --build-tests)")
    }

    @Test(arguments: ["META-INF/documentsignatures.xml", "_xmlsignatures/sig1.xml"])
    func aSignedPackageIsNotOverwritten(signature: String) throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var zip = ZipWriter(timestamp: .dosEpoch)
        try zip.add("mimetype", Array("application/vnd.oasis.opendocument.text".utf8), method: .stored)
        try zip.add(signature, Array("<signatures/>".utf8))
        let signed = zip.finish()
        let target = folder.appendingPathComponent("seed-planeringskonferens.odt")
        try Data(signed).write(to: target)
        let r = try CommandRunner.run(binary, ["convert", seed, "--to", "odt", "--output-dir", folder.path, "--quiet"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("\(target.path) is a signed document (it carries a digital signature)"), "\(r.stderr)")
        #expect(try Array(Data(contentsOf: target)) == signed)
    }

    @Test func checksumsListEveryOutputInSha256sumFormat() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let municipal = Fixtures.url("minutes/sammantradesprotokoll-kommunstyrelsen.md").path
        let r = try CommandRunner.run(binary, ["convert", seed, municipal, "--to", "txt,odt", "--output-dir", folder.path, "--checksums", "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        let sums = try String(contentsOf: folder.appendingPathComponent("SHA256SUMS"), encoding: .utf8)
        let names = ["sammantradesprotokoll-kommunstyrelsen.odt", "sammantradesprotokoll-kommunstyrelsen.txt", "seed-planeringskonferens.odt", "seed-planeringskonferens.txt"]
        let expected = try names.map { "\(SHA256.hex(Array(try Data(contentsOf: folder.appendingPathComponent($0)))))  \($0)\n" }.joined()
        #expect(sums == expected)
        // A second run over one input keeps the other input's lines.
        let again = try CommandRunner.run(binary, ["convert", seed, "--to", "txt", "--output-dir", folder.path, "--checksums", "--quiet"])
        #expect(again.status == 0)
        #expect(try String(contentsOf: folder.appendingPathComponent("SHA256SUMS"), encoding: .utf8) == expected)
    }
}
