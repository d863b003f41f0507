/// A template's common styles (`style:style` in `office:styles`) by family and the name LibreOffice shows, so a
/// style the user made as "Närvarotabell" (`style:name="Närvarotabell"`) stands in for Protokoll's
/// `Narvarotabell` (display name "Närvarotabell") instead of being ignored.
struct ODTStyleAliases {
    /// The template's `style:name` by family and shown name.
    private let templateNames: ShownNameIndex

    /// Indexes the `style:style` children of the template's `office:styles`.
    init(templateStyles: XMLNodeRef) {
        templateNames = ShownNameIndex(templateStyles.children("style", namespaceURI: TemplateNamespace.style), key: Self.key) {
            $0.attribute("name", namespaceURI: TemplateNamespace.style)
        }
    }

    /// The template's style of the same family and shown name as the bundled `originals` (the elements the
    /// bundled styles.xml defines under one name), or nil when there is none or the name is not one style.
    func templateStyle(standingFor originals: [XMLNodeRef]) -> String? {
        guard originals.count == 1, let original = originals.first else { return nil }
        return templateNames[Self.key(original)]
    }

    /// Appends to `styles` a style `name` of the bundled `original`'s family (and class) with `parent` as
    /// parent and nothing else: no properties, and no display name, so LibreOffice lists the template's
    /// style once. False when it could not be added.
    static func appendAlias(_ name: String, of original: XMLNodeRef, parent: String, to styles: XMLNodeRef) -> Bool {
        let style = TemplateNamespace.style
        guard let family = original.attribute("family", namespaceURI: style),
              let alias = styles.appendElement("style", namespaceURI: style, attributes: [
                  "name": name, "family": family, "parent-style-name": parent,
              ])
        else { return false }
        if let styleClass = original.attribute("class", namespaceURI: style) {
            alias.setAttribute("class", namespaceURI: style, value: styleClass)
        }
        return true
    }

    /// What LibreOffice shows for `element` when it is a `style:style` with a family: its `style:display-name`,
    /// else its `style:name` with the `_xx_` escapes decoded.
    private static func key(_ element: XMLNodeRef) -> ShownNameIndex.Key? {
        let style = TemplateNamespace.style
        guard element.name == "style", element.namespaceURI == style,
              let family = element.attribute("family", namespaceURI: style),
              let shown = element.attribute("display-name", namespaceURI: style)
                ?? element.attribute("name", namespaceURI: style).map(ODFStyleName.decoded)
        else { return nil }
        return ShownNameIndex.Key(kind: family, shownName: shown)
    }
}
