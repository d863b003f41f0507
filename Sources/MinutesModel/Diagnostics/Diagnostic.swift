/// A position in the source text; lines and columns count from 1, columns in characters.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The line, from 1.
    public var line: Int
    /// The column in characters, from 1.
    public var column: Int

    /// Creates a location.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public var description: String { "\(line):\(column)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

/// How serious a diagnostic is.
public enum Severity: String, Sendable, Hashable, Comparable {
    case note, warning, error

    private var rank: Int {
        switch self {
        case .note: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// A message about the input: a recovery, a guess, or a problem that stops conversion.
public struct Diagnostic: Sendable, Hashable {
    /// How serious it is.
    public var severity: Severity
    /// A stable identifier such as `inferred-year`, for tools and tests.
    public var code: String
    /// What happened, in English, for people.
    public var message: String
    /// Where in the source it happened.
    public var location: SourceLocation

    /// Creates a diagnostic.
    public init(_ severity: Severity, _ code: String, _ message: String, at location: SourceLocation) {
        self.severity = severity
        self.code = code
        self.message = message
        self.location = location
    }

    /// The conventional `path:line:column: severity: message` line.
    public func formatted(path: String) -> String {
        "\(path):\(location.line):\(location.column): \(severity.rawValue): \(message)"
    }
}
