import Foundation

/// Locates the package's `fixtures/` folder from a test file's path, so recorded goldens land in the repository.
public enum Fixtures {
    /// The package root: the nearest ancestor of `file` holding `Package.swift`.
    public static func packageRoot(from file: String = #filePath) -> URL {
        var url = URL(fileURLWithPath: file).deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
            url.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }

    /// `fixtures/<relative>` under the package root.
    public static func url(_ relative: String) -> URL {
        packageRoot().appendingPathComponent("fixtures").appendingPathComponent(relative)
    }

    /// The bytes of `fixtures/<relative>`.
    public static func bytes(_ relative: String) throws -> [UInt8] {
        Array(try Data(contentsOf: url(relative)))
    }

    /// The reference example: the seed minutes.
    public static let seed = "minutes/seed-planeringskonferens.md"

    /// The names (without extension) of the example minutes in `fixtures/minutes/`, one per document kind.
    public static func exampleNames() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url("minutes").path)) ?? []
        return names.filter { $0.hasSuffix(".md") }.map { String($0.dropLast(3)) }.sorted()
    }

    /// Every source file under `fixtures/eval/real/` (real minutes from public sources), by name.
    public static func corpusFiles() -> [String] {
        sourceFiles(in: "eval/real")
    }

    /// Every source file under `fixtures/eval/kommun/` (municipal protocols converted from PDF), by name.
    public static func kommunFiles() -> [String] {
        sourceFiles(in: "eval/kommun")
    }

    /// The minutes in one corpus folder: regular files other than its SOURCES.tsv and READMEs.
    static func sourceFiles(in folder: String) -> [String] {
        let dir = url(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { name in
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: dir.appendingPathComponent(name).path, isDirectory: &isDirectory)
            return exists && !isDirectory.boolValue && name != "SOURCES.tsv" && !name.hasPrefix("README")
        }.sorted().map { folder + "/" + $0 }
    }
}
