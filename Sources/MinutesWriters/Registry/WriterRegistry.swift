/// The writers Protokoll knows, in one literal list: adding a format is one line here.
public struct WriterRegistry: Sendable {
    /// The writers in the order `protokoll writers` lists them.
    public let writers: [any DocumentWriter]

    /// Every format Protokoll ships.
    public static let standard = WriterRegistry(writers: [
        PlainTextWriter(),
        JSONWriter(),
        ODTWriter(),
        DOCXWriter(),
        PDFWriter(),
        MetadataSidecarWriter(),
    ])

    /// Creates a registry from writers.
    public init(writers: [any DocumentWriter]) {
        self.writers = writers
    }

    /// The formats in registry order.
    public var formats: [OutputFormat] { writers.map { type(of: $0).format } }

    /// The writer for a format id (case-insensitive); throws `WriterError.unknownFormat` naming the known ones.
    public func writer(for id: String) throws -> any DocumentWriter {
        let wanted = id.lowercased()
        guard let writer = writers.first(where: { type(of: $0).format.id == wanted }) else {
            throw WriterError.unknownFormat(id, known: formats.map(\.id))
        }
        return writer
    }
}
