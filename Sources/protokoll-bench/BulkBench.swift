import Foundation
import MinutesCorpus
import OfficePackaging
import Protokoll

/// Bulk conversion (issue 10's targets): generated minutes through `protokoll convert` with one and two jobs,
/// pandoc 3 on the same documents, one document as whole processes, peak memory at scale.
enum BulkBench {
    static let formats = "txt,odt,docx"

    static func run(root: URL, binary: String) throws {
        let environment = ProcessInfo.processInfo.environment
        let count = Int(environment["BENCH_DOCUMENTS"] ?? "") ?? 2_000
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("protokoll-bench-bulk-\(getpid())")
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = folder.appendingPathComponent("in")
        let bytes = try CorpusWriter.write(count: count, to: inputs)
        print(String(format: "Bulk: %d generated documents (%.1f MB, seed %llu), --to %@", count, Double(bytes) / 1e6, CorpusGenerator().seed, formats))

        func convert(_ jobs: Int, _ input: URL, _ output: String) throws -> Spawned {
            try Spawned.succeed(binary, ["convert", input.path, "--to", formats, "--jobs", String(jobs), "-q",
                                         "--output-dir", folder.appendingPathComponent(output).path,
                                         "--report", folder.appendingPathComponent(output + ".jsonl").path])
        }
        let one = try convert(1, inputs, "jobs1"), two = try convert(2, inputs, "jobs2")
        let rate1 = Double(count) / one.seconds, rate2 = Double(count) / two.seconds
        print(String(format: "  protokoll --jobs 1: %.0f docs/s (peak RSS %.1f MiB); --jobs 2: %.0f docs/s (peak RSS %.1f MiB)",
                     rate1, mib(one.peakKiB), rate2, mib(two.peakKiB)))
        print(String(format: "  --jobs 2 = %.2f × --jobs 1 (target ≥ 1.8 on an idle machine)", rate2 / rate1))

        if let pandoc = Pandoc.find() {
            let sample = min(count, Int(environment["BENCH_PANDOC_DOCUMENTS"] ?? "") ?? 60)
            let sampleFolder = folder.appendingPathComponent("sample")
            try FileManager.default.createDirectory(at: sampleFolder, withIntermediateDirectories: true)
            let names = try FileManager.default.contentsOfDirectory(atPath: inputs.path).sorted().prefix(sample)
            for name in names { try FileManager.default.copyItem(at: inputs.appendingPathComponent(name), to: sampleFolder.appendingPathComponent(name)) }
            let theirs = try pandoc.convertAll(names.map { sampleFolder.appendingPathComponent($0).path }, into: folder.appendingPathComponent("pandoc"), jobs: 2)
            let ours = try convert(2, sampleFolder, "sample-ours")
            let theirRate = Double(sample) / theirs, ourRate = Double(sample) / ours.seconds
            print(String(format: "  %@, the first %d of them, one process per document and format, 2 at a time: %.2f docs/s",
                         pandoc.version, sample, theirRate))
            print(String(format: "  throughput: protokoll --jobs 2 = %.0f × pandoc on the same %d documents, %.0f × over all %d (target ≥ 60)",
                         ourRate / theirRate, sample, rate2 / theirRate, count))

            let seed = root.appendingPathComponent("fixtures/minutes/seed-planeringskonferens.md").path
            let single = folder.appendingPathComponent("single")
            let ourSingle = try median(9) {
                try Spawned.succeed(binary, ["convert", seed, "--to", formats, "--force", "-q", "--output-dir", single.path]).seconds
            }
            let theirSingle = try median(9) { try pandoc.convertOne(seed, into: single) }
            print(String(format: "  one document (the seed), three formats, whole processes: protokoll %.1f ms, pandoc's three calls %.1f ms = %.0f × (target ≥ 15)",
                         ourSingle * 1000, theirSingle * 1000, theirSingle / ourSingle))
        } else {
            print("  pandoc 3: skipped, not found (PANDOC=…, or `pip install pypandoc_binary`)")
        }

        let rssCounts = (environment["BENCH_RSS_DOCUMENTS"] ?? "10000,100000").split(separator: ",").compactMap { Int($0) }
        for rssCount in rssCounts {
            let large = folder.appendingPathComponent("rss-in")
            try? FileManager.default.removeItem(at: large)
            try CorpusWriter.write(count: rssCount, to: large)
            let run = try convert(2, large, "rss-out")
            print(String(format: "  peak RSS, %d documents, --jobs 2: %.1f MiB (target ≤ 64); %.0f docs/s",
                         rssCount, mib(run.peakKiB), Double(rssCount) / run.seconds))
            try? FileManager.default.removeItem(at: large)
            try? FileManager.default.removeItem(at: folder.appendingPathComponent("rss-out"))
        }
    }

    static func mib(_ kib: Int) -> Double { Double(kib) / 1024 }

    static func median(_ rounds: Int, _ body: () throws -> Double) throws -> Double {
        var times = try (0..<rounds).map { _ in try body() }
        times.sort()
        return times[rounds / 2]
    }
}

/// Writes generated documents as files.
enum CorpusWriter {
    /// Documents 0..<count of the default seed into `folder`; returns the bytes written.
    @discardableResult
    static func write(count: Int, to folder: URL, from first: Int = 0) throws -> Int {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let generator = CorpusGenerator()
        var total = 0
        for index in first..<(first + count) {
            let document = generator.document(index)
            let data = Data(document.text.utf8)
            total += data.count
            try data.write(to: folder.appendingPathComponent(document.fileName))
        }
        return total
    }
}
