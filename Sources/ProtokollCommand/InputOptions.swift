import ArgumentParser
import Foundation
import Protokoll

/// How a batch's inputs are chosen beyond the paths on the command line.
struct InputOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Only walked files matching this glob (path below the folder, or file name); repeatable.", valueName: "glob"))
    var include: [String] = []

    @Option(help: ArgumentHelp("Skip walked files matching this glob; repeatable.", valueName: "glob"))
    var exclude: [String] = []

    @Option(name: .customLong("files-from"), help: ArgumentHelp("Also convert the paths listed in this file, one per line (- for standard input).", valueName: "file"))
    var filesFrom: String?

    @Flag(name: [.customShort("0"), .customLong("null")], help: "--files-from's paths are separated by NUL bytes (find -print0).")
    var nulSeparated = false

    var selection: InputSelection { InputSelection(include: include, exclude: exclude) }

    /// The command line's inputs followed by those `--files-from` lists.
    func arguments(_ given: [String]) throws -> [String] {
        guard let filesFrom else { return given }
        if filesFrom == "-" && given.contains("-") { throw ValidationError("--files-from - and the input - both want standard input") }
        let data: Data
        if filesFrom == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let read = FileManager.default.contents(atPath: filesFrom) else { throw ValidationError("--files-from \(filesFrom): cannot read the file") }
            data = read
        }
        return given + InputSelection.listedPaths(Array(data), nulSeparated: nulSeparated)
    }

    func validate() throws {
        if nulSeparated && filesFrom == nil { throw ValidationError("-0 describes --files-from; give --files-from too") }
    }
}
