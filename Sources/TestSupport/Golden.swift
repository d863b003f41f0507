import Foundation
import Testing

/// Golden-file comparison: `UPDATE_GOLDEN=1` records the actual output and fails the test, so recording never passes.
public enum Golden {
    /// Compares `actual` with `fixtures/<relative>`; records it (and fails) when missing or when `UPDATE_GOLDEN=1`.
    public static func check(_ actual: String, against relative: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = Fixtures.url(relative)
        let recording = ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1"
        let expected = try? String(contentsOf: url, encoding: .utf8)
        if recording || expected == nil {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? Data(actual.utf8).write(to: url)
            Issue.record("recorded fixtures/\(relative): review the diff, then run again without UPDATE_GOLDEN", sourceLocation: sourceLocation)
            return
        }
        guard let expected, expected != actual else { return }
        Issue.record("output differs from fixtures/\(relative):\n\(firstDifference(expected, actual))\n(run with UPDATE_GOLDEN=1 to record)", sourceLocation: sourceLocation)
    }

    /// The first differing line, with its neighbours, as a short readable diff.
    static func firstDifference(_ expected: String, _ actual: String) -> String {
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let index = (0..<min(e.count, a.count)).first { e[$0] != a[$0] } ?? min(e.count, a.count)
        let expectedLine = index < e.count ? String(e[index]) : "<end of file>"
        let actualLine = index < a.count ? String(a[index]) : "<end of file>"
        return "line \(index + 1):\n- \(expectedLine)\n+ \(actualLine)"
    }
}
