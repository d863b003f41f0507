internal import CLibXML2

/// LibreOffice writes `w:pStyle` right after `w:start` in a numbering level (`w:lvl`), before `w:numFmt`, where
/// ISO/IEC 29500 puts it after `w:lvlRestart`; Word reads the children in any order. Validation puts them in the
/// schema's order first, so this one known deviation of a real client is not reported as an error.
enum WordLevelOrder {
    private static let order = ["start", "numFmt", "lvlRestart", "pStyle", "isLgl", "suff", "lvlText",
                                "lvlPicBulletId", "legacy", "lvlJc", "pPr", "rPr"]
    private static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    /// Sorts the children of every `w:lvl` in `document` into the schema's order (unknown children last, in order).
    static func normalize(_ document: xmlDocPtr) {
        guard let root = xmlDocGetRootElement(document) else { return }
        visit(root, depth: 0)
    }

    private static func visit(_ element: xmlNodePtr, depth: Int) {
        guard depth < 64 else { return }
        var child = element.pointee.children
        var elements: [xmlNodePtr] = []
        while let node = child {
            child = node.pointee.next
            if node.pointee.type == XML_ELEMENT_NODE { elements.append(node) }
        }
        if isWord(element, "lvl") {
            let sorted = elements.enumerated().sorted { a, b in
                let (ra, rb) = (rank(a.element), rank(b.element))
                return ra != rb ? ra < rb : a.offset < b.offset
            }.map(\.element)
            guard sorted != elements else { return }
            for node in sorted {
                xmlUnlinkNode(node)
                xmlAddChild(element, node)
            }
            return
        }
        for node in elements { visit(node, depth: depth + 1) }
    }

    private static func rank(_ node: xmlNodePtr) -> Int {
        let name = node.pointee.name.map { String(cString: $0) } ?? ""
        return isWord(node, name) ? order.firstIndex(of: name) ?? order.count : order.count
    }

    private static func isWord(_ node: xmlNodePtr, _ name: String) -> Bool {
        node.pointee.name.map { String(cString: $0) } == name && node.pointee.ns?.pointee.href.map { String(cString: $0) } == wordNamespace
    }
}
