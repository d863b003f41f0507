extension ODTTemplate {
    /// The template's styles.xml, cleaned to strict ODF 1.3, plus every style in `required` (by `style:name`)
    /// that the template lacks, copied from `bundled` (Protokoll's styles.xml) with the styles and font faces
    /// they depend on. A required style the template defines under another `style:name` but the same family and
    /// display name (one the user made as "Närvarotabell") is not copied: it gets an alias under Protokoll's
    /// name whose parent is the template's style (`aliased` in the result). With `keepingFooter`, a template
    /// master page without a footer gets the bundled one (Protokoll's "Sida N (M)"), so a letterhead template
    /// does not cost the page numbers.
    public func styles(merging bundled: [UInt8], required: [String], keepingFooter: Bool = false) throws -> StyleMergeResult {
        try StyleMergeResult.merging(stylesXML, part: "styles.xml", bundled: bundled) { root, houseRoot in
            ForeignMarkup.stripNonODF(root)
            root.setAttribute("version", namespaceURI: TemplateNamespace.office, value: "1.3")
            var merger = try ODTStyleMerger(template: root, bundled: houseRoot)
            for name in required { merger.copyIfMissing(name) }
            if keepingFooter { merger.addFooterIfMissing() }
            return (merger.added, merger.aliased)
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
    private let bundledRoot: XMLNodeRef
    private let bundledStyles: [String: [XMLNodeRef]]
    private let bundledFonts: [String: XMLNodeRef]
    private let masterPages: Set<String>
    private var templateNames: Set<String>
    private var templateFonts: Set<String>
    private let aliases: ODTStyleAliases
    /// The style names copied so far, in order.
    private(set) var added: [String] = []
    /// The style names given an alias to a template style of the same display name so far, in order.
    private(set) var aliased: [String] = []

    init(template root: XMLNodeRef, bundled: XMLNodeRef) throws {
        let office = TemplateNamespace.office
        let fontDecls = root.firstChild("font-face-decls", namespaceURI: office)
        guard let styles = root.firstChild("styles", namespaceURI: office)
            ?? root.insertElement("styles", namespaceURI: office, after: fontDecls)
        else { throw TemplateError.malformedPart("styles.xml", "cannot add office:styles") }
        templateRoot = root
        bundledRoot = bundled
        templateStyles = styles
        templateNames = Set(styles.childElements.compactMap(Self.styleName))
        aliases = ODTStyleAliases(templateStyles: styles)
        templateFonts = Set((fontDecls?.childElements ?? []).compactMap(Self.styleName))
        masterPages = Set((root.firstChild("master-styles", namespaceURI: office)?.childElements ?? []).compactMap(Self.styleName))
        let bundledStyleElements = bundled.firstChild("styles", namespaceURI: office)?.childElements ?? []
        bundledStyles = Dictionary(grouping: bundledStyleElements.filter { Self.styleName($0) != nil }) { Self.styleName($0) ?? "" }
        let bundledFontElements = bundled.firstChild("font-face-decls", namespaceURI: office)?.childElements ?? []
        bundledFonts = Dictionary(bundledFontElements.compactMap { font in Self.styleName(font).map { ($0, font) } }) { first, _ in first }
    }

    /// Copies every bundled style called `name` unless the template already has a style of that name, or
    /// aliases it to the template's style of the same family and display name.
    mutating func copyIfMissing(_ name: String) {
        guard !templateNames.contains(name), let originals = bundledStyles[name] else { return }
        templateNames.insert(name)
        if let parent = aliases.templateStyle(standingFor: originals), let original = originals.first,
           ODTStyleAliases.appendAlias(name, of: original, parent: parent, to: templateStyles) {
            aliased.append(name)
            return
        }
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

    /// Gives the template's first master page the bundled master page's footer when it has none, with the
    /// footer spacing of the bundled page layout and the styles the footer's paragraphs use.
    mutating func addFooterIfMissing() {
        let office = TemplateNamespace.office, style = TemplateNamespace.style
        guard let master = templateRoot.firstChild("master-styles", namespaceURI: office)?.firstChild("master-page", namespaceURI: style),
              master.firstChild("footer", namespaceURI: style) == nil,
              let bundledMaster = bundledRoot.firstChild("master-styles", namespaceURI: office)?.firstChild("master-page", namespaceURI: style),
              let footer = bundledMaster.firstChild("footer", namespaceURI: style),
              let copied = master.appendCopy(of: footer) else { return }
        for element in copied.descendantsAndSelf {
            for attribute in element.attributes where attribute.namespaceURI == TemplateNamespace.text
                && attribute.name.hasSuffix("style-name") {
                copyIfMissing(attribute.value)
            }
        }
        // The page layout decides the footer's height and distance: take the bundled footer-style if it has none.
        let layoutName = master.attribute("page-layout-name", namespaceURI: style)
        let layouts = templateRoot.firstChild("automatic-styles", namespaceURI: office)?.children("page-layout", namespaceURI: style) ?? []
        let bundledLayoutName = bundledMaster.attribute("page-layout-name", namespaceURI: style)
        let bundledLayouts = bundledRoot.firstChild("automatic-styles", namespaceURI: office)?.children("page-layout", namespaceURI: style) ?? []
        guard let layout = layouts.first(where: { Self.styleName($0) == layoutName }),
              let bundledLayout = bundledLayouts.first(where: { Self.styleName($0) == bundledLayoutName }),
              let footerStyle = bundledLayout.firstChild("footer-style", namespaceURI: style) else { return }
        if let existing = layout.firstChild("footer-style", namespaceURI: style) {
            // LibreOffice writes an empty <style:footer-style/> for "no footer"; only that one is replaced.
            guard existing.childElements.isEmpty else { return }
            existing.remove()
        }
        layout.appendCopy(of: footerStyle)
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
