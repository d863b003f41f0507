import ArgumentParser
import Foundation
import Protokoll

/// The options of a batch command (convert, package): threads, share, report.
struct BatchOptions: ParsableArguments {
    @Option(help: "Write a report of the batch to this file: JSON, or JSON Lines written as the batch goes when it ends in .jsonl.")
    var report: String?

    @Option(help: "Work on this many threads (default: the number of cores).")
    var jobs: Int?

    @Option(help: "Take only share K of N (K/N) of the sorted inputs, the same share on every machine.")
    var shard: String?

    func validate() throws {
        if let jobs, !(1...256).contains(jobs) { throw ValidationError("--jobs is between 1 and 256, not \(jobs)") }
        if let shard, Shard(shard) == nil { throw ValidationError("--shard takes K/N with 1 ≤ K ≤ N, e.g. 2/8, not “\(shard)”") }
    }

    /// The threads to use.
    var threadCount: Int { jobs ?? ProcessInfo.processInfo.activeProcessorCount }

    /// The share to take, if any.
    var share: Shard? { shard.flatMap(Shard.init) }

    /// The report of this run: refuses a path that is one of `inputs` or `output`, then streams or collects.
    func openReport(inputs: [String], output: String?) throws -> BatchReport {
        if let report {
            let resolved = { (path: String) in URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path }
            let target = resolved(report)
            let inputPaths = InputCollector.collect(inputs).inputs.filter { !$0.isStandardInput }.map { resolved($0.path) }
            if inputPaths.contains(target) || output.map(resolved) == target {
                throw ValidationError("--report \(report) is an input or the output of this run; choose another file")
            }
        }
        return BatchReport(path: report, stream: try report.flatMap { $0.hasSuffix(".jsonl") ? try ReportStream(path: $0) : nil })
    }
}

/// A batch's report as it goes: JSON Lines streamed, or records kept for one JSON document at the end.
final class BatchReport {
    private let path: String?
    private let stream: ReportStream?
    private var records: [InputRecord] = []
    private let start = DispatchTime.now().uptimeNanoseconds

    init(path: String?, stream: ReportStream?) {
        self.path = path
        self.stream = stream
    }

    /// Adds one input's outcome.
    func add(_ record: InputRecord) {
        if let stream { stream.write(ConversionReport.line(record)) } else if path != nil { records.append(record) }
    }

    /// Writes the summary (JSON Lines) or the whole report (JSON); exit 1 when it cannot be written.
    func finish(_ totals: BatchTotals) throws {
        if let stream {
            stream.write(ConversionReport.summaryLine(totals, seconds: Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9))
            if let failure = stream.close() {
                BatchRunner.printError("error: \(failure)")
                throw ExitCode(1)
            }
        } else if let path {
            try AtomicFile.write(Array(ConversionReport.json(records).utf8), to: path)
        }
    }
}
