/// A template's styles part with the styles Protokoll needs and the template lacks copied in.
public struct StyleMergeResult: Sendable, Equatable {
    /// The merged styles part (ODT `styles.xml` or DOCX `word/styles.xml`), UTF-8 with an XML declaration.
    public let xml: [UInt8]
    /// The names (ODT `style:name`, DOCX `w:styleId`) copied from the bundled styles, in copy order.
    public let added: [String]
}
