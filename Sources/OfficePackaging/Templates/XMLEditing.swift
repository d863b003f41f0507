internal import CLibXML2

/// DOM edits for template merging: remove, copy between documents, set attributes, serialise.
///
/// Every function here runs inside the caller's `LibXML.collectingErrors` scope and works on trees owned by
/// a live `ParsedXML`.
extension XMLNodeRef {
    /// The first child element with local name `name` in namespace `namespaceURI`.
    func firstChild(_ name: String, namespaceURI: String) -> XMLNodeRef? {
        childElements.first { $0.name == name && $0.namespaceURI == namespaceURI }
    }

    /// The child elements with local name `name` in namespace `namespaceURI`.
    func children(_ name: String, namespaceURI: String) -> [XMLNodeRef] {
        childElements.filter { $0.name == name && $0.namespaceURI == namespaceURI }
    }

    /// Every element below this one (not itself) with local name `name` in namespace `namespaceURI`.
    func descendants(_ name: String, namespaceURI: String) -> [XMLNodeRef] {
        childElements.flatMap(\.descendantsAndSelf).filter { $0.name == name && $0.namespaceURI == namespaceURI }
    }

    /// The namespace URI `prefix` is bound to at this element ("" for the default namespace).
    func namespaceURI(forPrefix prefix: String) -> String? {
        let ns = prefix.isEmpty
            ? xmlSearchNs(pointer.pointee.doc, pointer, nil)
            : prefix.withXMLChars { xmlSearchNs(pointer.pointee.doc, pointer, $0) }
        return ns?.pointee.href.map { String(cString: $0) }
    }

    /// Unlinks this node from its tree and frees it; the reference is dead afterwards.
    func remove() {
        xmlUnlinkNode(pointer)
        xmlFreeNode(pointer)
    }

    /// Sets attribute `name` in namespace `namespaceURI` (which must be declared in scope); false otherwise.
    @discardableResult
    func setAttribute(_ name: String, namespaceURI: String, value: String) -> Bool {
        let ns = namespaceURI.withXMLChars { xmlSearchNsByHref(pointer.pointee.doc, pointer, $0) }
        guard let ns else { return false }
        return name.withXMLChars { namePointer in
            value.withXMLChars { xmlSetNsProp(pointer, ns, namePointer, $0) != nil }
        }
    }

    /// Removes attribute `name` in namespace `namespaceURI` (nil: no namespace) when present.
    func removeAttribute(_ name: String, namespaceURI: String?) {
        let attribute = name.withXMLChars { namePointer in
            if let namespaceURI {
                return namespaceURI.withXMLChars { xmlHasNsProp(pointer, namePointer, $0) }
            }
            return xmlHasNsProp(pointer, namePointer, nil)
        }
        if let attribute { xmlRemoveProp(attribute) }
    }

    /// Removes every attribute for which `shouldRemove(namespaceURI)` holds (attributes without a namespace
    /// pass nil); returns the namespaces removed.
    @discardableResult
    func removeAttributes(where shouldRemove: (String?) -> Bool) -> Set<String> {
        var removed: Set<String> = []
        var next = pointer.pointee.properties
        while let attribute = next {
            next = attribute.pointee.next
            let href = attribute.pointee.ns?.pointee.href.map { String(cString: $0) }
            guard shouldRemove(href) else { continue }
            if let href { removed.insert(href) }
            xmlRemoveProp(attribute)
        }
        return removed
    }

    /// Appends a deep copy of `node` (from any document) as the last child, re-using this tree's namespace
    /// declarations where the copy's prefixes and URIs are already in scope; returns the copy.
    @discardableResult
    func appendCopy(of node: XMLNodeRef) -> XMLNodeRef? {
        guard let copy = xmlDocCopyNode(node.pointer, pointer.pointee.doc, 1) else { return nil }
        guard xmlAddChild(pointer, copy) != nil else {
            xmlFreeNode(copy)
            return nil
        }
        let result = XMLNodeRef(pointer: copy)
        result.dropNamespaceDeclarationsInScopeAbove()
        return result
    }

    /// Sets attribute `name` that has no namespace (as in OPC `.rels` parts).
    func setUnqualifiedAttribute(_ name: String, value: String) {
        _ = name.withXMLChars { namePointer in value.withXMLChars { xmlSetProp(pointer, namePointer, $0) } }
    }

    /// Inserts a new empty element `name` in namespace `namespaceURI` (which must be declared in scope) right
    /// after child `sibling`, or as the first child when `sibling` is nil.
    func insertElement(_ name: String, namespaceURI: String, after sibling: XMLNodeRef?) -> XMLNodeRef? {
        let ns = namespaceURI.withXMLChars { xmlSearchNsByHref(pointer.pointee.doc, pointer, $0) }
        guard let ns, let element = name.withXMLChars({ xmlNewDocNode(pointer.pointee.doc, ns, $0, nil) }) else {
            return nil
        }
        let placed: xmlNodePtr?
        if let sibling {
            placed = xmlAddNextSibling(sibling.pointer, element)
        } else {
            placed = pointer.pointee.children.map { xmlAddPrevSibling($0, element) } ?? xmlAddChild(pointer, element)
        }
        guard let placed else {
            xmlFreeNode(element)
            return nil
        }
        return XMLNodeRef(pointer: placed)
    }

