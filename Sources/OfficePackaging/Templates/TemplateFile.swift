/// A binary file (an image) that the output package must carry for a template's styles or parts to work.
public struct TemplateFile: Sendable, Equatable {
    /// The zip entry name to write it under, e.g. `Pictures/logo.png` or `word/media/template-image1.png`.
    public let path: String
    /// The file's bytes, unchanged.
    public let bytes: [UInt8]
    /// The media type for the ODT manifest or the DOCX `[Content_Types].xml`, e.g. `image/png`.
    public let mediaType: String
}
