import ArgumentParser
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

    /// A pipeline with these reading options and the given writer options.
    func pipeline(writerOptions: WriterOptions = WriterOptions()) -> Pipeline {
        Pipeline(parseOptions: parseOptions, writerOptions: writerOptions, sortAttendees: sortAttendees, firstParagraph: firstParagraph)
    }

    var parseOptions: ParseOptions {
        ParseOptions(maxInputBytes: max(1, maxInputMegabytes) << 20, year: year)
    }
}
