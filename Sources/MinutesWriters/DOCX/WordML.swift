import OfficePackaging

/// A thin WordprocessingML vocabulary over `XMLWriter`: nesting by closure, `w:val` elements, runs of text.
struct WordML {
    static let main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    let xml: XMLWriter

    /// Opens `name` with `attributes`, writes `body` inside it, closes it.
    func element(_ name: String, _ attributes: [(String, String)] = [], _ body: () throws -> Void) throws {
        try xml.startElement(name)
        for (key, value) in attributes { try xml.attribute(key, value) }
        try body()
        try xml.endElement()
    }

    /// An empty element with attributes (`<w:keepNext/>`, `<w:tab w:val="right" …/>`).
    func empty(_ name: String, _ attributes: [(String, String)] = []) throws {
        try xml.element(name, attributes: attributes)
    }

    /// `<name w:val="value"/>`.
    func val(_ name: String, _ value: String) throws {
        try xml.element(name, attributes: [("w:val", value)])
    }

    /// `<w:t xml:space="preserve">text</w:t>`.
    func t(_ text: String) throws {
        try xml.element("w:t", attributes: [("xml:space", "preserve")], text: text)
    }

    /// A root element declaring the main namespace (and the relationships one when `withRelationships`).
    func root(_ name: String, withRelationships: Bool = false, _ body: () throws -> Void) throws {
        var attributes = [("xmlns:w", WordML.main)]
        if withRelationships { attributes.append(("xmlns:r", WordML.relationships)) }
        try element(name, attributes, body)
    }

    /// Builds a whole part: XML declaration, `body`, and the finished bytes.
    static func part(_ body: (WordML) throws -> Void) throws -> [UInt8] {
        let xml = try XMLWriter()
        try xml.startDocument()
        try body(WordML(xml: xml))
        return try xml.finish()
    }
}
