/// What became of one input in a batch, without its parsed minutes (a batch keeps these, not the documents).
public struct InputRecord: Sendable {
    /// The input.
    public let input: InputSource
    /// Paths written (or `-`).
    public var outputs: [String]
    /// Set when the input was not converted.
    public var failure: String?
    /// The files written, with size and SHA-256.
    public var files: [OutputFile] = []
    /// The input's SHA-256, when a journal asked for it.
    public var inputSHA256: String?
    /// Whether the input was skipped because an earlier run converted it (`--resume`).
    public var resumed = false
    /// The parser's diagnostics (and `check`'s findings).
    public var diagnostics: [Diagnostic]
    /// Wall time spent on the input, reading included.
    public var seconds: Double

    /// Creates a record.
    public init(input: InputSource, outputs: [String], failure: String?, diagnostics: [Diagnostic], seconds: Double) {
        self.input = input
        self.outputs = outputs
        self.failure = failure
        self.diagnostics = diagnostics
        self.seconds = seconds
    }

    /// Whether every requested output was written.
    public var succeeded: Bool { failure == nil }

    /// How many diagnostics have `severity`.
    public func count(_ severity: Severity) -> Int { diagnostics.filter { $0.severity == severity }.count }
}

/// Running totals of a batch.
public struct BatchTotals: Sendable {
    /// Inputs seen (missing ones included).
    public private(set) var inputs = 0
    /// Inputs that failed.
    public private(set) var failed = 0
    /// Inputs converted with at least one warning.
    public private(set) var withWarnings = 0

    /// No inputs yet.
    public init() {}

    /// Counts `record`.
    public mutating func add(_ record: InputRecord) {
        inputs += 1
        if !record.succeeded { failed += 1 } else if record.count(.warning) > 0 { withWarnings += 1 }
    }

    /// Inputs converted.
    public var converted: Int { inputs - failed }
}

/// `--shard K/N`: the K-th of N stable shares of the sorted input list, the same on every machine.
public struct Shard: Sendable, Hashable {
    /// 1…count.
    public let index: Int
    /// How many shares.
    public let count: Int

    /// Parses "K/N" with 1 ≤ K ≤ N.
    public init?(_ text: String) {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), count >= 1, (1...count).contains(index) else { return nil }
        self.index = index
        self.count = count
    }

    /// Every `count`-th input from the `index`-th, in order.
    public func share(of inputs: [InputSource]) -> [InputSource] {
        inputs.enumerated().filter { $0.offset % count == index - 1 }.map(\.element)
    }
}

extension InputResult {
    /// The outcome without the parsed minutes, taking `seconds`.
    public func record(seconds: Double = 0) -> InputRecord {
        var record = InputRecord(input: input, outputs: outputs, failure: failure, diagnostics: minutes.diagnostics, seconds: seconds)
        record.files = files
        record.inputSHA256 = inputSHA256
        record.resumed = resumed
        return record
    }
}

/// One file a conversion wrote.
public struct OutputFile: Sendable, Hashable {
    /// Where it was written.
    public let path: String
    /// Its size in bytes.
    public let size: Int
    /// The SHA-256 of its bytes, lowercase hex.
    public let sha256: String

    /// Creates the description of a written file.
    public init(path: String, size: Int, sha256: String) {
        self.path = path
        self.size = size
        self.sha256 = sha256
    }
}
