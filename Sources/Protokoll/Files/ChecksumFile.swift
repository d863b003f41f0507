import Foundation

/// `SHA256SUMS` at the root of an output tree, in `sha256sum` format (`sha256sum -c SHA256SUMS` checks it):
/// this run's files replace their old lines, lines of other files still present are kept, sorted by path.
public enum ChecksumFile {
    /// The file name.
    public static let name = "SHA256SUMS"

    /// Writes or updates `folder/SHA256SUMS` with `files` (paths inside `folder`).
    public static func update(in folder: String, with files: [OutputFile]) throws {
        let path = (folder as NSString).appendingPathComponent(name)
        let root = CanonicalPath.of(folder)
        var lines: [String: String] = [:]
        if let old = try? String(contentsOfFile: path, encoding: .utf8) {
            for line in old.split(separator: "\n") {
                let parts = line.split(separator: " ", maxSplits: 1)
                guard parts.count == 2 else { continue }
                let file = String(parts[1].drop { $0 == " " || $0 == "*" })
                if FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent(file)) { lines[file] = String(parts[0]) }
            }
        }
        for file in files {
            let canonical = CanonicalPath.of(file.path)
            guard CanonicalPath.isInside(canonical, root) else { continue }
            lines[String(canonical.dropFirst(root.count).drop { $0 == "/" })] = file.sha256
        }
        let text = lines.sorted { $0.key < $1.key }.map { "\($0.value)  \($0.key)\n" }.joined()
        try AtomicFile.write(Array(text.utf8), to: path)
    }
}
