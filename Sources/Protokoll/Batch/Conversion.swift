import Foundation
import OfficePackaging

/// Where converted documents go.
public enum OutputDestination: Sendable, Hashable {
    /// Exactly this file (one input, one format); `-` is standard output.
    case file(String)
    /// `<stem>.<ext>` per input and format, mirroring walked directory trees.
    case directory(String)
}

/// What happened to one input.
public struct InputResult: Sendable {
    /// The input converted.
    public let input: InputSource
    /// The parsed minutes with their diagnostics.
    public let minutes: Minutes
    /// Paths written (or `-`).
    public var outputs: [String]
    /// Set when the input was not converted.
    public var failure: String?
    /// The files written (standard output aside), with size and SHA-256.
    public var files: [OutputFile] = []
    /// The input's SHA-256, when the conversion keeps a journal.
    public var inputSHA256: String?
    /// Whether the input was skipped because an earlier run converted it.
    public var resumed = false

    /// Whether every requested output was written.
    public var succeeded: Bool { failure == nil }

    /// Creates a result.
    public init(input: InputSource, minutes: Minutes, outputs: [String], failure: String?) {
        self.input = input
        self.minutes = minutes
        self.outputs = outputs
        self.failure = failure
    }
}

/// Converts many inputs to many formats; one bad input never stops the others.
public struct Conversion: Sendable {
    /// Parses and renders.
    public var pipeline: Pipeline
    /// The format ids to write.
    public var formats: [String]
    /// Where the outputs go.
    public var destination: OutputDestination
    /// Replace existing outputs that differ from the new ones (`--force`); without it they are left and the input fails.
    /// A signed document is never replaced.
    public var overwrites = false
    /// The output folder's journal: inputs are hashed for it and, with `resumes`, skipped when it says they are done.
    public var journal: ConversionJournal?
    /// Skip inputs the journal records as converted with the same bytes and options (`--resume`).
    public var resumes = false

    /// Creates a conversion.
    public init(pipeline: Pipeline, formats: [String], destination: OutputDestination) {
        self.pipeline = pipeline
        self.formats = formats
        self.destination = destination
    }

    /// Converts one input: renders every format in memory first, then writes them, so a failure leaves no partial set.
    public func convert(_ input: InputSource, bytes: [UInt8], standardOutput: (([UInt8]) -> Void)? = nil) -> InputResult {
        let sha = journal == nil ? nil : SHA256.hex(bytes)
        if resumes, let sha, let outputs = journal?.finishedOutputs(for: input, sha256: sha) {
            var skipped = InputResult(input: input, minutes: Minutes(), outputs: outputs, failure: nil)
            skipped.resumed = true
            return skipped
        }
        let minutes = pipeline.parse(bytes, sourceName: input.isStandardInput ? nil : input.path)
        var result = InputResult(input: input, minutes: minutes, outputs: [], failure: nil)
        result.inputSHA256 = sha
        if minutes.hasErrors {
            result.failure = "not converted: the input has errors"
            return result
        }
        var rendered: [(path: String, bytes: [UInt8])] = []
        do {
            for format in formats {
                let bytes = try pipeline.render(minutes, as: format)
                rendered.append((try outputPath(for: input, format: format), bytes))
            }
        } catch {
            result.failure = "\(error)"
            return result
        }
        if case .directory(let folder) = destination, let escape = rendered.first(where: { leavesTree($0.path, folder) }) {
            result.failure = "the folder of \(escape.path) is a symbolic link that leads out of \(folder); nothing is written for this input"
            return result
        }
        if let folder = rendered.first(where: { $0.path != "-" && isFolder($0.path) }) {
            result.failure = "\(folder.path) is a folder; nothing is written for this input"
            return result
        }
        if let signed = rendered.lazy.compactMap({ $0.path == "-" ? nil : SignedDocument.reason(atPath: $0.path) }).first {
            result.failure = signed + "; nothing is written for this input"
            return result
        }
        if !overwrites, let existing = rendered.first(where: { $0.path != "-" && differsFromFile($0.bytes, $0.path) }) {
            result.failure = "\(existing.path) exists and differs from the new output; nothing is written for this input (--force replaces it)"
            return result
        }
        // A set of formats is written whole or not at all: every file is staged first, and only when all are on
        // disk are they renamed into place, so a failed write never removes or replaces a file that was there.
        var staged: [(temporary: String, path: String)] = []
        do {
            for (path, bytes) in rendered where path != "-" {
                staged.append((try AtomicFile.stage(bytes, for: path), path))
            }
            for file in staged { try AtomicFile.commit(file.temporary, to: file.path) }
        } catch {
            for file in staged { unlink(file.temporary) }
            result.failure = (error as? WriteError)?.description ?? "cannot write: \(error.localizedDescription)"
            return result
        }
        for (path, bytes) in rendered {
            if path == "-" {
                standardOutput?(bytes)
            } else {
                result.files.append(OutputFile(path: path, size: bytes.count, sha256: SHA256.hex(bytes)))
            }
            result.outputs.append(path)
        }
        return result
    }

