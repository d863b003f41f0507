import Foundation
import TestSupport
@testable import OfficePackaging

/// Fixtures and small bundled style parts for the template tests.
enum TemplateFixtures {
    static func odt() throws -> [UInt8] { try Fixtures.bytes("templates/mall-kommun.odt") }
    static func docx() throws -> [UInt8] { try Fixtures.bytes("templates/mall-kommun.docx") }

    /// The repository's house style part at `relative` (under `styles/`).
    static func houseStyle(_ relative: String) throws -> [UInt8] {
        Array(try Data(contentsOf: Fixtures.packageRoot().appendingPathComponent("styles").appendingPathComponent(relative)))
    }

    /// `archive` rewritten without the entries in `dropping`.
    static func repacked(_ archive: [UInt8], dropping: Set<String>) throws -> [UInt8] {
        let reader = try ZipReader(archive)
        var writer = ZipWriter(timestamp: .dosEpoch)
        for entry in reader.entries where !dropping.contains(entry.name) {
            try writer.add(entry.name, try reader.data(entry.name), method: entry.name == "mimetype" ? .stored : .deflated)
        }
        return writer.finish()
    }

    /// The values of attribute `name` (namespace `uri`) on the elements `local`/`uri` of `xml`.
    static func elements(_ xml: [UInt8], _ local: String, _ uri: String) -> [XMLNodeRef.Snapshot] {
        ParsedXML.withRoot(of: xml) { root in
            root.descendantsAndSelf.filter { $0.name == local && $0.namespaceURI == uri }.map(XMLNodeRef.Snapshot.init)
        } ?? []
    }

    static let odf = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"

    /// The XML declaration and the opening `office:document-styles` tag every test styles.xml starts with.
    static let odfStylesRoot = """
    <?xml version="1.0" encoding="UTF-8"?>
    <office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
    xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
    xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" \
    xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3">
    """
    static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    /// A minimal bundled ODT styles.xml: a Heading_20_2 the template must win over, Beslut on a parent the
    /// template lacks, Kodblock in a font the template does not declare, and a list style.
    static let bundledODT = """
    \(TemplateFixtures.odfStylesRoot)
     <office:font-face-decls>
      <style:font-face style:name="Liberation Mono" svg:font-family="'Liberation Mono'" style:font-family-generic="modern"/>
     </office:font-face-decls>
     <office:styles>
      <style:style style:name="Heading_20_2" style:family="paragraph"><style:text-properties style:font-name="Liberation Sans"/></style:style>
      <style:style style:name="Protokolltext" style:family="paragraph" style:parent-style-name="Text_20_body"/>
      <style:style style:name="Beslut" style:family="paragraph" style:parent-style-name="Protokolltext" style:list-style-name="Beslutslista">
       <style:text-properties fo:font-weight="bold"/></style:style>
      <style:style style:name="Kodblock" style:family="paragraph"><style:text-properties style:font-name="Liberation Mono"/></style:style>
      <text:list-style style:name="Beslutslista"><text:list-level-style-bullet text:level="1" text:bullet-char="•"/></text:list-style>
     </office:styles>
    </office:document-styles>
    """

    /// A minimal bundled DOCX styles.xml: a Heading1 the template must win over, Beslut on a style the
    /// template lacks.
    static let bundledDOCX = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
     <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
     <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>
      <w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/></w:rPr></w:style>
     <w:style w:type="paragraph" w:customStyle="1" w:styleId="Brodtext"><w:name w:val="Brödtext"/><w:basedOn w:val="Normal"/></w:style>
     <w:style w:type="paragraph" w:customStyle="1" w:styleId="Beslut"><w:name w:val="Beslut"/><w:basedOn w:val="Brodtext"/>
      <w:next w:val="Normal"/><w:rPr><w:b/></w:rPr></w:style>
    </w:styles>
    """
}

extension XMLNodeRef {
    /// What a test needs of an element after its document is gone.
    struct Snapshot {
        let attributes: [String: String]
        let descendantNames: [String]
        /// The attributes of every element below, the first occurrence of each name.
        let descendantAttributes: [String: String]

        init(_ node: XMLNodeRef) {
            attributes = Dictionary(node.attributes.map { ($0.name, $0.value) }) { first, _ in first }
            let below = node.descendantsAndSelf.dropFirst()
            descendantNames = below.map(\.qualifiedName)
            descendantAttributes = Dictionary(below.flatMap(\.attributes).map { ($0.name, $0.value) }) { first, _ in first }
        }
    }
}
