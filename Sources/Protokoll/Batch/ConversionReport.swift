import Foundation

/// A machine-readable summary of a batch, for archivists converting thousands of files unattended.
public enum ConversionReport {
    /// The report as JSON: per input its status, outputs and diagnostic counts, then totals.
    public static func json(_ results: [InputResult]) -> String {
        var out = "{\n  \"format\": \"protokoll-report\",\n  \"version\": 1,\n  \"inputs\": ["
        for (i, r) in results.enumerated() {
            let errors = r.minutes.diagnostics.filter { $0.severity == .error }.count
            let warnings = r.minutes.diagnostics.filter { $0.severity == .warning }.count
            out += i == 0 ? "\n" : ",\n"
            out += "    {\"input\": \(quote(r.input.displayName)), \"status\": \"\(r.succeeded ? "converted" : "failed")\", "
            out += "\"outputs\": [\(r.outputs.map(quote).joined(separator: ", "))], \"errors\": \(errors), \"warnings\": \(warnings)"
            if let failure = r.failure { out += ", \"reason\": \(quote(failure))" }
            out += "}"
        }
        let failed = results.filter { !$0.succeeded }.count
        out += results.isEmpty ? "],\n" : "\n  ],\n"
        out += "  \"converted\": \(results.count - failed),\n  \"failed\": \(failed)\n}\n"
        return out
    }

    private static func quote(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            default:
                if scalar.value < 0x20 { out += String(format: "\\u%04x", scalar.value) } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }
}
