import Foundation

/// A machine-readable account of a batch, for archivists converting thousands of files unattended.
public enum ConversionReport {
    /// One input as a report entry: status, outputs, diagnostic counts, reason, duration.
    static func entry(_ r: InputRecord, durations: Bool) -> [String: Any] {
        var entry: [String: Any] = [
            "input": r.input.displayName,
            "status": r.resumed ? "unchanged" : r.succeeded ? "converted" : "failed",
            "outputs": r.outputs,
            "errors": r.count(.error),
            "warnings": r.count(.warning),
        ]
        if !r.files.isEmpty { entry["files"] = r.files.map { ["path": $0.path, "bytes": $0.size, "sha256": $0.sha256] as [String: Any] } }
        if let failure = r.failure { entry["reason"] = failure }
        if durations { entry["seconds"] = (r.seconds * 1000).rounded() / 1000 }
        return entry
    }

    /// The report as one JSON document (keys sorted, no durations, so reruns compare cleanly): per input its
    /// status, outputs and diagnostic counts, then totals.
    public static func json(_ records: [InputRecord]) -> String {
        let failed = records.filter { !$0.succeeded }.count
        let report: [String: Any] = [
            "format": "protokoll-report", "version": 1, "inputs": records.map { entry($0, durations: false) },
            "converted": records.count - failed, "failed": failed,
        ]
        return serialized(report, pretty: true)
    }

    /// One JSON Lines record for `record` (written as the batch goes, so the report never waits for the end).
    public static func line(_ record: InputRecord) -> String {
        serialized(entry(record, durations: true), pretty: false)
    }

    /// The closing JSON Lines record: totals, elapsed time and documents per second.
    public static func summaryLine(_ totals: BatchTotals, seconds: Double) -> String {
        serialized([
            "summary": true, "format": "protokoll-report", "version": 1, "inputs": totals.inputs,
            "converted": totals.converted, "with_warnings": totals.withWarnings, "failed": totals.failed,
            "seconds": (seconds * 1000).rounded() / 1000,
            "documents_per_second": seconds > 0 ? (Double(totals.inputs) / seconds * 10).rounded() / 10 : 0,
        ], pretty: false)
    }

    static func serialized(_ object: [String: Any], pretty: Bool) -> String {
        let options: JSONSerialization.WritingOptions = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: options) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
