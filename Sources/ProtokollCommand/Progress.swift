import Foundation

/// Progress of a batch on standard error: one updating line on a terminal, a plain line every 10 s otherwise.
final class Progress {
    private let total: Int
    private let quiet: Bool
    private let isTerminal = isatty(STDERR_FILENO) == 1
    private let start = DispatchTime.now().uptimeNanoseconds
    /// When the last line was shown; the first comes one interval after the start, so a quick batch prints none.
    private var lastShown: UInt64
    private var lineShown = false

    init(total: Int, quiet: Bool) {
        self.total = total
        self.quiet = quiet
        lastShown = start
    }

    private var elapsed: Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }

    /// Reports `done` of `total`; on a terminal at most five times a second.
    func update(done: Int, failed: Int) {
        guard !quiet else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        let interval: UInt64 = isTerminal ? 200_000_000 : 10_000_000_000
        guard now - lastShown >= interval || (isTerminal && done == total) else { return }
        lastShown = now
        let rate = Double(done) / max(elapsed, 1e-9)
        let eta = rate > 0 ? Int((Double(total - done) / rate).rounded(.up)) : 0
        let text = String(format: "%d/%d · %.0f/s · ETA %d s · %d failed", done, total, rate, eta, failed)
        if isTerminal {
            FileHandle.standardError.write(Data(("\r\u{1B}[K" + text).utf8))
            lineShown = true
        } else {
            FileHandle.standardError.write(Data(("progress: " + text + "\n").utf8))
        }
    }

    /// Clears the updating line before other output.
    func clear() {
        guard lineShown else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        lineShown = false
    }

    /// Ends the updating line.
    func finish() {
        clear()
    }
}
