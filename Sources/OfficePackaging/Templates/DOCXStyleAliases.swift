/// A template's `w:style`s by type and `w:name` (case-insensitively, as Word compares style names), so a style
/// the user made as "Närvarotabell" (Word gives it the id `Nrvarotabell`) or a built-in style under a localised
/// id (`Rubrik1`, named "heading 1") stands in for Protokoll's style of that name instead of being ignored.
struct DOCXStyleAliases {
    private static let w = TemplateNamespace.wordMain

    /// The template's `w:styleId` by type and lower-cased name.
    private let templateIDs: ShownNameIndex

    /// Indexes the `w:style` children of the template's `w:styles`.
    init(template: XMLNodeRef) {
        templateIDs = ShownNameIndex(template.children("style", namespaceURI: Self.w), key: Self.key) {
            $0.attribute("styleId", namespaceURI: Self.w)
        }
    }

    /// The id of the template's style of the same type and name as the bundled `original`, or nil.
    func templateStyle(standingFor original: XMLNodeRef) -> String? {
        templateIDs[Self.key(original)]
    }

    /// Appends to `styles` a custom style `id` of the bundled `original`'s type, named "`id` (Protokoll)" and
    /// based on `parent`, with nothing else (CT_Style order: `w:name`, then `w:basedOn`). False when it could
    /// not be added.
    static func appendAlias(_ id: String, of original: XMLNodeRef, parent: String, to styles: XMLNodeRef) -> Bool {
        guard let type = original.attribute("type", namespaceURI: w),
              let alias = styles.appendElement("style", namespaceURI: w, attributes: ["type": type, "customStyle": "1", "styleId": id])
        else { return false }
        alias.appendElement("name", namespaceURI: w, attributes: ["val": "\(id) (Protokoll)"])
        alias.appendElement("basedOn", namespaceURI: w, attributes: ["val": parent])
        return true
    }

    private static func key(_ style: XMLNodeRef) -> ShownNameIndex.Key? {
        guard let type = style.attribute("type", namespaceURI: w),
              let name = style.firstChild("name", namespaceURI: w)?.attribute("val", namespaceURI: w)
        else { return nil }
        return ShownNameIndex.Key(kind: type, shownName: name.lowercased())
    }
}
