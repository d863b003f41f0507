import OfficePackaging

/// A small XML tree for ODT parts: built first so the body can be adjusted (keep-with-next) before it is
/// serialised, and then written through `XMLWriter`, which does all escaping.
indirect enum ODTNode {
    case element(String, attributes: [(String, String)], children: [ODTNode])
    case text(String)

    /// An element with attributes in the given order and children.
    static func el(_ name: String, _ attributes: [(String, String)] = [], _ children: [ODTNode] = []) -> ODTNode {
        .element(name, attributes: attributes, children: children)
    }

    /// Writes the node and its descendants.
    func write(to writer: XMLWriter) throws {
        switch self {
        case .text(let s):
            try writer.text(s)
        case .element(let name, let attributes, let children):
            try writer.startElement(name)
            for (key, value) in attributes { try writer.attribute(key, value) }
            for child in children { try child.write(to: writer) }
            try writer.endElement()
        }
    }

    /// The value of attribute `key` on an element.
    func attribute(_ key: String) -> String? {
        guard case .element(_, let attributes, _) = self else { return nil }
        return attributes.first { $0.0 == key }?.1
    }
}

/// Serialises ODT XML parts.
enum ODTXML {
    /// A complete XML document (declaration + root) as UTF-8 bytes.
    static func document(_ root: ODTNode) throws -> [UInt8] {
        let writer = try XMLWriter()
        try writer.startDocument()
        try root.write(to: writer)
        return try writer.finish()
    }

    /// A fragment (no XML declaration) as a string, for splicing into a template.
    static func fragment(_ node: ODTNode) throws -> String {
        let writer = try XMLWriter()
        try node.write(to: writer)
        let bytes = try writer.finish()
        var text = String(decoding: bytes, as: UTF8.self)
        while text.last == "\n" { text.removeLast() }
        return text
    }

    /// `xmlns:<prefix>` attributes for the namespaces a part uses.
    static func namespaces(_ prefixes: [String]) -> [(String, String)] {
        prefixes.compactMap { prefix in uris[prefix].map { ("xmlns:\(prefix)", $0) } }
    }

    private static let uris: [String: String] = [
        "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
        "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
        "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
        "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
        "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
        "xlink": "http://www.w3.org/1999/xlink",
        "dc": "http://purl.org/dc/elements/1.1/",
        "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
        "manifest": "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0",
        "form": "urn:oasis:names:tc:opendocument:xmlns:form:1.0",
        "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
        "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
        "ooo": "http://openoffice.org/2004/office",
    ]

    /// The ODF version every root carries.
    static let version = ("office:version", "1.3")
}
