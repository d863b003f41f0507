import Foundation

/// `--include` / `--exclude` globs over the files a directory walk finds, matched (fnmatch) against the path
/// below the walked folder and against the file name: a file is kept when no include is given or one matches,
/// and no exclude matches.
public struct InputSelection: Sendable, Hashable {
    /// Globs a walked file must match one of (none: every file).
    public var include: [String]
    /// Globs no walked file may match.
    public var exclude: [String]

    /// Creates a selection.
    public init(include: [String] = [], exclude: [String] = []) {
        self.include = include
        self.exclude = exclude
    }

    /// Whether the walked file at `relativePath` is kept.
    public func accepts(_ relativePath: String) -> Bool {
        let name = (relativePath as NSString).lastPathComponent
        func matches(_ pattern: String) -> Bool { fnmatch(pattern, relativePath, 0) == 0 || fnmatch(pattern, name, 0) == 0 }
        return (include.isEmpty || include.contains(where: matches)) && !exclude.contains(where: matches)
    }

    /// The paths listed in `bytes` (a `--files-from` file): one per line, or NUL-separated with `nulSeparated`;
    /// empty entries are skipped, a line's trailing CR too.
    public static func listedPaths(_ bytes: [UInt8], nulSeparated: Bool) -> [String] {
        bytes.split(separator: nulSeparated ? 0 : 0x0A, omittingEmptySubsequences: true).map { entry in
            var entry = Array(entry)
            if !nulSeparated, entry.last == 0x0D { entry.removeLast() }
            return String(decoding: entry, as: UTF8.self)
        }.filter { !$0.isEmpty }
    }
}
