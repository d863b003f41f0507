/// One problem `OfficePackageValidator` found in an .odt or .docx package.
public struct PackageIssue: Sendable, Hashable, CustomStringConvertible {
    /// The part name used for problems with the archive as a whole.
    public static let packagePart = "(package)"

    /// The part (zip entry) the problem is in, or `packagePart`.
    public let part: String
    /// The line inside the part, when the problem has one.
    public let line: Int?
    /// What is wrong.
    public let message: String

    /// An issue in `part`, optionally at `line`.
    public init(part: String, line: Int? = nil, message: String) {
        self.part = part
        self.line = line
        self.message = message
    }

    /// `part: line: message`, or `part: message` without a line.
    public var description: String {
        line.map { "\(part): \($0): \(message)" } ?? "\(part): \(message)"
    }
}
