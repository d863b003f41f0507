import Foundation

/// pandoc 3 as a user scripts it: one process per document and format (plain text, ODT, DOCX).
struct Pandoc {
    var path: String
    var version: String

    /// `PANDOC`, else the binary of pip's `pypandoc_binary`, else `pandoc` on the path; only version 3 or later.
    static func find() -> Pandoc? {
        let environment = ProcessInfo.processInfo.environment
        var candidates: [String] = []
        if let chosen = environment["PANDOC"] { candidates.append(chosen) }
        if let pip = output("/usr/bin/env", ["python3", "-c", "import pypandoc, sys; sys.stdout.write(pypandoc.get_pandoc_path())"]) { candidates.append(pip) }
        candidates += (environment["PATH"] ?? "").split(separator: ":").map { $0 + "/pandoc" }
        for candidate in candidates where FileManager.default.isExecutableFile(atPath: candidate) {
            guard let line = output(candidate, ["--version"])?.split(separator: "\n").first else { continue }
            let number = line.split(separator: " ").last.map(String.init) ?? ""
            if let major = Int(number.prefix { $0.isNumber }), major >= 3 { return Pandoc(path: candidate, version: String(line)) }
        }
        return nil
    }

    private static let targets = [("plain", "txt"), ("odt", "odt"), ("docx", "docx")]

    /// Converts every input to the three formats, `jobs` processes at a time; returns the wall time.
    func convertAll(_ inputs: [String], into folder: URL, jobs: Int) throws -> Double {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let tasks = inputs.flatMap { input in Pandoc.targets.map { (input, $0.0, $0.1) } }
        let queue = WorkQueue(count: tasks.count)
        let start = DispatchTime.now().uptimeNanoseconds
        DispatchQueue.concurrentPerform(iterations: jobs) { _ in
            while let index = queue.next() {
                let (input, format, suffix) = tasks[index]
                let output = folder.appendingPathComponent(URL(fileURLWithPath: input).deletingPathExtension().lastPathComponent + "." + suffix).path
                if (try? Spawned.succeed(path, ["-f", "markdown", "-t", format, input, "-o", output])) == nil { queue.fail() }
            }
        }
        guard queue.failures == 0 else { throw BenchError("pandoc failed on \(queue.failures) conversions") }
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    /// The three calls for one document, one after another; returns the wall time.
    func convertOne(_ input: String, into folder: URL) throws -> Double {
        try convertAll([input], into: folder, jobs: 1)
    }

    private static func output(_ executable: String, _ arguments: [String]) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}

/// Hands out task indices to concurrent workers.
final class WorkQueue: @unchecked Sendable {
    private let lock = NSLock()
    private var nextIndex = 0
    private let count: Int
    private var failed = 0

    init(count: Int) { self.count = count }

    func next() -> Int? {
        lock.lock(); defer { lock.unlock() }
        guard nextIndex < count else { return nil }
        nextIndex += 1
        return nextIndex - 1
    }

    func fail() { lock.lock(); failed += 1; lock.unlock() }

    var failures: Int { lock.lock(); defer { lock.unlock() }; return failed }
}
