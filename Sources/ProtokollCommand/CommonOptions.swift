import ArgumentParser
import Foundation
import Protokoll

/// Options every reading command shares.
struct CommonOptions: ParsableArguments {
    @Option(name: .customLong("max-input-mb"), help: "Refuse inputs larger than this many MiB.")
    var maxInputMegabytes: Int = 8

    @Option(help: "The year for dates written without one (front matter `år:` wins).")
    var year: Int?

    @Flag(name: .shortAndLong, help: "Print errors only, not warnings and notes.")
    var quiet = false

    @Flag(name: .customLong("sort-attendees"), help: "Sort attendee lists alphabetically (Swedish order: v before w, å ä ö after z).")
    var sortAttendees = false

    @Option(name: .customLong("first-paragraph"), help: "Renumber items as §§ from this number (numbering that runs through the year).")
    var firstParagraph: Int?

    @Option(name: .customShort("M"), help: ArgumentHelp("Metadata key=value, as in front matter; wins over it (diarienummer=KS 2024/15).", valueName: "key=value"))
    var metadata: [String] = []

    @Option(name: .customLong("diarienummer-pattern"), help: "A regular expression every diarienummer must match (no national format is assumed).")
    var diaryNumberPattern: String?

    func validate() throws {
        for entry in metadata where !entry.contains("=") || entry.hasPrefix("=") {
            throw ValidationError("-M takes key=value, not “\(entry)”")
        }
        if let diaryNumberPattern, !RegistrationPattern.isValid(diaryNumberPattern) {
            throw ValidationError("--diarienummer-pattern “\(diaryNumberPattern)” is not a valid regular expression")
        }
        guard (1...4096).contains(maxInputMegabytes) else { throw ValidationError("--max-input-mb is between 1 and 4096") }
        if let year, !(1000...9999).contains(year) { throw ValidationError("--year takes four digits (2024), not \(year)") }
        if let firstParagraph, !(1...99_999).contains(firstParagraph) {
            throw ValidationError("--first-paragraph is between 1 and 99999, not \(firstParagraph)")
        }
    }

    /// A pipeline with these reading options and the given writer options.
    func pipeline(writerOptions: WriterOptions = WriterOptions()) -> Pipeline {
        var pipeline = Pipeline(parseOptions: parseOptions, writerOptions: writerOptions, sortAttendees: sortAttendees, firstParagraph: firstParagraph)
        pipeline.metadataOverrides = metadata.map { entry in
            let parts = entry.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return Metadata.Field(key: parts[0].trimmingCharacters(in: .whitespaces).lowercased(), value: parts.count > 1 ? String(parts[1]) : "")
        }
        pipeline.diaryNumberPattern = diaryNumberPattern
        return pipeline
    }

    var parseOptions: ParseOptions {
        ParseOptions(maxInputBytes: max(1, maxInputMegabytes) << 20, year: year)
    }
}
