import Foundation

/// One input to convert: a file, or standard input.
public struct InputSource: Sendable, Hashable {
    /// The path as given or found; `-` for standard input.
    public let path: String
    /// The folder the path was found under when a directory was walked, for mirroring the tree.
    public let root: String?

    /// Creates an input.
    public init(path: String, root: String? = nil) {
        self.path = path
        self.root = root
    }

    /// Whether this is standard input.
    public var isStandardInput: Bool { path == "-" }

    /// The name diagnostics use.
    /// A name with a line break or another control character is quoted and escaped, so that it cannot forge
    /// diagnostic lines.
    public var displayName: String {
        if isStandardInput { return "<stdin>" }
        guard path.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else { return path }
        return "\"" + path.unicodeScalars.map { $0.escaped(asASCII: false) }.joined() + "\""
    }

    /// The file name without its extension ("2019-09-05 ledningsgrupp").
    public var stem: String {
        guard !isStandardInput else { return "stdin" }
        let name = (path as NSString).lastPathComponent
        let ext = (name as NSString).pathExtension
        return InputCollector.extensions.contains(ext.lowercased()) ? (name as NSString).deletingPathExtension : name
    }

    /// The sub-folder of `root` the file is in ("" at the top).
    public var relativeFolder: String {
        guard let root else { return "" }
        let folder = (path as NSString).deletingLastPathComponent
        let base = (root as NSString).standardizingPath
        let standardized = (folder as NSString).standardizingPath
        guard standardized.hasPrefix(base) else { return "" }
        return String(standardized.dropFirst(base.count)).trimmingCharacters(in: CharacterSet(charactersIn: "/"))
    }
}

/// Expands the command line's inputs: directories are walked recursively for minutes files, in sorted order.
public enum InputCollector {
    /// File extensions read from directories.
    public static let extensions: Set<String> = ["md", "markdown", "txt", "org", "tex"]

    /// The inputs, and a message for each argument that does not exist.
    /// Files under `excluding` (the output folder, when it lies inside an input folder) are not inputs.
    /// `selection` keeps the walked files its globs accept (files named on the command line are always inputs).
    public static func collect(_ arguments: [String], excluding: String? = nil, selection: InputSelection = InputSelection()) -> (inputs: [InputSource], missing: [String]) {
        let excluded = excluding.map(CanonicalPath.of)
        var inputs: [InputSource] = []
        var missing: [String] = []
        let fm = FileManager.default
        for argument in arguments {
            if argument == "-" { inputs.append(InputSource(path: "-")); continue }
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: argument, isDirectory: &isDirectory) else {
                missing.append(argument)
                continue
            }
            guard isDirectory.boolValue else { inputs.append(InputSource(path: argument)); continue }
            let found = (fm.enumerator(atPath: argument)?.allObjects as? [String] ?? [])
                .filter { extensions.contains(($0 as NSString).pathExtension.lowercased()) && !($0 as NSString).lastPathComponent.hasPrefix(".") }
                .filter(selection.accepts)
                .sorted()
            inputs += found.map { InputSource(path: (argument as NSString).appendingPathComponent($0), root: argument) }
                .filter { input in
                    // Only an output folder strictly inside the walked one is skipped; "." for both is the same folder.
                    guard let excluded, !CanonicalPath.isInside(CanonicalPath.of(argument), excluded) else { return true }
                    return !CanonicalPath.isInside(CanonicalPath.of(input.path), excluded)
                }
        }
        return (inputs, missing)
    }
}
