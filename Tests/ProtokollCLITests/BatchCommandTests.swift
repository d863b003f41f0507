import Foundation
import Testing
import TestSupport

/// Bulk conversion: all cores, results in input order, a streamed JSON Lines report, shards that merge back.
@Suite struct BatchCommandTests {
    let binary: String
    let fm = FileManager.default

    init() throws {
        binary = try #require(CommandRunner.protokollPath(), "build the protokoll product first (swift build --build-tests)")
    }

    /// A folder with the examples, the real corpus, and one bad file.
    private func batch() throws -> URL {
        let dir = try CommandRunner.temporaryFolder().appendingPathComponent("in")
        try fm.createDirectory(at: dir, withIntermediateDirectories: true)
        for folder in ["minutes", "eval/real"] {
            let source = Fixtures.url(folder)
            for name in try fm.contentsOfDirectory(atPath: source.path) where name.hasSuffix(".md") {
                try fm.copyItem(at: source.appendingPathComponent(name), to: dir.appendingPathComponent(name))
            }
        }
        try Data([0, 1, 2, 0]).write(to: dir.appendingPathComponent("trasig.md"))
        return dir
    }

    private func lines(_ url: URL) throws -> [[String: Any]] {
        try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    private func tree(_ url: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try fm.contentsOfDirectory(atPath: url.path) { files[name] = try Data(contentsOf: url.appendingPathComponent(name)) }
        return files
    }

    @Test func manyJobsWriteWhatOneJobWritesAndReportInInputOrder() throws {
        let input = try batch()
        let root = input.deletingLastPathComponent()
        let one = try CommandRunner.run(binary, ["convert", input.path, "--to", "txt,odt,docx", "--output-dir", root.appendingPathComponent("one").path, "--jobs", "1", "--report", root.appendingPathComponent("one.jsonl").path])
        let four = try CommandRunner.run(binary, ["convert", input.path, "--to", "txt,odt,docx", "--output-dir", root.appendingPathComponent("four").path, "--jobs", "4", "--report", root.appendingPathComponent("four.jsonl").path])
        #expect(one.status == 1 && four.status == 1, "the bad file fails the batch: \(four.stderr)")
        #expect(one.stderr == four.stderr, "diagnostics in the same order")
        let first = try tree(root.appendingPathComponent("one")), second = try tree(root.appendingPathComponent("four"))
        #expect(first.count > 20 && first == second, "byte-identical outputs")
        let report = try lines(root.appendingPathComponent("four.jsonl"))
        let inputs = report.dropLast().compactMap { $0["input"] as? String }
        #expect(inputs == inputs.sorted() && inputs.count == first.count / 3 + 1)
        let summary = try #require(report.last)
        #expect(summary["summary"] as? Bool == true && summary["failed"] as? Int == 1 && summary["converted"] as? Int == inputs.count - 1)
        #expect(report.contains { $0["status"] as? String == "failed" && ($0["input"] as? String)?.hasSuffix("trasig.md") == true })
    }

    @Test func shardsMergeIntoTheUnshardedTotals() throws {
        let input = try batch()
        let root = input.deletingLastPathComponent()
        var reports: [String] = []
        for k in 1...3 {
            let report = root.appendingPathComponent("r\(k).jsonl").path
            _ = try CommandRunner.run(binary, ["convert", input.path, "--output-dir", root.appendingPathComponent("sharded").path, "--shard", "\(k)/3", "--report", report, "-q"])
            reports.append(report)
        }
        _ = try CommandRunner.run(binary, ["convert", input.path, "--output-dir", root.appendingPathComponent("whole").path, "--report", root.appendingPathComponent("whole.jsonl").path, "-q"])
        let merged = try CommandRunner.run(binary, ["report", "merge"] + reports + ["-o", root.appendingPathComponent("merged.jsonl").path])
        #expect(merged.status == 0, "\(merged.stderr)")
        let whole = try lines(root.appendingPathComponent("whole.jsonl")), combined = try lines(root.appendingPathComponent("merged.jsonl"))
        for key in ["inputs", "converted", "failed", "with_warnings"] {
            #expect(whole.last?[key] as? Int == combined.last?[key] as? Int, "\(key)")
        }
        let strip = { (entries: [[String: Any]]) in entries.dropLast().map { ($0["input"] as? String ?? "", $0["status"] as? String ?? "", $0["warnings"] as? Int ?? -1) } }
        #expect(strip(whole).map(\.0) == strip(combined).map(\.0) && strip(whole).map(\.1) == strip(combined).map(\.1))
        #expect(try tree(root.appendingPathComponent("whole")) == tree(root.appendingPathComponent("sharded")))
    }

    @Test func theReportIsNeverAnInput() throws {
        let input = try batch()
        let victim = input.appendingPathComponent("foreningsprotokoll-arsmote.md")
        let before = try Data(contentsOf: victim)
        let r = try CommandRunner.run(binary, ["convert", input.path, "--output-dir", input.deletingLastPathComponent().appendingPathComponent("o").path, "--report", victim.path])
        #expect(r.status == 2 && r.stderr.contains("is an input"), "\(r.stderr)")
        #expect(try Data(contentsOf: victim) == before)
    }

    @Test(arguments: [["--shard", "0/3"], ["--shard", "4/3"], ["--shard", "x"], ["--jobs", "0"]])
    func badBatchOptionsAreUsageErrors(options: [String]) throws {
        let r = try CommandRunner.run(binary, ["convert", Fixtures.url(Fixtures.seed).path, "-o", "-"] + options)
        #expect(r.status == 2, "\(options): \(r.stderr)")
    }
}
