import Foundation
import Testing
import TestSupport

/// An output never replaces an input, two inputs never share an output, and a failed write or read is a message.
@Suite struct OutputSafetyTests {
    let binary: String
    let fm = FileManager.default

    init() throws {
        binary = try #require(CommandRunner.protokollPath(), "build the protokoll product first (swift build --build-tests)")
    }

    private func folderWithMinutes(_ names: [String]) throws -> (URL, [UInt8]) {
        let dir = try CommandRunner.temporaryFolder()
        let bytes = try Fixtures.bytes("eval/real/stacken__varmote-protokoll.md")
        for name in names {
            let url = dir.appendingPathComponent(name)
            try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        return (dir, bytes)
    }

    @Test func theDefaultCommandDoesNotOverwriteItsSource() throws {
        let (dir, bytes) = try folderWithMinutes(["minutes.txt", "m.md"])
        let r = try CommandRunner.run(binary, ["convert", "minutes.txt"], in: dir)
        #expect(r.status == 1)
        #expect(r.stderr.contains("minutes.txt: error: the output ./minutes.txt is an input file and would be overwritten"))
        #expect(try Array(Data(contentsOf: dir.appendingPathComponent("minutes.txt"))) == bytes)
        let same = try CommandRunner.run(binary, ["convert", "m.md", "-o", "./m.md"], in: dir)
        #expect(same.status == 1 && same.stderr.contains("is an input file"))
        #expect(try Array(Data(contentsOf: dir.appendingPathComponent("m.md"))) == bytes)
        let folder = try CommandRunner.run(binary, ["convert", dir.path, "--output-dir", dir.path])
        #expect(folder.status == 1)
        #expect(try Array(Data(contentsOf: dir.appendingPathComponent("minutes.txt"))) == bytes)
    }

    @Test func twoInputsForOneOutputAreAnErrorForBoth() throws {
        let (dir, _) = try folderWithMinutes(["a.md", "a.markdown", "b.md", "in2/b.md"])
        let out = try CommandRunner.temporaryFolder()
        let r = try CommandRunner.run(binary, ["convert", dir.path, dir.appendingPathComponent("in2").path, "--to", "txt", "--output-dir", out.path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("a.md: error: the output \(out.path)/a.txt would also be written from “\(dir.path)/a.markdown”"))
        #expect(r.stderr.contains("a.markdown: error: the output \(out.path)/a.txt would also be written from"))
        #expect(!fm.fileExists(atPath: out.appendingPathComponent("a.txt").path), "nothing written for either")
        #expect(r.stderr.contains("the output \(out.path)/b.txt would also be written"), "b.md of two folders")
        #expect(fm.fileExists(atPath: out.appendingPathComponent("in2/b.txt").path), "the walked tree's own b.md is mirrored")
    }

    @Test func anOutputFolderInsideTheInputFolderIsNotReadBack() throws {
        let (dir, _) = try folderWithMinutes(["a.md"])
        for _ in 0..<2 {
            let r = try CommandRunner.run(binary, ["convert", ".", "--output-dir", "out"], in: dir)
            #expect(r.status == 0, "\(r.stderr)")
        }
        #expect(try fm.contentsOfDirectory(atPath: dir.appendingPathComponent("out").path) == ["a.txt"])
    }

    @Test func staleTemporaryFilesAreRemovedAndSymlinksAreNotFollowed() throws {
        let (dir, _) = try folderWithMinutes(["a.md"])
        let out = try CommandRunner.temporaryFolder()
        let victim = dir.appendingPathComponent("victim")
        try Data("keep".utf8).write(to: victim)
        try Data("half".utf8).write(to: out.appendingPathComponent(".old.txt.Ab12Cd.protokoll-tmp"))
        // The name the old writer used: a symlink there must not be written through.
        try fm.createSymbolicLink(atPath: out.appendingPathComponent(".a.txt.1.tmp").path, withDestinationPath: victim.path)
        try fm.createSymbolicLink(atPath: out.appendingPathComponent("a.txt").path, withDestinationPath: victim.path)
        let kept = try CommandRunner.run(binary, ["convert", dir.appendingPathComponent("a.md").path, "--output-dir", out.path])
        #expect(kept.status == 1 && kept.stderr.contains("a.txt exists and differs from the new output"), "without --force: \(kept.stderr)")
        let r = try CommandRunner.run(binary, ["convert", dir.appendingPathComponent("a.md").path, "--output-dir", out.path, "--force"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try String(contentsOf: victim, encoding: .utf8) == "keep")
        let type = try fm.attributesOfItem(atPath: out.appendingPathComponent("a.txt").path)[.type] as? FileAttributeType
        #expect(type == .typeRegular, "the link itself is replaced by the output")
        #expect(!fm.fileExists(atPath: out.appendingPathComponent(".old.txt.Ab12Cd.protokoll-tmp").path))
    }

    @Test func aSymlinkedSubfolderThatLeavesTheOutputTreeIsNotWrittenThrough() throws {
        let (dir, _) = try folderWithMinutes(["a.md"])
        let sub = dir.appendingPathComponent("sub")
        try fm.createDirectory(at: sub, withIntermediateDirectories: true)
        try Data("## 1. Punkt\n\nText.\n".utf8).write(to: sub.appendingPathComponent("b.md"))
        let out = try CommandRunner.temporaryFolder()
        let elsewhere = try CommandRunner.temporaryFolder()
        try fm.createSymbolicLink(atPath: out.appendingPathComponent("sub").path, withDestinationPath: elsewhere.path)
        let r = try CommandRunner.run(binary, ["convert", dir.path, "--output-dir", out.path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("symbolic link that leads out of"), "\(r.stderr)")
        #expect(try fm.contentsOfDirectory(atPath: elsewhere.path).isEmpty, "nothing written through the link")
        #expect(fm.fileExists(atPath: out.appendingPathComponent("a.txt").path), "the other input is converted")
    }

    @Test func readFailuresAreNamed() throws {
        let (dir, _) = try folderWithMinutes([])
        #expect(mkfifo(dir.appendingPathComponent("f.md").path, 0o600) == 0)
        let r = try CommandRunner.run(binary, ["convert", "f.md", "--output-dir", "out"], in: dir)
        #expect(r.status == 1)
        #expect(r.stderr.contains("f.md: error: cannot read: it is a named pipe (FIFO), not a file"))
    }

    @Test func anOversizedFileIsRefusedWithItsRealSizeAndAQuotedName() throws {
        let (dir, _) = try folderWithMinutes([])
        let name = "big\n:1:1: error: forged.md"
        let big = dir.appendingPathComponent(name)
        #expect(fm.createFile(atPath: big.path, contents: nil))
        let handle = try FileHandle(forWritingTo: big)
        try handle.truncate(atOffset: 20_000_000)
        try handle.close()
        let r = try CommandRunner.run(binary, ["convert", name, "--output-dir", "out"], in: dir)
        #expect(r.status == 1)
        #expect(r.stderr.contains("\"big\\n:1:1: error: forged.md\":1:1: error: input is 19,1 MB, more than the limit of 8,0 MB"), "\(r.stderr)")
        #expect(!r.stderr.contains("\n:1:1: error: forged"), "no forged line")
    }

    @Test func aFullStandardOutputIsAnErrorNotACrash() throws {
        let seed = Fixtures.url(Fixtures.seed).path
        let r = try CommandRunner.run("/bin/sh", ["-c", "exec \"$0\" convert \"$1\" -o - > /dev/full", binary, seed])
        #expect(r.status == 1)
        #expect(r.stderr.contains("error: cannot write to standard output"))
    }

    @Test(arguments: [["--first-paragraph", "9223372036854775806"], ["--first-paragraph", "0"], ["--year", "19"], ["--max-input-mb", "0"]])
    func outOfRangeOptionsAreUsageErrors(options: [String]) throws {
        let seed = Fixtures.url(Fixtures.seed).path
        let r = try CommandRunner.run(binary, ["convert", seed, "-o", "-"] + options)
        #expect(r.status == 2, "\(options): \(r.stderr)")
    }

    @Test func anExistingOutputIsKeptUnlessForcedAndAnIdenticalRerunSucceeds() throws {
        let (dir, _) = try folderWithMinutes(["a.md"])
        defer { try? fm.removeItem(at: dir) }
        let input = dir.appendingPathComponent("a.md").path, out = dir.appendingPathComponent("out")
        #expect(try CommandRunner.run(binary, ["convert", input, "--to", "txt,odt", "--output-dir", out.path, "-q"]).status == 0)
        #expect(try CommandRunner.run(binary, ["convert", input, "--to", "txt,odt", "--output-dir", out.path, "-q"]).status == 0, "same bytes: nothing to refuse")
        let txt = out.appendingPathComponent("a.txt")
        try Data("edited by hand".utf8).write(to: txt)
        let odtBefore = try Data(contentsOf: out.appendingPathComponent("a.odt"))
        let refused = try CommandRunner.run(binary, ["convert", input, "--to", "txt,odt", "--output-dir", out.path, "-q"])
        #expect(refused.status == 1 && refused.stderr.contains("\(txt.path) exists and differs from the new output"), "\(refused.stderr)")
        #expect(try String(contentsOf: txt, encoding: .utf8) == "edited by hand")
        #expect(try Data(contentsOf: out.appendingPathComponent("a.odt")) == odtBefore)
        let forced = try CommandRunner.run(binary, ["convert", input, "--to", "txt,odt", "--output-dir", out.path, "-q", "--force"])
        #expect(forced.status == 0)
        #expect(try String(contentsOf: txt, encoding: .utf8) != "edited by hand")
    }

    @Test func aFailedSetLeavesTheFilesThatWereThere() throws {
        let (dir, _) = try folderWithMinutes(["a.md"])
        defer { try? fm.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out")
        try fm.createDirectory(at: out.appendingPathComponent("a.odt"), withIntermediateDirectories: true)
        try Data("old".utf8).write(to: out.appendingPathComponent("a.txt"))
        let r = try CommandRunner.run(binary, ["convert", dir.appendingPathComponent("a.md").path, "--to", "txt,odt", "--output-dir", out.path, "--force", "-q"])
        #expect(r.status == 1 && r.stderr.contains("a.odt is a folder"), "\(r.stderr)")
        #expect(try String(contentsOf: out.appendingPathComponent("a.txt"), encoding: .utf8) == "old", "the old file stays")
        #expect(try fm.contentsOfDirectory(atPath: out.path).sorted() == ["a.odt", "a.txt"], "no temporary left")
    }

    @Test func anUnreadableExistingOutputIsNotReplaced() throws {
        guard getuid() != 0 else { return }  // root reads every file
        let (dir, _) = try folderWithMinutes(["a.md"])
        defer { try? fm.removeItem(at: dir) }
        let target = dir.appendingPathComponent("a.txt")
        try Data("secret".utf8).write(to: target)
        chmod(target.path, 0)
        defer { chmod(target.path, 0o644) }
        let r = try CommandRunner.run(binary, ["convert", dir.appendingPathComponent("a.md").path, "--output-dir", dir.path, "--force", "-q"])
        #expect(r.status == 1 && r.stderr.contains("cannot be read to check whether it is signed"), "\(r.stderr)")
    }
}