    /// Appends a new element `name` in namespace `namespaceURI` (which must be declared in scope) with the
    /// attributes `attributes` (local name, value; same namespace), in that order, as the last child.
    @discardableResult
    func appendElement(_ name: String, namespaceURI: String, attributes: KeyValuePairs<String, String>) -> XMLNodeRef? {
        let ns = namespaceURI.withXMLChars { xmlSearchNsByHref(pointer.pointee.doc, pointer, $0) }
        guard let ns, let element = name.withXMLChars({ xmlNewDocNode(pointer.pointee.doc, ns, $0, nil) }) else {
            return nil
        }
        guard xmlAddChild(pointer, element) != nil else {
            xmlFreeNode(element)
            return nil
        }
        let result = XMLNodeRef(pointer: element)
        for (attribute, value) in attributes { result.setAttribute(attribute, namespaceURI: namespaceURI, value: value) }
        return result
    }

    /// Inserts a deep copy of `node` (from any document) as this element's first child.
    @discardableResult
    func prependCopy(of node: XMLNodeRef) -> XMLNodeRef? {
        guard let copy = appendCopy(of: node) else { return nil }
        if let first = pointer.pointee.children, first != copy.pointer {
            xmlUnlinkNode(copy.pointer)
            xmlAddPrevSibling(first, copy.pointer)
        }
        return copy
    }

    /// Moves this node's children in front of it, then removes it (unwraps the element).
    func replaceWithChildren() {
        var next = pointer.pointee.children
        while let child = next {
            next = child.pointee.next
            xmlUnlinkNode(child)
            xmlAddPrevSibling(pointer, child)
        }
        remove()
    }

    /// Removes the namespace declarations on this element whose URI is in `uris` (their uses must be gone).
    func removeNamespaceDeclarations(for uris: Set<String>) {
        var previous: xmlNsPtr?
        var next = pointer.pointee.nsDef
        while let ns = next {
            next = ns.pointee.next
            let href = ns.pointee.href.map { String(cString: $0) } ?? ""
            guard uris.contains(href) else {
                previous = ns
                continue
            }
            if let previous { previous.pointee.next = next } else { pointer.pointee.nsDef = next }
            ns.pointee.next = nil
            xmlFreeNs(ns)
        }
    }

    /// Drops this element's own declarations that an ancestor already makes (same URI), pointing the subtree
    /// at the ancestor's declaration instead.
    private func dropNamespaceDeclarationsInScopeAbove() {
        guard let parent = pointer.pointee.parent else { return }
        var kept: xmlNsPtr?
        var keptTail: xmlNsPtr?
        var next = pointer.pointee.nsDef
        while let ns = next {
            next = ns.pointee.next
            ns.pointee.next = nil
            if let href = ns.pointee.href, let outer = xmlSearchNsByHref(pointer.pointee.doc, parent, href) {
                redirect(from: ns, to: outer)
                xmlFreeNs(ns)
            } else {
                if let keptTail { keptTail.pointee.next = ns } else { kept = ns }
                keptTail = ns
            }
        }
        pointer.pointee.nsDef = kept
    }

    /// Points every element and attribute in this subtree that uses `old` at `new`.
    private func redirect(from old: xmlNsPtr, to new: xmlNsPtr) {
        for element in descendantsAndSelf {
            if element.pointer.pointee.ns == old { element.pointer.pointee.ns = new }
            var attribute = element.pointer.pointee.properties
            while let current = attribute {
                if current.pointee.ns == old { current.pointee.ns = new }
                attribute = current.pointee.next
            }
        }
    }
}

extension ParsedXML {
    /// Parses `bytes` inside the caller's error scope; throws `TemplateError.malformedPart` when not well-formed.
    static func parseTemplatePart(_ bytes: [UInt8], part: String, _ collector: LibXMLErrorCollector) throws -> ParsedXML {
        let before = collector.errors.count
        guard let parsed = ParsedXML(bytes), collector.errors.count == before, parsed.root != nil else {
            let first = collector.errors.dropFirst(before).first
            throw TemplateError.malformedPart(part, first.map { "line \($0.line): \($0.message)" } ?? "no root element")
        }
        return parsed
    }

    /// The whole document as UTF-8 with an XML declaration, exactly as the tree holds it (no re-indenting).
    func serialized() -> [UInt8] {
        Self.save(document: document, options: 0)
    }

    /// `node` alone as UTF-8 without an XML declaration, declaring the namespaces it uses on itself.
    static func serialized(standalone node: XMLNodeRef) -> [UInt8] {
        guard let document = xmlNewDoc(nil) else { return [] }
        defer { xmlFreeDoc(document) }
        guard let copy = xmlDocCopyNode(node.pointer, document, 1) else { return [] }
        xmlDocSetRootElement(document, copy)
        return save(document: document, options: Int32(XML_SAVE_NO_DECL.rawValue))
    }

    private static func save(document: xmlDocPtr, options: Int32) -> [UInt8] {
        guard let buffer = xmlBufferCreate() else { return [] }
        defer { xmlBufferFree(buffer) }
        guard let context = xmlSaveToBuffer(buffer, "UTF-8", options) else { return [] }
        _ = xmlSaveDoc(context, document)
        _ = xmlSaveClose(context)
        guard let content = xmlBufferContent(buffer) else { return [] }
        var bytes = Array(UnsafeBufferPointer(start: content, count: Int(xmlBufferLength(buffer))))
        while bytes.last == UInt8(ascii: "\n") { bytes.removeLast() }
        return bytes
    }
}
