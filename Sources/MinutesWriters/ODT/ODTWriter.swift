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
            ("styles.xml", try ODTStyles.part(minutes.meta)),
            ("meta.xml", try ODTMeta.part(minutes.meta, options: options)),
        ]
        var zip = ZipWriter(timestamp: Self.timestamp(minutes.meta, options: options))
        try zip.add("mimetype", Array(Self.format.mediaType.utf8), method: .stored)
        for (path, bytes) in parts { try zip.add(path, bytes, method: .deflated) }
        try zip.add(ODTManifest.path, try ODTManifest.part(mediaType: Self.format.mediaType, parts: parts.map(\.0)), method: .deflated)
        return zip.finish()
    }

    /// The document date, else the supplied `now`, else 1980-01-01: never the wall clock.
    static func timestamp(_ meta: Metadata, options: WriterOptions) -> ZipTimestamp {
        if let date = meta.start?.date { return ZipTimestamp(year: date.year, month: date.month, day: date.day) }
        guard let now = options.now else { return .dosEpoch }
        return ZipTimestamp(year: now.date.year, month: now.date.month, day: now.date.day,
                            hour: now.time?.hour ?? 0, minute: now.time?.minute ?? 0)
    }
}
