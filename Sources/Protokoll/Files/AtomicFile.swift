import Foundation

/// Writes files so that a reader never sees a half-written one: a temporary file beside the target, created
/// exclusively under an unpredictable name (`mkstemp`, so no pre-placed symbolic link is followed), then a rename.
public enum AtomicFile {
    /// The suffix of every temporary file: `.NAME.XXXXXX.protokoll-tmp`.
    static let temporarySuffix = ".protokoll-tmp"

    /// Writes `bytes` to `path`, creating missing parent folders.
    public static func write(_ bytes: [UInt8], to path: String) throws {
        let temporary = try stage(bytes, for: path)
        try commit(temporary, to: path)
    }

    /// Writes `bytes` to a new temporary file beside `path` (parent folders made) and returns its path; `path`
    /// itself is not touched until `commit`.
    static func stage(_ bytes: [UInt8], for path: String) throws -> String {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var template = Array(folder.appendingPathComponent(".\(url.lastPathComponent).XXXXXX\(temporarySuffix)").path.utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemps($0.baseAddress!, Int32(temporarySuffix.utf8.count)) }
        guard descriptor >= 0 else { throw failure(path, errno) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var closed = false
        do {
            fchmod(descriptor, 0o644)
            var written = 0
            while written < bytes.count {
                let count = bytes[written...].withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
                if count < 0 {
                    if errno == EINTR { continue }
                    throw failure(path, errno)
                }
                written += count
            }
            closed = true
            guard close(descriptor) == 0 else { throw failure(path, errno) }
            return temporary
        } catch {
            if !closed { close(descriptor) }
            unlink(temporary)
            throw error
        }
    }

    /// Renames a staged file onto `path` (removing the staged file when that fails).
    static func commit(_ temporary: String, to path: String) throws {
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw failure(path, code)
        }
    }

    /// Removes the temporary files a killed run left anywhere under `folder`; returns how many.
    @discardableResult
    public static func removeStaleTemporaries(under folder: String) -> Int {
        guard let names = FileManager.default.enumerator(atPath: folder) else { return 0 }
        var removed = 0
        for case let name as String in names where name.hasSuffix(temporarySuffix) && (name as NSString).lastPathComponent.hasPrefix(".") {
            if unlink((folder as NSString).appendingPathComponent(name)) == 0 { removed += 1 }
        }
        return removed
    }

    private static func failure(_ path: String, _ code: Int32) -> WriteError {
        WriteError(path: path, reason: String(cString: strerror(code)))
    }
}

/// A file that could not be written, with the system's reason ("No space left on device").
public struct WriteError: Error, CustomStringConvertible, Sendable {
    /// The target path.
    public let path: String
    /// What the system said.
    public let reason: String
    /// "cannot write PATH: REASON".
    public var description: String { "cannot write \(path): \(reason)" }
}
