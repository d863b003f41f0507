/// A template's styles part with the styles Protokoll needs and the template lacks copied in.
public struct StyleMergeResult: Sendable, Equatable {
    /// The merged styles part (ODT `styles.xml` or DOCX `word/styles.xml`), UTF-8 with an XML declaration.
    public let xml: [UInt8]
    /// The names (ODT `style:name`, DOCX `w:styleId`) copied from the bundled styles, in copy order: the styles
    /// whose look comes from the house style.
    public let added: [String]
    /// The names (ODT `style:name`, DOCX `w:styleId`) the template defines under another internal name but the
    /// same display name ("Närvarotabell" made in LibreOffice or Word): each got a thin alias under Protokoll's
    /// name that inherits everything from the template's style, so the template gives their look. In order.
    public let aliased: [String]

    /// A merge result; `aliased` is empty unless given.
    public init(xml: [UInt8], added: [String], aliased: [String] = []) {
        self.xml = xml
        self.added = added
        self.aliased = aliased
    }
}
