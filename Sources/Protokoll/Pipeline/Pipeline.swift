@_exported import MinutesModel
@_exported import MinutesWriters
@_exported import MinutesParser
import SwedishTypography

/// The library's front door: parse once, typeset, and render any registered format.
public struct Pipeline: Sendable {
    public var parseOptions: ParseOptions
    public var writerOptions: WriterOptions
    public var registry: WriterRegistry

    /// Creates a pipeline; the defaults are the CLI's.
    public init(parseOptions: ParseOptions = ParseOptions(), writerOptions: WriterOptions = WriterOptions(), registry: WriterRegistry = .standard) {
        self.parseOptions = parseOptions
        self.writerOptions = writerOptions
        self.registry = registry
    }

    /// Parses and typesets minutes from raw bytes; problems are in `diagnostics`.
    public func parse(_ bytes: [UInt8], sourceName: String? = nil) -> Minutes {
        let minutes = MinutesParser(options: parseOptions).parse(bytes, sourceName: sourceName)
        return minutes.hasErrors ? minutes : minutes.typeset()
    }

    /// Renders parsed minutes in the format with id `format`.
    public func render(_ minutes: Minutes, as format: String) throws -> [UInt8] {
        try registry.writer(for: format).write(minutes, options: writerOptions)
    }
}
