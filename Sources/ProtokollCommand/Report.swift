import ArgumentParser
import Foundation
import Protokoll

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Works with batch reports (JSON Lines, from convert --report FILE.jsonl).",
        subcommands: [Merge.self])

    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Combines the reports of shards (--shard K/N) into one with the same totals as one unsharded run.")

        @Argument(help: "The shard reports.")
        var reports: [String]

        @Option(name: .customShort("o"), help: "The merged report; - for standard output.")
        var output: String = "-"

        func run() throws {
            var entries: [(String, [String: Any], String)] = []
            var seconds = 0.0
            for path in reports {
                guard let data = FileManager.default.contents(atPath: path) else {
                    throw CommandFailure("cannot read the report \(path)")
                }
                for (number, line) in String(decoding: data, as: UTF8.self).split(separator: "\n").enumerated() {
                    guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                        throw CommandFailure("\(path):\(number + 1): not a JSON object")
                    }
                    if object["summary"] as? Bool == true {
                        seconds = max(seconds, object["seconds"] as? Double ?? 0)
                    } else if let input = object["input"] as? String {
                        entries.append((input, object, String(line)))
                    } else {
                        throw CommandFailure("\(path):\(number + 1): neither an input nor a summary")
                    }
                }
            }
            entries.sort { $0.0 < $1.0 }
            let failed = entries.filter { $0.1["status"] as? String == "failed" }.count
            let withWarnings = entries.filter { $0.1["status"] as? String != "failed" && ($0.1["warnings"] as? Int ?? 0) > 0 }.count
            let summary: [String: Any] = [
                "summary": true, "format": "protokoll-report", "version": 1, "inputs": entries.count,
                "converted": entries.count - failed, "with_warnings": withWarnings, "failed": failed,
                "seconds": seconds, "shards": reports.count,
                "documents_per_second": seconds > 0 ? (Double(entries.count) / seconds * 10).rounded() / 10 : 0,
            ]
            let summaryData = try JSONSerialization.data(withJSONObject: summary, options: [.sortedKeys, .withoutEscapingSlashes])
            let text = entries.map { $0.2 + "\n" }.joined() + String(decoding: summaryData, as: UTF8.self) + "\n"
            if output == "-" {
                FileHandle.standardOutput.write(Data(text.utf8))
            } else {
                try AtomicFile.write(Array(text.utf8), to: output)
            }
        }
    }
}
