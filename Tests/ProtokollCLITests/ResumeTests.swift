import Foundation
import Testing
import TestSupport

/// A bulk run killed with SIGKILL midway leaves no partial output, and `--resume` finishes it to the tree an
/// uninterrupted run makes.
@Suite struct ResumeTests {
    let binary: String
    let fm = FileManager.default

    init() throws {
        binary = try #require(CommandRunner.protokollPath(), "build the protokoll product first (swift build --build-tests)")
    }

    /// Every file under `folder` but the journal, by relative path, with its bytes.
    private func tree(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for case let name as String in fm.enumerator(atPath: folder.path) ?? FileManager.DirectoryEnumerator() {
            let url = folder.appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue, !name.hasSuffix(".protokoll-journal.jsonl") else { continue }
            files[name] = try Data(contentsOf: url)
        }
        return files
    }

    @Test func aKilledRunResumesToTheTreeOfAnUninterruptedOne() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? fm.removeItem(at: folder) }
        let inputs = folder.appendingPathComponent("in")
        try fm.createDirectory(at: inputs, withIntermediateDirectories: true)
        let kommun = Fixtures.url("eval/kommun")
        let names = try fm.contentsOfDirectory(atPath: kommun.path).filter { $0.hasSuffix(".md") }.sorted()
        for copy in 0..<3 {
            for name in names { try fm.copyItem(at: kommun.appendingPathComponent(name), to: inputs.appendingPathComponent("\(copy)-\(name)")) }
        }
        let reference = folder.appendingPathComponent("reference"), killed = folder.appendingPathComponent("killed")
        let arguments = ["convert", inputs.path, "--to", "txt,odt", "--jobs", "1", "-q", "--resume"]
        #expect(try CommandRunner.run(binary, arguments + ["--output-dir", reference.path]).status == 0)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments + ["--output-dir", killed.path]
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        // Killed right after the first checkpoint: the journal names 64 inputs, later outputs are in flight.
        let journal = killed.appendingPathComponent(".protokoll-journal.jsonl").path
        while Date() < deadline, ((try? Data(contentsOf: URL(fileURLWithPath: journal)))?.count ?? 0) == 0 { usleep(1_000) }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let partial = try tree(killed)
        #expect(partial.count < (try tree(reference)).count, "killed midway (\(partial.count) files)")

        let resumed = try CommandRunner.run(binary, arguments + ["--output-dir", killed.path, "--report", folder.appendingPathComponent("r.json").path])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        let report = try String(contentsOf: folder.appendingPathComponent("r.json"), encoding: .utf8)
        #expect(report.contains("\"status\" : \"unchanged\""), "inputs the journal had were skipped")
        let finished = try tree(killed)
        #expect(finished.keys.sorted() == (try tree(reference)).keys.sorted(), "no temporary or partial file is left")
        #expect(finished == (try tree(reference)), "byte for byte")
    }
}
