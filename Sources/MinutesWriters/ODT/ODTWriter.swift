import MinutesModel
import OfficePackaging

/// Writes minutes as an OpenDocument text (ODF 1.3): a deterministic zip of XML parts.
public struct ODTWriter: DocumentWriter {
    public static let format = OutputFormat(
        id: "odt", fileExtension: "odt", mediaType: "application/vnd.oasis.opendocument.text", isText: false)

    /// Creates the writer.
    public init() {}

    public func write(_ minutes: Minutes, options: WriterOptions) throws -> [UInt8] {
        let parts: [(String, [UInt8])] = [
            ("content.xml", try ODTContent.part(minutes)),
            ("styles.xml", try ODTStyles.part(minutes.meta, style: options.style)),
            ("meta.xml", try ODTMeta.part(minutes.meta, options: options)),
        ]
        var zip = ZipWriter(timestamp: PackageTimestamp.of(minutes.meta, options: options))
        try zip.add("mimetype", Array(Self.format.mediaType.utf8), method: .stored)
        for (path, bytes) in parts { try zip.add(path, bytes, method: .deflated) }
        try zip.add(ODTManifest.path, try ODTManifest.part(mediaType: Self.format.mediaType, parts: parts.map(\.0)), method: .deflated)
        return zip.finish()
    }
}
