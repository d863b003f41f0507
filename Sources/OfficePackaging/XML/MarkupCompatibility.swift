internal import CLibXML2

/// ECMA-376 Part 3 (Markup Compatibility) as a consumer that understands only the base vocabularies: what Word
/// and LibreOffice mark ignorable (`mc:Ignorable="w14 wp14"`) is dropped, `mc:AlternateContent` becomes its
/// `mc:Fallback`, and the `mc:` attributes go, so the schemas judge the document a consumer actually reads.
enum MarkupCompatibility {
    static let namespace = "http://schemas.openxmlformats.org/markup-compatibility/2006"

    /// Applies markup compatibility to `document` in place.
    static func process(_ document: xmlDocPtr) {
        guard let root = xmlDocGetRootElement(document) else { return }
        process(root, ignorable: [], depth: 0)
    }

    private static func process(_ element: xmlNodePtr, ignorable inherited: Set<String>, depth: Int) {
        guard depth < 512 else { return }
        var ignorable = inherited
        // The prefixes mc:Ignorable names, resolved where they are declared.
        if let value = attributeValue(element, "Ignorable") {
            for prefix in value.split(separator: " ") {
                if let ns = xmlSearchNs(element.pointee.doc, element, String(prefix)), let href = ns.pointee.href {
                    ignorable.insert(String(cString: href))
                }
            }
        }
        removeAttributes(of: element) { uri in uri == namespace || ignorable.contains(uri) }
        var child = element.pointee.children
        while let node = child {
            child = node.pointee.next
            guard node.pointee.type == XML_ELEMENT_NODE else { continue }
            let uri = node.pointee.ns?.pointee.href.map { String(cString: $0) }
            if uri == namespace, name(of: node) == "AlternateContent" {
                // Nothing beyond the base vocabularies is understood, so every mc:Choice is passed over.
                let fallback = childElements(of: node).first { $0.pointee.ns?.pointee.href.map { String(cString: $0) } == namespace && name(of: $0) == "Fallback" }
                var inserted: [xmlNodePtr] = []
                if let fallback {
                    var content = fallback.pointee.children
                    while let moved = content {
                        content = moved.pointee.next
                        xmlUnlinkNode(moved)
                        if let added = xmlAddPrevSibling(node, moved) { inserted.append(added) }
                    }
                }
                xmlUnlinkNode(node)
                xmlFreeNode(node)
                for added in inserted where added.pointee.type == XML_ELEMENT_NODE {
                    process(added, ignorable: ignorable, depth: depth + 1)
                }
            } else if let uri, ignorable.contains(uri) {
                xmlUnlinkNode(node)
                xmlFreeNode(node)
            } else {
                process(node, ignorable: ignorable, depth: depth + 1)
            }
        }
    }

    private static func name(of node: xmlNodePtr) -> String {
        node.pointee.name.map { String(cString: $0) } ?? ""
    }

    private static func childElements(of node: xmlNodePtr) -> [xmlNodePtr] {
        var result: [xmlNodePtr] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { result.append(current) }
            child = current.pointee.next
        }
        return result
    }

    /// The value of the `mc:` attribute `local` on `element`.
    private static func attributeValue(_ element: xmlNodePtr, _ local: String) -> String? {
        var attribute = element.pointee.properties
        while let current = attribute {
            attribute = current.pointee.next
            guard current.pointee.name.map({ String(cString: $0) }) == local,
                  current.pointee.ns?.pointee.href.map({ String(cString: $0) }) == namespace else { continue }
            var value = ""
            var text = current.pointee.children
            while let node = text {
                value += node.pointee.content.map { String(cString: $0) } ?? ""
                text = node.pointee.next
            }
            return value
        }
        return nil
    }

    /// Removes the attributes whose namespace URI `matches`.
    private static func removeAttributes(of element: xmlNodePtr, where matches: (String) -> Bool) {
        var attribute = element.pointee.properties
        while let current = attribute {
            attribute = current.pointee.next
            if let href = current.pointee.ns?.pointee.href, matches(String(cString: href)) {
                xmlRemoveProp(current)
            }
        }
    }
}
