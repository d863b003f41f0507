import Testing
@testable import OfficePackaging

@Suite("ODTTemplate")
struct ODTTemplateTests {
    private let style = TemplateFixtures.odf
    private let office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"

    private func merged(required: [String]) throws -> StyleMergeResult {
        try ODTTemplate(TemplateFixtures.odt()).styles(merging: Array(TemplateFixtures.bundledODT.utf8), required: required)
    }

    private func style(_ name: String, in xml: [UInt8]) -> [XMLNodeRef.Snapshot] {
        TemplateFixtures.elements(xml, "style", style).filter { $0.attributes["style:name"] == name }
    }

    @Test func keepsTheTemplateHeadingsAndAddsWhatItLacks() throws {
        let result = try merged(required: ["Heading_20_2", "Beslut", "Kodblock", "Text_20_body", "Finns_inte"])
        #expect(result.added == ["Beslut", "Protokolltext", "Beslutslista", "Kodblock"])
        let heading = style("Heading_20_2", in: result.xml)
        #expect(heading.count == 1)
        #expect(heading.first?.descendantAttributes["style:font-name"] == "DejaVu Serif")
        #expect(heading.first?.descendantAttributes["fo:font-size"] == "14pt")
        #expect(style("Beslut", in: result.xml).first?.attributes["style:parent-style-name"] == "Protokolltext")
        let faces = TemplateFixtures.elements(result.xml, "font-face", style).compactMap { $0.attributes["style:name"] }
        #expect(faces.contains("Liberation Mono") && faces.contains("DejaVu Serif"))
    }

    @Test func keepsTheMasterPageHeaderWithItsImage() throws {
        let result = try merged(required: ["Beslut"])
        let header = TemplateFixtures.elements(result.xml, "header", style)
        #expect(header.count == 1)
        #expect(header.first?.descendantNames.contains("draw:image") == true)
    }

    @Test func mergedStylesAreStrictODF13() throws {
        let result = try merged(required: ["Beslut", "Kodblock"])
        #expect(try SchemaValidator.validate(result.xml, against: .odfDocument) == [])
        #expect(!String(decoding: result.xml, as: UTF8.self).contains("loext:"))
    }

    @Test func theHouseStyleMergesIntoTheTemplateAndValidates() throws {
        let bundled = try TemplateFixtures.houseStyle("odt/styles.xml")
        let names = TemplateFixtures.elements(bundled, "style", style).compactMap { $0.attributes["style:name"] }
        let result = try ODTTemplate(TemplateFixtures.odt()).styles(merging: bundled, required: names + ["Punktlista", "Numrering"])
        #expect(result.added.contains("Beslut") && result.added.contains("Punktlista"))
        #expect(!result.added.contains("Heading_20_2"))
        #expect(try SchemaValidator.validate(result.xml, against: .odfDocument) == [])
    }

    @Test func picturesHoldTheLogoAndTheMasterPageIsNamed() throws {
        let template = try ODTTemplate(TemplateFixtures.odt())
        #expect(template.masterPageName == "Standard")
        #expect(template.pictures.count == 1)
        let logo = try #require(template.pictures.first)
        #expect(logo.path.hasPrefix("Pictures/") && logo.path.hasSuffix(".png"))
        #expect(logo.mediaType == "image/png")
        #expect(Array(logo.bytes.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
    }

    @Test func rejectsWhatIsNotAnODTTextDocument() throws {
        #expect(throws: TemplateError.notAnODTTextDocument("no mimetype entry")) { try ODTTemplate(TemplateFixtures.docx()) }
        #expect { try ODTTemplate(Array("not a zip".utf8)) } throws: { error in
            if case TemplateError.unreadableArchive = error { return true } else { return false }
        }
        let withoutStyles = try TemplateFixtures.repacked(TemplateFixtures.odt(), dropping: ["styles.xml"])
        #expect(throws: TemplateError.missingPart("styles.xml")) { try ODTTemplate(withoutStyles) }
    }

    @Test func errorsReadWell() {
        #expect(TemplateError.notAnODTTextDocument("no mimetype entry").description
            == "the template is not an ODT text document (no mimetype entry)")
    }
}
