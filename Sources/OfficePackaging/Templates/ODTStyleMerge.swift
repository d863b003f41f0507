extension ODTTemplate {
    /// The template's styles.xml, cleaned to strict ODF 1.3, plus every style in `required` (by `style:name`)
    /// that the template lacks, copied from `bundled` (Protokoll's styles.xml) with the styles and font faces
    /// they depend on.
    public func styles(merging bundled: [UInt8], required: [String]) throws -> StyleMergeResult {
        try StyleMergeResult.merging(stylesXML, part: "styles.xml", bundled: bundled) { root, houseRoot in
            ForeignMarkup.stripNonODF(root)
            root.setAttribute("version", namespaceURI: TemplateNamespace.office, value: "1.3")
            var merger = try ODTStyleMerger(template: root, bundled: houseRoot)
            for name in required { merger.copyIfMissing(name) }
            return merger.added
        }
    }
}

/// Copies named styles, and what they depend on, from a bundled styles.xml into a template's.
struct ODTStyleMerger {
    /// Attributes (local names, `style:` or `text:` namespace) that name another common style.
    private static let styleReferences: Set<String> = [
        "parent-style-name", "next-style-name", "list-style-name", "style-name", "data-style-name",
    ]
    /// Attributes (local names, `style:` namespace) that name a font face.
    private static let fontReferences: Set<String> = ["font-name", "font-name-asian", "font-name-complex"]

    private let templateStyles: XMLNodeRef
    private let templateRoot: XMLNodeRef
    private let bundledStyles: [String: [XMLNodeRef]]
    private let bundledFonts: [String: XMLNodeRef]
    private let masterPages: Set<String>
    private var templateNames: Set<String>
    private var templateFonts: Set<String>
    /// The style names copied so far, in order.
    private(set) var added: [String] = []

    init(template root: XMLNodeRef, bundled: XMLNodeRef) throws {
        let office = TemplateNamespace.office
        let fontDecls = root.firstChild("font-face-decls", namespaceURI: office)
        guard let styles = root.firstChild("styles", namespaceURI: office)
            ?? root.insertElement("styles", namespaceURI: office, after: fontDecls)
        else { throw TemplateError.malformedPart("styles.xml", "cannot add office:styles") }
        templateRoot = root
        templateStyles = styles
        templateNames = Set(styles.childElements.compactMap(Self.styleName))
        templateFonts = Set((fontDecls?.childElements ?? []).compactMap(Self.styleName))
        masterPages = Set((root.firstChild("master-styles", namespaceURI: office)?.childElements ?? []).compactMap(Self.styleName))
        let bundledStyleElements = bundled.firstChild("styles", namespaceURI: office)?.childElements ?? []
        bundledStyles = Dictionary(grouping: bundledStyleElements.filter { Self.styleName($0) != nil }) { Self.styleName($0) ?? "" }
        let bundledFontElements = bundled.firstChild("font-face-decls", namespaceURI: office)?.childElements ?? []
        bundledFonts = Dictionary(bundledFontElements.compactMap { font in Self.styleName(font).map { ($0, font) } }) { first, _ in first }
    }

    /// Copies every bundled style called `name` unless the template already has a style of that name.
    mutating func copyIfMissing(_ name: String) {
        guard !templateNames.contains(name), let originals = bundledStyles[name] else { return }
        templateNames.insert(name)
        added.append(name)
        for original in originals {
            guard let copy = templateStyles.appendCopy(of: original) else { continue }
            if let master = copy.attribute("master-page-name", namespaceURI: TemplateNamespace.style), !masterPages.contains(master) {
                copy.removeAttribute("master-page-name", namespaceURI: TemplateNamespace.style)
            }
            for element in original.descendantsAndSelf {
                for attribute in element.attributes {
                    let local = String(attribute.name.split(separator: ":").last ?? "")
                    if Self.styleReferences.contains(local),
                       attribute.namespaceURI == TemplateNamespace.style || attribute.namespaceURI == TemplateNamespace.text {
                        copyIfMissing(attribute.value)
                    } else if Self.fontReferences.contains(local), attribute.namespaceURI == TemplateNamespace.style {
                        copyFontIfMissing(attribute.value)
                    }
                }
            }
        }
    }

    /// Copies the bundled `style:font-face` called `name` unless the template declares it.
    private mutating func copyFontIfMissing(_ name: String) {
        guard !templateFonts.contains(name), let font = bundledFonts[name] else { return }
        templateFonts.insert(name)
        let office = TemplateNamespace.office
        let decls = templateRoot.firstChild("font-face-decls", namespaceURI: office)
            ?? templateRoot.insertElement("font-face-decls", namespaceURI: office, after: nil)
        decls?.appendCopy(of: font)
    }

    private static func styleName(_ element: XMLNodeRef) -> String? {
        element.attribute("name", namespaceURI: TemplateNamespace.style)
    }
}
