import Foundation
import OfficePackaging
import Protokoll

/// `make bench`: times the pipeline stages on the seed and the corpus, each next to a baseline measured in the
/// same run, and prints ratios (these machines are noisy; ratios travel, seconds do not).
@main
struct Bench {
    static func main() throws {
        MemoryTuning.apply()
        let arguments = Array(CommandLine.arguments.dropFirst())
        let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("protokoll").path
        switch arguments.first {
        case "corpus": return try corpus(Array(arguments.dropFirst()))
        case "bulk": return try BulkBench.run(root: root, binary: binary)
        case "stages": return try StageBench.run(pipeline: Pipeline(), rounds: 200)
        case nil: break
        default:
            FileHandle.standardError.write(Data("usage: protokoll-bench [bulk | stages | corpus --count N OUTPUT-FOLDER]\n".utf8))
            exit(2)
        }
        let seed = Array(try Data(contentsOf: root.appendingPathComponent("fixtures/minutes/seed-planeringskonferens.md")))
        let pipeline = Pipeline()
        let rounds = Int(ProcessInfo.processInfo.environment["BENCH_ROUNDS"] ?? "") ?? 200

        print("Protokoll benchmark: \(rounds) rounds, median per document; baseline in the same run")
        let decode = median(rounds) { _ = String(decoding: seed, as: UTF8.self).split(separator: "\n").count }
        let parse = median(rounds) { _ = pipeline.parse(seed) }
        report("parse + typeset seed (\(seed.count) bytes)", parse, baseline: decode, baselineName: "UTF-8 decode + line split")

        let minutes = pipeline.parse(seed)
        // PDF is LibreOffice's work, a process away: timed as whole commands below.
        for format in pipeline.registry.formats where format.id != "pdf" {
            let bytes = try pipeline.render(minutes, as: format.id)
            let write = median(rounds) { _ = try? pipeline.render(minutes, as: format.id) }
            if let reader = try? ZipReader(bytes) {
                let parts = try reader.entries.map { ($0.name, try reader.data($0.name), $0.method) }
                let deflateOnly = median(rounds) {
                    var zip = ZipWriter(timestamp: ZipTimestamp.dosEpoch)
                    for (name, data, method) in parts { try? zip.add(name, data, method: method) }
                    _ = zip.finish()
                }
                report("write \(format.id) (\(bytes.count) bytes)", write, baseline: deflateOnly, baselineName: "zlib alone on the same parts")
            } else {
                report("write \(format.id) (\(bytes.count) bytes)", write, baseline: decode, baselineName: "UTF-8 decode of the input")
            }
        }

        let corpusFolder = root.appendingPathComponent("fixtures/eval/real")
        let corpus = try FileManager.default.contentsOfDirectory(atPath: corpusFolder.path).sorted()
            .filter { $0 != "SOURCES.tsv" && $0 != "answers" && !$0.hasPrefix("README") }
            .map { Array(try Data(contentsOf: corpusFolder.appendingPathComponent($0))) }
        let total = corpus.map(\.count).reduce(0, +)
        let corpusDecode = median(max(5, rounds / 10)) { for file in corpus { _ = String(decoding: file, as: UTF8.self).split(separator: "\n").count } }
        let corpusConvert = median(max(5, rounds / 10)) {
            for file in corpus { _ = try? pipeline.render(pipeline.parse(file), as: "txt") }
        }
        report("corpus: \(corpus.count) files, \(total) bytes → txt", corpusConvert, baseline: corpusDecode, baselineName: "UTF-8 decode + line split")
        let perSecond = Double(corpus.count) / max(corpusConvert, 1e-9)
        print(String(format: "  corpus throughput: %.0f files/s on this machine (for orientation only)", perSecond))

        let kommunFolder = root.appendingPathComponent("fixtures/eval/kommun")
        let kommun = try FileManager.default.contentsOfDirectory(atPath: kommunFolder.path).sorted()
            .filter { $0.hasSuffix(".md") && !$0.hasPrefix("README") }
            .map { Array(try Data(contentsOf: kommunFolder.appendingPathComponent($0))) }
        let kommunBytes = kommun.map(\.count).reduce(0, +)
        let kommunDecode = median(max(5, rounds / 10)) { for file in kommun { _ = String(decoding: file, as: UTF8.self).split(separator: "\n").count } }
        let kommunParse = median(max(5, rounds / 10)) { for file in kommun { _ = pipeline.parse(file) } }
        report("parse kommun protocols: \(kommun.count) files, \(kommunBytes) bytes", kommunParse, baseline: kommunDecode, baselineName: "UTF-8 decode + line split")

        // Growth: each hostile shape at n and 4n; linear time gives a ratio near 4, quadratic near 16.
        let shapes: [(String, (Int) -> String)] = [
            ("one decision of n paragraphs", { n in "## 1. Ärende\n\nBeslut\n\n" + String(repeating: "att godkänna punkten.\n\nEn rad till.\n\n", count: n) }),
            ("n items", { n in (1...n).map { "## \($0). Ärende \($0)\n\nBeslut: att godkänna.\n\n" }.joined() }),
            ("n front-matter keys", { n in "---\n" + (1...n).map { "nyckel\($0): värde \($0)\n" }.joined() + "---\n\n## 1. Ärende\n" }),
            ("n/10 table rows of 2,000 cells", { n in String(repeating: String(repeating: "|", count: 2000) + "\n" + String(repeating: "|-", count: 1000) + "|\n", count: n / 10) }),
            ("n attendee rows", { n in "Närvarande:\n" + (1...n).map { "- Person \($0) (S), ledamot\n" }.joined() + "\n## 1. Ärende\n" }),
        ]
        for (name, make) in shapes {
            let small = Array(make(2_000).utf8), large = Array(make(8_000).utf8)
            let options = ParseOptions(maxInputBytes: 64 << 20)
            let growthPipeline = Pipeline(parseOptions: options)
            let smallTime = median(3) { _ = growthPipeline.parse(small) }
            let largeTime = median(3) { _ = growthPipeline.parse(large) }
            printGrowth(name, smallTime, largeTime)
        }
        // Validating a DOCX: libxml2's RELAX NG was exponential in the siblings of w:body before the grammar was
        // flattened (scripts/flatten-ooxml-rng).
        let validateTimes = try [100, 400].map { items -> Double in
            let text = (1...items).map { "## \($0). Ärende \($0)\n\nBeslut: att godkänna.\n\n" }.joined()
            let docx = try pipeline.render(pipeline.parse(Array(text.utf8)), as: "docx")
            return median(3) { _ = OfficePackageValidator.validateDOCX(docx) }
        }
        printGrowth("validate a DOCX of n items", validateTimes[0], validateTimes[1])
        try StageBench.run(pipeline: pipeline, rounds: rounds)
        try BulkBench.run(root: root, binary: binary)
        try PDFBench.run(root: root, pipeline: pipeline)
    }

