/// Removes markup that the strict schemas reject but that office suites write into templates.
enum ForeignMarkup {
    /// Drops every element and attribute outside the ODF namespaces (LibreOffice's "ODF 1.3 extended"
    /// markup) below and on `root`, then their now unused declarations on `root`.
    static func stripNonODF(_ root: XMLNodeRef) {
        let isForeign: (String?) -> Bool = { uri in uri.map { !TemplateNamespace.odf.contains($0) } ?? false }
        var stripped: Set<String> = []
        strip(root, removingElements: isForeign, removingAttributes: isForeign, into: &stripped)
        root.removeNamespaceDeclarations(for: stripped)
    }

    /// Applies Markup Compatibility as a consumer that understands no extension: `mc:AlternateContent`
    /// becomes its `mc:Fallback` content, and the `mc:` markup and every namespace named in `mc:Ignorable`
    /// are removed, so the part validates against the transitional schemas.
    static func resolveMarkupCompatibility(_ root: XMLNodeRef) {
        let mc = TemplateNamespace.markupCompatibility
        var ignorable: Set<String> = [mc]
        for element in root.descendantsAndSelf {
            for prefix in (element.attribute("Ignorable", namespaceURI: mc) ?? "").split(separator: " ") {
                if let uri = element.namespaceURI(forPrefix: String(prefix)) { ignorable.insert(uri) }
            }
        }
        let isAlternate: (XMLNodeRef) -> Bool = { $0.name == "AlternateContent" && $0.namespaceURI == mc }
        // One at a time from the top: unwrapping a Fallback can bring nested AlternateContent up.
        while let alternate = root.descendantsAndSelf.first(where: isAlternate) {
            if let fallback = alternate.firstChild("Fallback", namespaceURI: mc) {
                for choice in alternate.childElements where choice.pointer != fallback.pointer { choice.remove() }
                fallback.replaceWithChildren()
                alternate.replaceWithChildren()
            } else {
                alternate.remove()
            }
        }
        var stripped: Set<String> = []
        let isIgnorable: (String?) -> Bool = { uri in uri.map(ignorable.contains) ?? false }
        strip(root, removingElements: isIgnorable, removingAttributes: isIgnorable, into: &stripped)
        root.removeNamespaceDeclarations(for: stripped.union(ignorable))
    }

    private static func strip(
        _ element: XMLNodeRef, removingElements: (String?) -> Bool, removingAttributes: (String?) -> Bool,
        into stripped: inout Set<String>
    ) {
        stripped.formUnion(element.removeAttributes(where: removingAttributes))
        for child in element.childElements {
            if removingElements(child.namespaceURI) {
                if let uri = child.namespaceURI { stripped.insert(uri) }
                child.remove()
            } else {
                strip(child, removingElements: removingElements, removingAttributes: removingAttributes, into: &stripped)
            }
        }
    }
}
