extension DOCXTemplate {
    /// The template's styles part with `w:numPr` removed from its styles (Protokoll writes its own
    /// numbering.xml), Markup Compatibility resolved, and every style in `required` (by `w:styleId`) that it
    /// lacks copied from `bundled` with its `w:basedOn`/`w:link`/`w:next` chain. A required style the template
    /// defines under another id but the same type and `w:name` (case-insensitively: one the user made as
    /// "Närvarotabell") is not copied: it gets an alias under Protokoll's id based on the template's style
    /// (`aliased` in the result). The template's `w:docDefaults` and `w:latentStyles` stay; the bundled
    /// defaults are used only when it has none.
    public func styles(merging bundled: [UInt8], required: [String]) throws -> StyleMergeResult {
        try StyleMergeResult.merging(stylesXML, part: "word/styles.xml", bundled: bundled) { root, houseRoot in
            guard root.name == "styles", root.namespaceURI == TemplateNamespace.wordMain else {
                throw TemplateError.malformedPart("word/styles.xml", "the root is not w:styles")
            }
            ForeignMarkup.resolveMarkupCompatibility(root)
            var merger = DOCXStyleMerger(template: root, bundled: houseRoot)
            merger.removeNumbering()
            merger.addDocumentDefaultsIfMissing()
            for id in required { merger.copyIfMissing(id) }
            merger.markDefaultParagraphStyle()
            return (merger.added, merger.aliased)
        }
    }
}

/// Copies `w:style`s, and the styles they build on, from a bundled styles part into a template's.
struct DOCXStyleMerger {
    private static let w = TemplateNamespace.wordMain
    /// Children of `w:style` whose `w:val` names another style.
    private static let styleReferences: Set<String> = ["basedOn", "link", "next"]

    private let template: XMLNodeRef
    private let bundled: XMLNodeRef
    private let bundledStyles: [String: XMLNodeRef]
    private var templateIDs: Set<String>
    /// The `w:type`s that already have a `w:default="1"` style in the template.
    private var defaultTypes: Set<String>
    private let aliases: DOCXStyleAliases
    /// The style ids copied so far, in order.
    private(set) var added: [String] = []
    /// The style ids given an alias to a template style of the same name so far, in order.
    private(set) var aliased: [String] = []

    init(template: XMLNodeRef, bundled: XMLNodeRef) {
        self.template = template
        self.bundled = bundled
        let templateStyles = template.children("style", namespaceURI: Self.w)
        templateIDs = Set(templateStyles.compactMap(Self.styleID))
        defaultTypes = Set(templateStyles.filter(Self.isDefault).compactMap { $0.attribute("type", namespaceURI: Self.w) })
        let bundledElements = bundled.children("style", namespaceURI: Self.w)
        aliases = DOCXStyleAliases(template: template)
        bundledStyles = Dictionary(bundledElements.compactMap { style in Self.styleID(style).map { ($0, style) } }) { first, _ in first }
    }

    /// Marks `Normal` (or the first paragraph style) as the default paragraph style when the template has none:
    /// without one, python-docx and Word see no style on paragraphs that name none.
    mutating func markDefaultParagraphStyle() {
        guard !defaultTypes.contains("paragraph") else { return }
        let paragraphs = template.children("style", namespaceURI: Self.w).filter { $0.attribute("type", namespaceURI: Self.w) == "paragraph" }
        guard let style = paragraphs.first(where: { Self.styleID($0) == "Normal" }) ?? paragraphs.first else { return }
        if style.setAttribute("default", namespaceURI: Self.w, value: "1") { defaultTypes.insert("paragraph") }
    }

    /// Removes every `w:numPr` from the template's styles: their numIds point into the template's numbering.
    func removeNumbering() {
        for style in template.children("style", namespaceURI: Self.w) {
            for numbering in style.descendants("numPr", namespaceURI: Self.w) { numbering.remove() }
        }
    }

    /// Copies the bundled `w:docDefaults` when the template has none (it must come first).
    func addDocumentDefaultsIfMissing() {
        guard template.firstChild("docDefaults", namespaceURI: Self.w) == nil,
              let defaults = bundled.firstChild("docDefaults", namespaceURI: Self.w)
        else { return }
        template.prependCopy(of: defaults)
    }

    /// Copies the bundled style `id`, and what it builds on, unless the template has a style with that id,
    /// or aliases it to the template's style of the same type and name.
    mutating func copyIfMissing(_ id: String) {
        guard !templateIDs.contains(id), let original = bundledStyles[id] else { return }
        templateIDs.insert(id)
        if let parent = aliases.templateStyle(standingFor: original),
           DOCXStyleAliases.appendAlias(id, of: original, parent: parent, to: template) {
            aliased.append(id)
            return
        }
        added.append(id)
        guard let copy = template.appendCopy(of: original) else { return }
        if Self.isDefault(copy), let type = copy.attribute("type", namespaceURI: Self.w), !defaultTypes.insert(type).inserted {
            copy.removeAttribute("default", namespaceURI: Self.w)
        }
        for reference in original.childElements where reference.namespaceURI == Self.w && Self.styleReferences.contains(reference.name) {
            if let target = reference.attribute("val", namespaceURI: Self.w) { copyIfMissing(target) }
        }
    }

    private static func styleID(_ style: XMLNodeRef) -> String? {
        style.attribute("styleId", namespaceURI: w)
    }

    private static func isDefault(_ style: XMLNodeRef) -> Bool {
        ["1", "true", "on"].contains(style.attribute("default", namespaceURI: w) ?? "")
    }
}
