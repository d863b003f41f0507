import Testing
@testable import OfficePackaging

@Suite("DOCXTemplate")
struct DOCXTemplateTests {
    private let w = TemplateFixtures.w

    private func merged(required: [String]) throws -> StyleMergeResult {
        try DOCXTemplate(TemplateFixtures.docx()).styles(merging: Array(TemplateFixtures.bundledDOCX.utf8), required: required)
    }

    @Test func keepsTheTemplateHeadingWithoutNumberingAndAddsWhatItLacks() throws {
        let result = try merged(required: ["Heading1", "Beslut", "Normal", "Saknas"])
        #expect(result.added == ["Beslut", "Brodtext"])
        let fonts = TemplateFixtures.elements(result.xml, "rFonts", w).compactMap { $0.attributes["w:ascii"] }
        #expect(fonts.contains("DejaVu Serif") && !fonts.contains("Arial"))
        #expect(TemplateFixtures.elements(result.xml, "numPr", w).isEmpty)
        #expect(TemplateFixtures.elements(result.xml, "docDefaults", w).count == 1)
        let text = String(decoding: result.xml, as: UTF8.self)
        #expect(!text.contains("mc:Ignorable") && text.contains("w:val=\"sv-SE\""))
    }

    @Test func mergedStylesValidate() throws {
        #expect(try SchemaValidator.validate(merged(required: ["Beslut"]).xml, against: .wordStyles) == [])
    }

    @Test func theHouseStyleMergesIntoTheTemplateAndValidates() throws {
        let bundled = try TemplateFixtures.houseStyle("docx/word/styles.xml")
        let ids = TemplateFixtures.elements(bundled, "style", w).compactMap { $0.attributes["w:styleId"] }
        let result = try DOCXTemplate(TemplateFixtures.docx()).styles(merging: bundled, required: ids)
        #expect(result.added.contains("Beslut") && !result.added.contains("Heading1") && !result.added.contains("Normal"))
        let defaults = TemplateFixtures.elements(result.xml, "style", w).filter { $0.attributes["w:default"] == "1" }
        #expect(Set(defaults.compactMap { $0.attributes["w:type"] }).count == defaults.count)
        #expect(try SchemaValidator.validate(result.xml, against: .wordStyles) == [])
    }

    @Test func theHeaderAndItsLogoComeOut() throws {
        let parts = try DOCXTemplate(TemplateFixtures.docx()).headerFooterParts
        #expect(parts.count == 1)
        let header = try #require(parts.first)
        #expect(header.kind == .header && header.path == "word/template-header1.xml")
        #expect(header.contentType == "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml")
        #expect(header.relationshipType == "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header")
        #expect(header.templateRelationshipID == "rId2")
        #expect(header.relationshipsPath == "word/_rels/template-header1.xml.rels")
        #expect(header.media.map(\.path) == ["word/media/template-image1.png"])
        #expect(header.media.first?.mediaType == "image/png")
        #expect(Array(header.media.first?.bytes.prefix(4) ?? []) == [0x89, 0x50, 0x4E, 0x47])
        let rels = try #require(header.relationships)
        #expect(String(decoding: rels, as: UTF8.self).contains("Target=\"media/template-image1.png\""))
        #expect(try SchemaValidator.validate(rels, against: .relationships) == [])
        #expect(try SchemaValidator.validate(header.bytes, against: .wordHeader) == [])
        #expect(TemplateFixtures.elements(header.bytes, "drawing", w).count == 1)
    }

    @Test func sectionPropertiesHoldTheTemplatePageAndRemapIds() throws {
        let template = try DOCXTemplate(TemplateFixtures.docx())
        let section = try #require(template.sectionProperties)
        let margins = try #require(TemplateFixtures.elements(section, "pgMar", w).first)
        #expect(margins.attributes["w:top"] == "1984" && margins.attributes["w:left"] == "1417")
        #expect(margins.attributes["w:right"] == "1134" && margins.attributes["w:header"] == "850")
        let remapped = try #require(template.sectionProperties(remapping: ["rId2": "rId9"]))
        #expect(TemplateFixtures.elements(remapped, "headerReference", w).first?.attributes["r:id"] == "rId9")
        let bare = try #require(template.sectionProperties(remapping: [:]))
        #expect(TemplateFixtures.elements(bare, "headerReference", w).isEmpty)
        #expect(TemplateFixtures.elements(bare, "pgSz", w).first?.attributes["w:w"] == "11906")
    }

    @Test func sectionPropertiesGoThroughAnXMLWriter() throws {
        let writer = try XMLWriter()
        try writer.startElement("w:body")
        try DOCXTemplate(TemplateFixtures.docx()).writeSectionProperties(to: writer, remapping: ["rId2": "rId7"])
        let text = String(decoding: try writer.finish(), as: UTF8.self)
        #expect(text.hasPrefix("<w:body><w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId7\"/>"))
        #expect(text.contains("<w:pgMar w:left=\"1417\" w:right=\"1134\" w:gutter=\"0\" w:header=\"850\" w:top=\"1984\""))
        #expect(text.contains("</w:sectPr></w:body>"))
    }

    @Test func rejectsWhatIsNotADOCXAndATemplateWithoutStyles() throws {
        #expect(throws: TemplateError.notAWordDocument("no [Content_Types].xml")) { try DOCXTemplate(TemplateFixtures.odt()) }
        let withoutStyles = try TemplateFixtures.repacked(TemplateFixtures.docx(), dropping: ["word/styles.xml"])
        #expect(throws: TemplateError.missingPart("word/styles.xml")) { try DOCXTemplate(withoutStyles) }
        #expect(TemplateError.missingPart("word/styles.xml").description == "the template has no word/styles.xml")
    }
}
