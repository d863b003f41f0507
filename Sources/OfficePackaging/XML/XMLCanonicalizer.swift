internal import CLibXML2

/// A stable, line-per-node rendering of XML for golden tests, and a well-formedness check.
///
/// Format: one element, text, comment or PI per line, indented one space per depth. An element line is
/// `<qname xmlns…="…" attr="…">` (or `…/>` when empty) with namespace declarations first (sorted by
/// prefix), then attributes sorted by qualified name. Text lines are quoted: `"…"`, with `&`, `<`, `>`,
/// `"`, tab, LF and CR written as character references, so every node stays on one line.
public enum XMLCanonicalizer {
    /// The canonical text of `xml`; throws `XMLError.notWellFormed` when it does not parse.
    public static func canonicalize(_ xml: [UInt8]) throws -> String {
        try LibXML.collectingErrors { collector in
            guard let parsed = ParsedXML(xml), collector.errors.isEmpty else {
                throw XMLError.notWellFormed(describe(collector.errors.first))
            }
            var output: [UInt8] = []
            for node in parsed.topLevelNodes {
                render(node, depth: 0, into: &output)
            }
            return String(decoding: output, as: UTF8.self)
        }
    }

    /// Nil when `xml` is well-formed (namespace-aware); otherwise `line N: message` for the first error.
    public static func wellFormedError(_ xml: [UInt8]) -> String? {
        LibXML.collectingErrors { collector in
            let parsed = ParsedXML(xml)
            return parsed != nil && collector.errors.isEmpty ? nil : describe(collector.errors.first)
        }
    }

    private static func describe(_ entry: LibXMLErrorCollector.Entry?) -> String {
        guard let entry else { return "line 0: not well-formed" }
        return "line \(entry.line): \(entry.message)"
    }

    private static func render(_ node: XMLNodeRef, depth: Int, into output: inout [UInt8]) {
        let indent = repeatElement(UInt8(ascii: " "), count: depth)
        switch node.type {
        case XML_ELEMENT_NODE:
            output.append(contentsOf: indent)
            output.append(contentsOf: "<\(node.qualifiedName)".utf8)
            let declarations = node.namespaceDeclarations.sorted { $0.prefix < $1.prefix }
            for (prefix, uri) in declarations {
                appendAttribute(prefix.isEmpty ? "xmlns" : "xmlns:\(prefix)", uri, to: &output)
            }
            for attribute in node.attributes.sorted(by: { $0.name < $1.name }) {
                appendAttribute(attribute.name, attribute.value, to: &output)
            }
            let children = node.children
            output.append(contentsOf: (children.isEmpty ? "/>\n" : ">\n").utf8)
            for child in children {
                render(child, depth: depth + 1, into: &output)
            }
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            output.append(contentsOf: indent)
            output.append(UInt8(ascii: "\""))
            appendEscaped(node.content, to: &output)
            output.append(contentsOf: "\"\n".utf8)
        case XML_COMMENT_NODE:
            output.append(contentsOf: indent)
            output.append(contentsOf: "<!--\(node.content)-->\n".utf8)
        case XML_PI_NODE:
            output.append(contentsOf: indent)
            output.append(contentsOf: "<?\(node.name) \(node.content)?>\n".utf8)
        case XML_ENTITY_REF_NODE:
            output.append(contentsOf: indent)
            output.append(contentsOf: "&\(node.name);\n".utf8)
        default:
            break
        }
    }

    private static func appendAttribute(_ name: String, _ value: String, to output: inout [UInt8]) {
        output.append(contentsOf: " \(name)=\"".utf8)
        appendEscaped(value, to: &output)
        output.append(UInt8(ascii: "\""))
    }

    private static func appendEscaped(_ text: String, to output: inout [UInt8]) {
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): output.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): output.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): output.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): output.append(contentsOf: "&quot;".utf8)
            case 0x09: output.append(contentsOf: "&#9;".utf8)
            case 0x0A: output.append(contentsOf: "&#10;".utf8)
            case 0x0D: output.append(contentsOf: "&#13;".utf8)
            default: output.append(byte)
            }
        }
    }
}
