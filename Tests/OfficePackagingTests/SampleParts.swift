/// Minimal parts that pass the bundled schemas (checked by hand with `xmllint --relaxng` / `--schema` too),
/// and the packages the tests assemble from them.
enum SampleParts {
    static let odfNamespaces = """
        xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
        xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" \
        xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
        xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" \
        xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" \
        xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0" \
        xmlns:dc="http://purl.org/dc/elements/1.1/"
        """

    static let content = """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document-content \(odfNamespaces) office:version="1.3">
        <office:body><office:text><text:h text:outline-level="1">Protokoll</text:h><text:p>Mötet öppnades kl. 12.00.</text:p></office:text></office:body>
        </office:document-content>
        """

    /// Line 3 holds an element the schema does not know.
    static let contentWithUnknownElement = """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document-content \(odfNamespaces) office:version="1.3">
        <office:body><office:text><text:bogus/></office:text></office:body>
        </office:document-content>
        """

    /// The root (line 2) lacks the required office:version; libxml2 (xmllint too) reports it at line 3,
    /// where it notices: "Element document-content failed to validate attributes".
    static let contentWithoutVersion = """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document-content \(odfNamespaces)>
        <office:body><office:text><text:p>Hej</text:p></office:text></office:body>
        </office:document-content>
        """

    static let styles = """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document-styles \(odfNamespaces) office:version="1.3"><office:styles>\
        <style:default-style style:family="paragraph"><style:text-properties fo:font-size="11pt" fo:language="sv" fo:country="SE"/></style:default-style>\
        <style:style style:name="Standard" style:family="paragraph" style:class="text"/>\
        </office:styles></office:document-styles>
        """

    static let meta = """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document-meta \(odfNamespaces) office:version="1.3"><office:meta>\
        <meta:generator>protokoll</meta:generator><dc:title>Protokoll styrelsemöte</dc:title><dc:language>sv-SE</dc:language>\
        </office:meta></office:document-meta>
        """

    static let settings = """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document-settings \(odfNamespaces) office:version="1.3"><office:settings>\
        <config:config-item-set config:name="ooo:view-settings"><config:config-item config:name="ViewAreaTop" config:type="int">0</config:config-item></config:config-item-set>\
        </office:settings></office:document-settings>
        """

    static func manifest(listing parts: [String]) -> String {
        let entries = parts.map { #" <manifest:file-entry manifest:full-path="\#($0)" manifest:media-type="text/xml"/>"# }
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
             <manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.text"/>
            \(entries.joined(separator: "\n"))
            </manifest:manifest>
            """
    }

    static let odtParts = ["content.xml", "styles.xml", "meta.xml", "settings.xml"]

    static let odtMimetype = "application/vnd.oasis.opendocument.text"

    /// mimetype, the four document parts and a manifest listing them.
    static func odtEntries() -> [(String, String)] {
        [("mimetype", odtMimetype), ("content.xml", content), ("styles.xml", styles), ("meta.xml", meta),
         ("settings.xml", settings), ("META-INF/manifest.xml", manifest(listing: odtParts))]
    }

    // MARK: DOCX

    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    static func document(body: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:document xmlns:w="\(wordNamespace)" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
        <w:body>\(body)<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body>
        </w:document>
        """
    }

    static let documentBody = #"<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t xml:space="preserve">Protokoll </w:t></w:r></w:p>"#
        + #"<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="4000"/></w:tblGrid>"#
        + #"<w:tr><w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/></w:tcPr><w:p><w:r><w:t>Anna</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"#
        + "<w:p/>"

    /// A table cell without a paragraph: schema-valid, rejected by Word.
    static let emptyCellBody = #"<w:tbl><w:tblPr/><w:tblGrid><w:gridCol w:w="4000"/></w:tblGrid>"#
        + #"<w:tr><w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/></w:tcPr></w:tc></w:tr></w:tbl><w:p/>"#

    /// `w:bogus` inside the body; libxml2 reports "Element document has extra content: body" at line 3.
    static let documentWithUnknownElement = document(body: "<w:p/>\n<w:bogus/>")

    static let wordStyles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:styles xmlns:w="\(wordNamespace)"><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style></w:styles>
        """

    static let coreProperties = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
        xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>Protokoll</dc:title><dc:language>sv-SE</dc:language>\
        <dcterms:created xsi:type="dcterms:W3CDTF">2024-05-14T10:00:00Z</dcterms:created></cp:coreProperties>
        """

    static let appProperties = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>protokoll</Application></Properties>
        """

    static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
        <Default Extension="xml" ContentType="application/xml"/>
        <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
        <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
        <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
        <Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>
        </Types>
        """

    /// Line 3: a Default without its required ContentType.
    static let contentTypesBroken = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
        <Default Extension="rels"/>
        </Types>
        """

    static func relationships(_ targets: [(id: String, type: String, target: String)]) -> String {
        let lines = targets.map { #"<Relationship Id="\#($0.id)" Type="http://schemas.openxmlformats.org/\#($0.type)" Target="\#($0.target)"/>"# }
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            \(lines.joined(separator: "\n"))
            </Relationships>
            """
    }

    static let packageRelationships = relationships([
        ("rId1", "officeDocument/2006/relationships/officeDocument", "word/document.xml"),
        ("rId2", "package/2006/relationships/metadata/core-properties", "docProps/core.xml"),
        ("rId3", "officeDocument/2006/relationships/extended-properties", "/docProps/app.xml"),
    ])

    static let documentRelationships = relationships([
        ("rId1", "officeDocument/2006/relationships/styles", "styles.xml"),
    ])

    /// Line 3: a Relationship without its required Id.
    static let relationshipsBroken = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
        <Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
        </Relationships>
        """

    static func docxEntries(documentBody body: String = documentBody,
                            documentRelationships docRels: String = documentRelationships) -> [(String, String)] {
        [("[Content_Types].xml", contentTypes), ("_rels/.rels", packageRelationships),
         ("word/document.xml", document(body: body)), ("word/_rels/document.xml.rels", docRels),
         ("word/styles.xml", wordStyles), ("docProps/core.xml", coreProperties), ("docProps/app.xml", appProperties)]
    }
}
