/// Why a file cannot serve as a `--reference-doc` template.
public enum TemplateError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The bytes are not a zip archive this reader accepts; the payload says why.
    case unreadableArchive(String)
    /// The archive is not an ODF text document (or text template); the payload names what was found.
    case notAnODTTextDocument(String)
    /// The archive is not a WordprocessingML (DOCX/DOTX) package; the payload says what is missing.
    case notAWordDocument(String)
    /// A part the template needs is absent.
    case missingPart(String)
    /// A part is not well-formed XML.
    case malformedPart(String, String)

    /// A one-line explanation for people.
    public var description: String {
        switch self {
        case .unreadableArchive(let detail): "the template is not a readable zip archive: \(detail)"
        case .notAnODTTextDocument(let found): "the template is not an ODT text document (\(found))"
        case .notAWordDocument(let detail): "the template is not a DOCX document (\(detail))"
        case .missingPart(let part): "the template has no \(part)"
        case .malformedPart(let part, let detail): "the template's \(part) is not well-formed XML: \(detail)"
        }
    }
}
