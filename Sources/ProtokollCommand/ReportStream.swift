import ArgumentParser
import Foundation

/// A JSON Lines report written line by line as the batch delivers results; a write failure (a full disk) is kept
/// and reported once at the end, never a crash.
final class ReportStream {
    private let handle: FileHandle
    private let path: String
    private var failure: String?

    init(path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty { try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
            throw CommandFailure("cannot write the report \(path): \(String(cString: strerror(errno)))")
        }
        self.handle = handle
        self.path = path
    }

    func write(_ line: String) {
        guard failure == nil else { return }
        do {
            try handle.write(contentsOf: Data(line.utf8))
        } catch {
            failure = "cannot write the report \(path): \(error.localizedDescription)"
        }
    }

    /// Closes the file; the first failure, if any.
    func close() -> String? {
        do { try handle.close() } catch { if failure == nil { failure = "cannot write the report \(path): \(error.localizedDescription)" } }
        return failure
    }
}

/// A value shared between threads behind a lock.
final class Mutex<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) { self.value = value }

    func get() -> Value { lock.lock(); defer { lock.unlock() }; return value }
    func set(_ newValue: Value) { lock.lock(); value = newValue; lock.unlock() }
}

/// A failure at run time (not a usage error): printed as `Error: …`, exit 1.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
