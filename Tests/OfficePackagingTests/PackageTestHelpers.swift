@testable import OfficePackaging

/// A zip of `entries` (text parts); `mimetype` is stored, the rest deflated unless `stored` names them.
func package(_ entries: [(String, String)], stored: Set<String> = ["mimetype"]) throws -> [UInt8] {
    var writer = ZipWriter(timestamp: .dosEpoch)
    for (name, text) in entries {
        try writer.add(name, Array(text.utf8), method: stored.contains(name) ? .stored : .deflated)
    }
    return writer.finish()
}

/// Whether some issue is in `part` and its message contains `text`.
func has(_ issues: [PackageIssue], _ part: String, _ text: String) -> Bool {
    issues.contains { $0.part == part && $0.message.contains(text) }
}
