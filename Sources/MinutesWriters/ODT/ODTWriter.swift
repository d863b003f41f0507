import MinutesModel
import OfficePackaging

/// Writes minutes as an OpenDocument text (ODF 1.3): a deterministic zip of XML parts. With an ODT in
/// `options.referenceDocuments` its styles, page layout, header, footer and their pictures are used, and
/// the house style fills in the styles it lacks (see `referenceNotes(options:)`).
public struct ODTWriter: ReferenceDocumentWriter {
    public static let format = OutputFormat(
        id: "odt", fileExtension: "odt", mediaType: "application/vnd.oasis.opendocument.text", isText: false)

    /// Creates the writer.
    public init() {}

    public func write(_ minutes: Minutes, options: WriterOptions) throws -> [UInt8] {
        let reference = try Self.templateStep { try ODTReferenceDocument(options) }
        let content = ODTContent.root(minutes, masterPage: reference?.bodyMasterPage, signatureFields: options.signatureFields)
        var styles = try ODTStyles.part(minutes.meta, style: options.style, furniture: PageFurniture.of(minutes))
        if let reference { styles = try Self.templateStep { try reference.styles(merging: styles, content: content).xml } }
        let parts: [(String, [UInt8])] = [
            ("content.xml", try ODTXML.document(content)),
            ("styles.xml", styles),
            ("meta.xml", try ODTMeta.part(minutes.meta, options: options, author: minutes.signatures.first { $0.duty == .secretary }?.name,
                                          diaryNumbers: minutes.items.compactMap(\.dnr))),
        ]
        let pictures = reference?.template.pictures ?? []
        var zip = ZipWriter(timestamp: PackageTimestamp.of(minutes.meta, options: options))
        try zip.add("mimetype", Array(Self.format.mediaType.utf8), method: .stored)
        for (path, bytes) in parts { try zip.add(path, bytes, method: .deflated) }
        for picture in pictures { try zip.add(picture.path, picture.bytes, method: .stored) }
        let files = parts.map { (path: $0.0, mediaType: "text/xml") } + pictures.map { (path: $0.path, mediaType: $0.mediaType) }
        try zip.add(ODTManifest.path, try ODTManifest.part(mediaType: Self.format.mediaType, files: files), method: .deflated)
        return zip.finish()
    }

    /// Runs a step on the user's template, reporting its failure as this writer's.
    private static func templateStep<T>(_ step: () throws -> T) throws -> T {
        do {
            return try step()
        } catch {
            throw WriterError.failed(format: format.id, reason: "\(error)")
        }
    }
}
