import OfficePackaging

/// An XML tree for the package's metadata files (METS, ERMS, PREMIS), serialised through libxml2's writer.
indirect enum ArchiveXML {
    case element(String, [(String, String)], [ArchiveXML])
    case text(String)

    /// An element.
    static func el(_ name: String, _ attributes: [(String, String)] = [], _ children: [ArchiveXML] = []) -> ArchiveXML {
        .element(name, attributes, children)
    }

    /// An element without attributes.
    static func el(_ name: String, _ children: [ArchiveXML]) -> ArchiveXML {
        .element(name, [], children)
    }

    /// An element holding only text.
    static func el(_ name: String, _ attributes: [(String, String)] = [], text: String) -> ArchiveXML {
        .element(name, attributes, [.text(text)])
    }

    /// The document's bytes, with an XML declaration.
    func document() throws -> [UInt8] {
        let writer = try XMLWriter()
        try writer.startDocument()
        try write(to: writer)
        return try writer.finish()
    }

    private func write(to writer: XMLWriter) throws {
        switch self {
        case .element(let name, let attributes, let children):
            try writer.startElement(name)
            for (key, value) in attributes { try writer.attribute(key, value) }
            for child in children { try child.write(to: writer) }
            try writer.endElement()
        case .text(let text):
            try writer.text(text)
        }
    }
}
