internal import CLibXML2

/// A libxml2 document tree parsed from memory (no network), freed with the object.
final class ParsedXML {
    let document: xmlDocPtr

    /// Parses `bytes`; nil when they are not well-formed (the errors go to the active collector).
    init?(_ bytes: [UInt8]) {
        guard bytes.count < Int(Int32.max) else { return nil }
        let parsed = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                UnsafeRawPointer(base).withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    xmlReadMemory($0, Int32(buffer.count), "part.xml", nil, LibXML.parseOptions)
                }
            }
        }
        guard let parsed else { return nil }
        document = parsed
    }

    deinit {
        xmlFreeDoc(document)
    }

    /// The top-level nodes: comments, PIs and the root element.
    var topLevelNodes: [XMLNodeRef] { XMLNodeRef.siblings(from: document.pointee.children) }

    /// The root element.
    var root: XMLNodeRef? {
        xmlDocGetRootElement(document).map(XMLNodeRef.init)
    }
}

/// A read-only view of one libxml2 node; valid while its `ParsedXML` lives.
struct XMLNodeRef {
    let pointer: xmlNodePtr

    var type: xmlElementType { pointer.pointee.type }
    var isElement: Bool { type == XML_ELEMENT_NODE }

    /// The local name.
    var name: String { pointer.pointee.name.map { String(cString: $0) } ?? "" }

    /// The namespace URI, or nil when the node has none.
    var namespaceURI: String? { pointer.pointee.ns?.pointee.href.map { String(cString: $0) } }

    /// `prefix:name`, or `name` without a prefix.
    var qualifiedName: String { Self.qualified(name, prefix: pointer.pointee.ns?.pointee.prefix) }

    /// The line the node starts on.
    var line: Int { Int(xmlGetLineNo(pointer)) }

    /// Raw text of a text, CDATA, comment or PI node.
    var content: String { pointer.pointee.content.map { String(cString: $0) } ?? "" }

    /// All child nodes in document order.
    var children: [XMLNodeRef] { Self.siblings(from: pointer.pointee.children) }

    /// `first` and every node after it on the same level.
    static func siblings(from first: xmlNodePtr?) -> [XMLNodeRef] {
        var result: [XMLNodeRef] = []
        var next = first
        while let node = next {
            result.append(XMLNodeRef(pointer: node))
            next = node.pointee.next
        }
        return result
    }

    /// Child elements in document order.
    var childElements: [XMLNodeRef] { children.filter(\.isElement) }

    /// This element and every element below it, in document order.
    var descendantsAndSelf: [XMLNodeRef] {
        [self] + childElements.flatMap(\.descendantsAndSelf)
    }

    /// Attributes as (qualified name, namespace URI, value), in document order.
    var attributes: [(name: String, namespaceURI: String?, value: String)] {
        var result: [(String, String?, String)] = []
        var next = pointer.pointee.properties
        while let attribute = next {
            let name = attribute.pointee.name.map { String(cString: $0) } ?? ""
            let ns = attribute.pointee.ns?.pointee
            var value = ""
            var child = attribute.pointee.children
            while let node = child {
                value += node.pointee.content.map { String(cString: $0) } ?? ""
                child = node.pointee.next
            }
            result.append((Self.qualified(name, prefix: ns?.prefix), ns?.href.map { String(cString: $0) }, value))
            next = attribute.pointee.next
        }
        return result
    }

    /// Namespace declarations on this element as (prefix or "", URI).
    var namespaceDeclarations: [(prefix: String, uri: String)] {
        var result: [(String, String)] = []
        var next = pointer.pointee.nsDef
        while let ns = next {
            result.append((ns.pointee.prefix.map { String(cString: $0) } ?? "", ns.pointee.href.map { String(cString: $0) } ?? ""))
            next = ns.pointee.next
        }
        return result
    }

    /// The value of the attribute with local name `name` in namespace `namespaceURI` (nil: no namespace).
    func attribute(_ name: String, namespaceURI: String? = nil) -> String? {
        attributes.first { attribute in
            attribute.namespaceURI == namespaceURI && attribute.name.split(separator: ":").last.map(String.init) == name
        }?.value
    }

    private static func qualified(_ name: String, prefix: UnsafePointer<xmlChar>?) -> String {
        prefix.map { String(cString: $0) + ":" + name } ?? name
    }
}

extension ParsedXML {
    /// Calls `body` with the root element of `bytes`, silencing libxml2; nil when `bytes` is not well-formed.
    static func withRoot<T>(of bytes: [UInt8], _ body: (XMLNodeRef) -> T) -> T? {
        LibXML.collectingErrors { collector in
            guard let parsed = ParsedXML(bytes), collector.errors.isEmpty, let root = parsed.root else { return nil }
            return withExtendedLifetime(parsed) { body(root) }
        }
    }
}
