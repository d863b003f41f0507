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

    var parseOptions: ParseOptions {
        ParseOptions(maxInputBytes: max(1, maxInputMegabytes) << 20, year: year)
    }
}
