@_exported import MinutesModel
@_exported import MinutesWriters
@_exported import MinutesParser
import SwedishTypography

/// The library's front door: parse once, typeset, and render any registered format.
public struct Pipeline: Sendable {
    /// Limits and overrides for parsing.
    public var parseOptions: ParseOptions
    /// Width, style, clock and templates for the writers.
    public var writerOptions: WriterOptions
    /// The writers to choose from.
    public var registry: WriterRegistry
    /// Sort each attendance group alphabetically (Swedish collation); off by default.
    public var sortAttendees: Bool
    /// Renumber items from this paragraph number (§ 163 …), shifting presence notes with them.
    public var firstParagraph: Int?
    /// Metadata given on the command line (`-M key=value`), overriding the front matter's.
    public var metadataOverrides: [Metadata.Field] = []
    /// The organisation's diarienummer pattern (a regular expression); numbers that do not match are reported.
    public var diaryNumberPattern: String?
    /// How registration problems are reported: warnings for `convert`, errors for `package`.
    public var registrationSeverity: Severity = .warning

    /// Creates a pipeline; the defaults are the CLI's.
    public init(
        parseOptions: ParseOptions = ParseOptions(), writerOptions: WriterOptions = WriterOptions(),
        registry: WriterRegistry = .standard, sortAttendees: Bool = false, firstParagraph: Int? = nil
    ) {
        self.parseOptions = parseOptions
        self.writerOptions = writerOptions
        self.registry = registry
        self.sortAttendees = sortAttendees
        self.firstParagraph = firstParagraph
    }

    /// Parses and typesets minutes from raw bytes, then applies the requested reordering; problems are in `diagnostics`.
    public func parse(_ bytes: [UInt8], sourceName: String? = nil) -> Minutes {
        var minutes = MinutesParser(options: parseOptions).parse(bytes, sourceName: sourceName)
        guard !minutes.hasErrors else { return minutes }
        if let firstParagraph { minutes = minutes.renumbered(from: firstParagraph) }
        if sortAttendees { minutes = minutes.sortingAttendees() }
        for field in metadataOverrides {
            let spellings = Registration.Key.allCases.first { $0.spellings.contains(field.key) }?.spellings ?? [field.key]
            minutes.meta.fields.removeAll { spellings.contains($0.key) }
            minutes.meta.fields.append(field)
        }
        minutes.diagnostics += RegistrationRules.findings(minutes, source: bytes, diaryNumberPattern: diaryNumberPattern, severity: registrationSeverity)
        return minutes.typeset()
    }

    /// Renders parsed minutes in the format with id `format`.
    public func render(_ minutes: Minutes, as format: String) throws -> [UInt8] {
        try registry.writer(for: format).write(minutes, options: writerOptions)
    }
}
