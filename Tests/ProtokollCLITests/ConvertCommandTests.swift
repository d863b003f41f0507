import Foundation
import Testing
import TestSupport

/// Runs the built binary and checks stdout, stderr, exit status and the files written.
@Suite struct ConvertCommandTests {
    let binary: String
    let seed = Fixtures.url(Fixtures.seed).path

    init() throws {
        binary = try #require(CommandRunner.protokollPath(), "build the protokoll product first (swift build --build-tests)")
    }

    @Test func convertsSeedIntoAFolder() throws {
        let dir = try CommandRunner.temporaryFolder()
        let r = try CommandRunner.run(binary, ["convert", seed, "--to", "txt,json", "--output-dir", dir.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("seed-planeringskonferens.md:5:1: note: year 2019 inferred"))
        for ext in ["txt", "json"] {
            #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("seed-planeringskonferens.\(ext)").path))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).count == 2, "no temporary files left")
    }

    @Test func writesToStandardOutputAndReadsStandardInput() throws {
        let input = try Fixtures.bytes(Fixtures.seed)
        let r = try CommandRunner.run(binary, ["convert", "-", "--to", "json", "-o", "-"], stdin: input)
        #expect(r.status == 0)
        #expect(r.stdout.contains("\"format\": \"protokoll-ast\""))
        #expect(r.stderr.contains("<stdin>:5:1: note:"))
    }

    @Test func unknownFormatIsAUsageError() throws {
        let r = try CommandRunner.run(binary, ["convert", seed, "--to", "pdfx"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("unknown format “pdfx”; known formats: txt, json"))
    }

    @Test func theOutputNameChoosesTheFormatAndAConflictIsAUsageError() throws {
        let dir = try CommandRunner.temporaryFolder()
        let odt = dir.appendingPathComponent("x.odt").path
        let r = try CommandRunner.run(binary, ["convert", seed, "-o", odt])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: odt)).prefix(2) == Data("PK".utf8), "an ODT package, not text")
        let conflict = try CommandRunner.run(binary, ["convert", seed, "-o", dir.appendingPathComponent("y.docx").path, "--to", "txt"])
        #expect(conflict.status == 2 && conflict.stderr.contains("names a .docx file"), "\(conflict.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("y.docx").path))
    }

    @Test func aTemplateForAFormatNotWrittenIsAUsageError() throws {
        let template = Fixtures.url("templates/mall-kommun.docx").path
        let r = try CommandRunner.run(binary, ["convert", seed, "--to", "odt", "--reference-doc", template, "-o", "-"])
        #expect(r.status == 2 && r.stderr.contains("styles docx output"), "\(r.stderr)")
    }

    @Test func aFrontMatterDateIsEnoughAndMayBeWrittenOut() throws {
        for date in ["2024-03-05", "5 mars 2024"] {
            let input = Array("---\ndate: \(date)\n---\n\n## 1. Ärende\n\nText.\n".utf8)
            let r = try CommandRunner.run(binary, ["convert", "-", "-o", "-"], stdin: input)
            #expect(r.status == 0 && r.stdout.contains("tisdag 5 mars 2024"), "\(r.stdout)")
            #expect(!r.stderr.contains("no meeting date"), "\(r.stderr)")
        }
    }

    @Test func missingArgumentsAreAUsageError() throws {
        #expect(try CommandRunner.run(binary, ["convert"]).status == 2)
        #expect(try CommandRunner.run(binary, ["convert", seed, "-o", "a.txt", "--output-dir", "b"]).status == 2)
    }

    @Test func batchGoesOnPastABadFileAndReportsIt() throws {
        let inputs = try CommandRunner.temporaryFolder()
        let sub = inputs.appendingPathComponent("2019")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        try Data(try Fixtures.bytes(Fixtures.seed)).write(to: sub.appendingPathComponent("a.md"))
        try Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0xFF]).write(to: inputs.appendingPathComponent("bad.md"))
        try Data("".utf8).write(to: inputs.appendingPathComponent("empty.txt"))
        try Data(try Fixtures.bytes("eval/real/stacken__varmote-protokoll.md")).write(to: inputs.appendingPathComponent("z.markdown"))
        let out = try CommandRunner.temporaryFolder()
        let report = out.appendingPathComponent("report.json")
        let r = try CommandRunner.run(binary, ["convert", inputs.path, "--to", "txt", "--output-dir", out.path, "--report", report.path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("bad.md:1:5: error: input looks binary"))
        #expect(r.stderr.contains("empty.txt:1:1: error: input is empty"))
        let fm = FileManager.default
        #expect(fm.fileExists(atPath: out.appendingPathComponent("2019/a.txt").path), "mirrors the tree")
        #expect(fm.fileExists(atPath: out.appendingPathComponent("z.txt").path), "goes on past the bad file")
        #expect(!fm.fileExists(atPath: out.appendingPathComponent("bad.txt").path), "no output for a failed input")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: report)) as? [String: Any])
        #expect(json["converted"] as? Int == 2 && json["failed"] as? Int == 2)
    }

    @Test func checkReportsWithoutWriting() throws {
        let dir = try CommandRunner.temporaryFolder()
        let ok = try CommandRunner.run(binary, ["check", seed], in: dir)
        #expect(ok.status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
        let bad = dir.appendingPathComponent("x.md")
        try Data([0, 1, 2]).write(to: bad)
        let r = try CommandRunner.run(binary, ["check", bad.path])
        #expect(r.status == 1 && r.stderr.contains("x.md:1:1: error:"))
        let missing = try CommandRunner.run(binary, ["check", dir.appendingPathComponent("nope.md").path])
        #expect(missing.status == 1 && missing.stderr.contains("nope.md: error: no such file"))
    }

    @Test func writersListsTheRegistry() throws {
        let r = try CommandRunner.run(binary, ["writers"])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("txt\t.txt\ttext/plain"))
        #expect(r.stdout.contains("\njson\t.json\tapplication/json"))
    }

    @Test func sameInputGivesIdenticalOutput() throws {
        let a = try CommandRunner.run(binary, ["convert", seed, "--to", "txt", "-o", "-"])
        let b = try CommandRunner.run(binary, ["convert", seed, "--to", "txt", "-o", "-"])
        #expect(a.status == 0 && a.stdout == b.stdout && !a.stdout.isEmpty)
    }
}

@Suite struct ValidateCommandTests {
    @Test func rejectsBrokenAndUnknownFiles() throws {
        let binary = try #require(CommandRunner.protokollPath())
        let dir = try CommandRunner.temporaryFolder()
        let broken = dir.appendingPathComponent("broken.odt")
        try Data("not a zip".utf8).write(to: broken)
        let r = try CommandRunner.run(binary, ["validate", broken.path])
        #expect(r.status == 1)
        #expect(r.stdout.contains("broken.odt: "))
        let other = dir.appendingPathComponent("x.pdf")
        try Data("%PDF".utf8).write(to: other)
        let u = try CommandRunner.run(binary, ["validate", other.path])
        #expect(u.status == 1 && u.stderr.contains("not an .odt or .docx file"))
    }
}
