/// What went wrong while writing, parsing or validating XML.
public enum XMLError: Error, CustomStringConvertible, Sendable, Equatable {
    /// libxml2 could not create a writer or buffer (out of memory).
    case writerUnavailable
    /// An `XMLWriter` call was refused, by libxml2 or because it was out of order.
    case writeFailed(String)
    /// The input is not well-formed XML; the payload is "line N: message".
    case notWellFormed(String)
    /// A bundled schema could not be found or compiled.
    case schemaUnavailable(schema: String, detail: String)

    /// A one-line explanation for people.
    public var description: String {
        switch self {
        case .writerUnavailable: "libxml2 could not create an XML writer"
        case .writeFailed(let detail): "XML writing failed: \(detail)"
        case .notWellFormed(let detail): "XML is not well-formed: \(detail)"
        case .schemaUnavailable(let schema, let detail): "schema \(schema) could not be loaded: \(detail)"
        }
    }
}
