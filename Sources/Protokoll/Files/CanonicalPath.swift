import Foundation

/// One spelling per file: absolute, with `.`/`..` and symbolic links resolved, so two paths to one file compare equal.
enum CanonicalPath {
    /// The canonical form of `path`; for a file that does not exist yet, its folder's canonical form and its name.
    static func of(_ path: String) -> String {
        let absolute = (path as NSString).isAbsolutePath
            ? path : (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(path)
        if let resolved = realpath(absolute, nil) {
            defer { free(resolved) }
            return String(cString: resolved)
        }
        let folder = (absolute as NSString).deletingLastPathComponent
        let name = (absolute as NSString).lastPathComponent
        guard folder != absolute, !folder.isEmpty else { return (absolute as NSString).standardizingPath }
        return (of(folder) as NSString).appendingPathComponent(name)
    }

    /// Whether `path` is `folder` or lies inside it (both canonical).
    static func isInside(_ path: String, _ folder: String) -> Bool {
        path == folder || path.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/")
    }
}
