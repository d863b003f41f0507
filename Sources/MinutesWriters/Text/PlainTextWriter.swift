import MinutesModel
import SwedishTypography

/// Writes minutes as plain UTF-8 text that reads like a typed-up protocol.
public struct PlainTextWriter: DocumentWriter {
    public static let format = OutputFormat(id: "txt", fileExtension: "txt", mediaType: "text/plain; charset=utf-8", isText: true)

    /// Creates the writer.
    public init() {}

    public func write(_ minutes: Minutes, options: WriterOptions) throws -> [UInt8] {
        var layout = PlainTextLayout(width: max(24, options.width))
        layout.document(minutes)
        let text = layout.lines.joined(separator: options.lineEnding.characters) + options.lineEnding.characters
        return Array(text.utf8)
    }
}
