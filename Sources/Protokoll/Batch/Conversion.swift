import Foundation

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

    /// Creates a conversion.
    public init(pipeline: Pipeline, formats: [String], destination: OutputDestination) {
        self.pipeline = pipeline
        self.formats = formats
        self.destination = destination
    }

    /// Converts one input: renders every format in memory first, then writes them, so a failure leaves no partial set.
    public func convert(_ input: InputSource, bytes: [UInt8], standardOutput: (([UInt8]) -> Void)? = nil) -> InputResult {
        let minutes = pipeline.parse(bytes, sourceName: input.isStandardInput ? nil : input.path)
        var result = InputResult(input: input, minutes: minutes, outputs: [], failure: nil)
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
        for (path, bytes) in rendered {
            do {
                if path == "-" {
                    standardOutput?(bytes)
                } else {
                    try AtomicFile.write(bytes, to: path)
                }
                result.outputs.append(path)
            } catch {
                result.failure = "cannot write \(path): \(error.localizedDescription)"
                return result
            }
        }
        return result
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
