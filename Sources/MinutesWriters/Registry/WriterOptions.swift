import MinutesModel

/// Settings every writer receives.
public struct WriterOptions: Sendable, Hashable {
    /// Text line width in display columns (plain text).
    public var width: Int
    /// Line ending of text outputs.
    public var lineEnding: LineEnding
    /// The house style's name.
    public var style: String
    /// The moment stamped into packages when the minutes carry no date (from `SOURCE_DATE_EPOCH`); never the wall clock.
    public var now: LocalDateTime?
    /// The document language.
    public var language: String
    /// The user's own templates (`--reference-doc`), by format id ("odt", "docx"): their styles, page layout,
    /// header and footer replace the house style's.
    public var referenceDocuments: [String: [UInt8]] = [:]
    /// Whether each signature line carries a form field named after its signer (for the PDF's signature fields).
    package var signatureFields = false

    /// Creates options with the defaults: 72 columns, LF, style `standard`, `sv-SE`.
    public init(width: Int = 72, lineEnding: LineEnding = .lf, style: String = "standard", now: LocalDateTime? = nil, language: String = "sv-SE") {
        self.width = width
        self.lineEnding = lineEnding
        self.style = style
        self.now = now
        self.language = language
    }

    /// A text line ending.
    public enum LineEnding: String, Sendable, Hashable, CaseIterable {
        case lf, crlf

        /// The characters of the line ending.
        public var characters: String { self == .lf ? "\n" : "\r\n" }
    }
}
