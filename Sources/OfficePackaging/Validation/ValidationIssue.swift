/// One problem a schema validation found.
public struct ValidationIssue: Sendable, Hashable, CustomStringConvertible {
    /// The line in the validated document (0 when libxml2 gave none).
    public let line: Int
    /// libxml2's message.
    public let message: String

    /// An issue at `line`.
    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    /// `line N: message`.
    public var description: String { "line \(line): \(message)" }
}