    /// The inputs that must not be converted because of where their outputs would go, each with the reason: an
    /// output that is an input file (it would be overwritten), or an output that two inputs would both write.
    public func conflicts(among inputs: [InputSource]) -> [InputSource: String] {
        let inputPaths = Set(inputs.filter { !$0.isStandardInput }.map { CanonicalPath.of($0.path) })
        var writers: [String: [InputSource]] = [:]
        var shown: [String: String] = [:]
        var conflicts: [InputSource: String] = [:]
        for input in inputs {
            for format in formats {
                guard let path = try? outputPath(for: input, format: format), path != "-" else { continue }
                let canonical = CanonicalPath.of(path)
                if inputPaths.contains(canonical) {
                    conflicts[input] = "the output \(path) is an input file and would be overwritten; choose another -o or --output-dir"
                }
                writers[canonical, default: []].append(input)
                shown[canonical] = path
            }
        }
        for (canonical, sources) in writers.sorted(by: { $0.key < $1.key }) where Set(sources).count > 1 {
            let names = Set(sources).map(\.displayName).sorted()
            for source in Set(sources) where conflicts[source] == nil {
                let others = names.filter { $0 != source.displayName }.map { "“\($0)”" }.joined(separator: ", ")
                conflicts[source] = "the output \(shown[canonical] ?? canonical) would also be written from \(others); nothing is written for either (rename one or convert them apart)"
            }
        }
        return conflicts
    }

    /// Whether a file exists at `path` with other bytes than `bytes`.
    private func differsFromFile(_ bytes: [UInt8], _ path: String) -> Bool {
        // A file that exists but cannot be read counts as different: it is not replaced without --force.
        guard let handle = FileHandle(forReadingAtPath: path) else { return FileManager.default.fileExists(atPath: path) || isSymbolicLink(path) }
        defer { try? handle.close() }
        guard let data = try? handle.readToEnd() else { return true }
        return data.count != bytes.count || Array(data) != bytes
    }

    private func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    private func isSymbolicLink(_ path: String) -> Bool {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil
    }

    /// Whether `path`'s folder, symbolic links resolved, lies outside `folder` (a link planted in the output tree).
    private func leavesTree(_ path: String, _ folder: String) -> Bool {
        let parent = CanonicalPath.of((path as NSString).deletingLastPathComponent)
        return !CanonicalPath.isInside(parent, CanonicalPath.of(folder))
    }

    private func outputPath(for input: InputSource, format: String) throws -> String {
        let ext = try pipeline.registry.writer(for: format).writerFormat.fileExtension
        switch destination {
        case .file(let path):
            return path
        case .directory(let folder):
            let sub = (folder as NSString).appendingPathComponent(input.relativeFolder)
            return (sub as NSString).appendingPathComponent("\(input.stem).\(ext)")
        }
    }
}

extension DocumentWriter {
    /// The writer's format, reachable from an existential.
    var writerFormat: OutputFormat { Self.format }
}
