import MinutesModel

/// A format Protokoll can write: its id, file extension and media type.
public struct OutputFormat: Sendable, Hashable {
    /// The name used on the command line and in fixture folders ("odt").
    public let id: String
    /// The file extension without the dot.
    public let fileExtension: String
    /// The IANA media type.
    public let mediaType: String
    /// Whether the output is text that may go to stdout.
    public let isText: Bool

    /// Creates a format description.
    public init(id: String, fileExtension: String, mediaType: String, isText: Bool) {
        self.id = id
        self.fileExtension = fileExtension
        self.mediaType = mediaType
        self.isText = isText
    }
}

/// Turns `Minutes` into the bytes of one format.
public protocol DocumentWriter: Sendable {
    /// The format this writer produces.
    static var format: OutputFormat { get }
    /// Renders the minutes; throws only when the output cannot be produced at all.
    func write(_ minutes: Minutes, options: WriterOptions) throws -> [UInt8]
}

/// A writer that can take the look of a user's template (`--reference-doc`).
public protocol ReferenceDocumentWriter: DocumentWriter {
    /// What the house style fills in for the template in `options` (empty without one); throws when it is unusable.
    static func referenceNotes(options: WriterOptions) throws -> [String]
}

/// Why a writer could not produce output.
public enum WriterError: Error, CustomStringConvertible, Equatable {
    case unknownFormat(String, known: [String])
    case failed(format: String, reason: String)

    public var description: String {
        switch self {
        case .unknownFormat(let name, let known):
            "unknown format “\(name)”; known formats: \(known.joined(separator: ", "))"
        case .failed(let format, let reason):
            "could not write \(format): \(reason)"
        }
    }
}
