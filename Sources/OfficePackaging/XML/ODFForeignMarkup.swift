internal import CLibXML2

/// ODF 1.3 Part 3 §3.17 (extended conformance): elements and attributes in namespaces ODF does not define
/// (LibreOffice's `loext:`, `officeooo:` …) are foreign; a consumer ignores them, so the schema judges the
/// document without them, as the ODF Validator does.
enum ODFForeignMarkup {
    /// The namespaces of the ODF 1.3 schema, plus XML's own (`xml:id`, `xml:lang`) and XML Events (`dom:`).
    static func isODF(_ uri: String) -> Bool {
        uri.hasPrefix("urn:oasis:names:tc:opendocument:xmlns:") || others.contains(uri)
    }

    private static let others: Set<String> = [
        "http://purl.org/dc/elements/1.1/", "http://www.w3.org/2003/g/data-view#", "http://www.w3.org/1998/Math/MathML",
        "http://www.w3.org/2002/xforms", "http://www.w3.org/1999/xhtml", "http://www.w3.org/1999/xlink",
        "http://www.w3.org/XML/1998/namespace", "http://www.w3.org/2001/xml-events",
        "http://www.w3.org/2001/XMLSchema", "http://www.w3.org/2001/XMLSchema-instance",
    ]

    /// Removes every foreign element (with its content) and foreign attribute from `document`.
    static func strip(_ document: xmlDocPtr) {
        guard let root = xmlDocGetRootElement(document) else { return }
        strip(root, depth: 0)
    }

    private static func strip(_ element: xmlNodePtr, depth: Int) {
        guard depth < 512 else { return }
        var attribute = element.pointee.properties
        while let current = attribute {
            attribute = current.pointee.next
            if let href = current.pointee.ns?.pointee.href, !isODF(String(cString: href)) { xmlRemoveProp(current) }
        }
        var child = element.pointee.children
        while let node = child {
            child = node.pointee.next
            guard node.pointee.type == XML_ELEMENT_NODE else { continue }
            if let href = node.pointee.ns?.pointee.href, !isODF(String(cString: href)) {
                xmlUnlinkNode(node)
                xmlFreeNode(node)
            } else {
                strip(node, depth: depth + 1)
            }
        }
    }
}
