/// A header or footer part taken from a DOCX template, renamed so it cannot clash with the writer's own parts.
public struct TemplatePart: Sendable, Equatable {
    /// Whether the part is a header (`w:hdr`) or a footer (`w:ftr`).
    public enum Kind: String, Sendable {
        case header, footer
    }

    /// Header or footer.
    public let kind: Kind
    /// The zip entry name to write it under, e.g. `word/template-header1.xml`.
    public let path: String
    /// The part, with Markup Compatibility resolved (no `mc:` or Word 2010+ extension markup).
    public let bytes: [UInt8]
    /// The content type for its `Override` in `[Content_Types].xml`.
    public let contentType: String
    /// The relationship type to reference it with from `word/_rels/document.xml.rels`.
    public let relationshipType: String
    /// The relationship id the template's section properties use for it (the key for remapping).
    public let templateRelationshipID: String
    /// The zip entry name of its own relationships part, e.g. `word/_rels/template-header1.xml.rels`.
    public let relationshipsPath: String
    /// Its relationships part with targets pointing at `media`, or nil when the part has none.
    public let relationships: [UInt8]?
    /// The files its relationships point at (the logo in `word/media/`), renamed like the part.
    public let media: [TemplateFile]
}
