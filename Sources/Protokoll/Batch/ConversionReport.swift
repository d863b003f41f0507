import Foundation

/// A machine-readable summary of a batch, for archivists converting thousands of files unattended.
public enum ConversionReport {
    /// The report as JSON (keys sorted, so reruns compare cleanly): per input its status, outputs and diagnostic
    /// counts, then totals.
    public static func json(_ results: [InputResult]) -> String {
        let inputs: [[String: Any]] = results.map { r in
            var entry: [String: Any] = [
                "input": r.input.displayName,
                "status": r.succeeded ? "converted" : "failed",
                "outputs": r.outputs,
                "errors": r.minutes.diagnostics.filter { $0.severity == .error }.count,
                "warnings": r.minutes.diagnostics.filter { $0.severity == .warning }.count,
            ]
            if let failure = r.failure { entry["reason"] = failure }
            return entry
        }
        let failed = results.filter { !$0.succeeded }.count
        let report: [String: Any] = [
            "format": "protokoll-report", "version": 1, "inputs": inputs,
            "converted": results.count - failed, "failed": failed,
        ]
        guard let data = try? JSONSerialization.data(withJSONObject: report, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]) else {
            return "{}\n"
        }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