    /// `corpus --count N [--first K] FOLDER`: writes generated documents K..<K+N (the bench's own corpus).
    static func corpus(_ arguments: [String]) throws {
        var count = 1_000, first = 0, folder: String?
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--count": count = rest.popFirst().flatMap { Int($0) } ?? -1
            case "--first": first = rest.popFirst().flatMap { Int($0) } ?? -1
            default: folder = argument
            }
        }
        guard let folder, count >= 0, first >= 0 else {
            FileHandle.standardError.write(Data("usage: protokoll-bench corpus --count N [--first K] OUTPUT-FOLDER\n".utf8))
            exit(2)
        }
        let bytes = try CorpusWriter.write(count: count, to: URL(fileURLWithPath: folder), from: first)
        print("wrote \(count) documents (\(bytes) bytes) to \(folder)")
    }

    static func printGrowth(_ name: String, _ smallTime: Double, _ largeTime: Double) {
        print(String(format: "  growth, %@: 4× the input takes %.1f× the time (%.1f ms → %.1f ms; linear ≈ 4)",
                     name, largeTime / max(smallTime, 1e-9), smallTime * 1000, largeTime * 1000))
    }

    /// The median wall time of `rounds` runs of `body`, in seconds.
    static func median(_ rounds: Int, _ body: () -> Void) -> Double {
        body()
        var times: [Double] = []
        times.reserveCapacity(rounds)
        for _ in 0..<rounds {
            let start = DispatchTime.now().uptimeNanoseconds
            body()
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        times.sort()
        return times[times.count / 2]
    }

    static func report(_ name: String, _ time: Double, baseline: Double, baselineName: String) {
        let ratio = time / max(baseline, 1e-9)
        print(String(format: "  %@: %.3f ms = %.1f × baseline (%@: %.3f ms)", name, time * 1000, ratio, baselineName, baseline * 1000))
    }
}
