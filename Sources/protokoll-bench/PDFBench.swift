import Foundation
import Protokoll

/// Bulk PDF: `protokoll convert --to pdf` (long-running offices) against the two ways a user scripts LibreOffice:
/// one `soffice --convert-to` per file, and one call over all files; same ODTs, same run.
enum PDFBench {
    static func run(root: URL, pipeline: Pipeline) throws {
        let soffice = "/usr/bin/soffice"
        guard FileManager.default.isExecutableFile(atPath: soffice) else {
            print("  pdf: skipped, LibreOffice is not installed")
            return
        }
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("protokoll").path
        let count = Int(ProcessInfo.processInfo.environment["BENCH_PDF_DOCUMENTS"] ?? "") ?? 40
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("protokoll-bench-pdf-\(getpid())")
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = folder.appendingPathComponent("in"), odts = folder.appendingPathComponent("odt")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: odts, withIntermediateDirectories: true)
        let kommun = root.appendingPathComponent("fixtures/eval/kommun")
        let sources = try FileManager.default.contentsOfDirectory(atPath: kommun.path).sorted().filter { $0.hasSuffix(".md") && !$0.hasPrefix("README") }
        for index in 0..<count {
            let name = sources[index % sources.count]
            let bytes = Array(try Data(contentsOf: kommun.appendingPathComponent(name)))
            try Data(bytes).write(to: inputs.appendingPathComponent("\(index)-\(name)"))
            try Data(try pipeline.render(pipeline.parse(bytes), as: "odt")).write(to: odts.appendingPathComponent("\(index).odt"))
        }
        let filter = #"pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"}}"#
        func seconds(_ executable: String, _ arguments: [String]) throws -> Double {
            let start = DispatchTime.now().uptimeNanoseconds
            let process = Process()
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = arguments
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        }
        let profile = "-env:UserInstallation=file://" + folder.appendingPathComponent("profile").path
        _ = try seconds(soffice, ["--headless", profile, "--terminate_after_init"])  // the profile is made once, outside the timings
        let ours1 = try seconds(binary, ["convert", inputs.path, "--to", "pdf", "--jobs", "1", "-q", "--output-dir", folder.appendingPathComponent("p1").path])
        let ours2 = try seconds(binary, ["convert", inputs.path, "--to", "pdf", "--jobs", "2", "-q", "--output-dir", folder.appendingPathComponent("p2").path])
        let allODTs = (0..<count).map { odts.appendingPathComponent("\($0).odt").path }
        let single = try seconds(soffice, ["--headless", profile, "--convert-to", filter, "--outdir", folder.appendingPathComponent("s").path] + allODTs)
        let sample = min(5, count)
        let each = try (0..<sample).map { try seconds(soffice, ["--headless", profile, "--convert-to", filter, "--outdir", folder.appendingPathComponent("e").path, allODTs[$0]]) }
            .reduce(0, +) / Double(sample)
        let rate = { (time: Double) in Double(count) / max(time, 1e-9) }
        print(String(format: "  pdf, %d kommun protocols: protokoll --jobs 1 %.1f docs/s, --jobs 2 %.1f docs/s; soffice per file %.2f docs/s; one soffice call over all %.1f docs/s",
                     count, rate(ours1), rate(ours2), 1 / each, rate(single)))
        print(String(format: "  pdf ratios: --jobs 1 = %.1f × per-file soffice, %.2f × the single call (per core); --jobs 2 = %.2f × --jobs 1",
                     rate(ours1) * each, rate(ours1) / rate(single), ours1 / ours2))
    }
}
