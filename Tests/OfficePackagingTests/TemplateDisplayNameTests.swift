import Testing
@testable import OfficePackaging

/// A style the user made in LibreOffice or Word under Protokoll's display name ("Närvarotabell") but with
/// another internal name stands in for Protokoll's: the merge adds a thin alias instead of the house definition.
@Suite("Template display names")
struct TemplateDisplayNameTests {
    private let style = TemplateFixtures.odf
    private let w = TemplateFixtures.w

    /// An ODT template styles.xml: "Närvarotabell" as LibreOffice names a style made under that name, one
    /// shown as "Underskrift roll" under another name, one whose escaped name decodes to "Protokoll rubrik"
    /// (after one that decodes to "Protokoll rubrik " and is no match),
    /// and a character style shown as "Beslut" (a paragraph style in Protokoll: not a match).
    static let templateODT = """
    \(TemplateFixtures.odfStylesRoot)
     <office:font-face-decls>
      <style:font-face style:name="DejaVu Serif" svg:font-family="'DejaVu Serif'" style:font-family-generic="roman"/>
     </office:font-face-decls>
     <office:styles>
      <style:style style:name="Närvarotabell" style:family="paragraph">
       <style:text-properties style:font-name="DejaVu Serif" fo:font-size="9pt"/></style:style>
      <style:style style:name="Rollrad" style:display-name="Underskrift roll" style:family="paragraph">
       <style:text-properties fo:font-style="italic"/></style:style>
      <style:style style:name="Protokoll_20_rubrik_20_" style:family="paragraph"/>
      <style:style style:name="Protokoll_0020_rubrik" style:family="paragraph"/>
      <style:style style:name="Beslutstecken" style:display-name="Beslut" style:family="text"/>
     </office:styles>
    </office:document-styles>
    """

    /// A DOCX template styles part: Word's ids for styles named "Närvarotabell" (a table style) and
    /// "underskrift roll", and a character style named "Beslut" (a paragraph style in Protokoll: not a match).
    static let templateDOCX = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
     <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
     <w:style w:type="table" w:customStyle="1" w:styleId="Nrvarotabell"><w:name w:val="Närvarotabell"/>
      <w:tblPr><w:tblBorders><w:top w:val="single" w:sz="8" w:space="0" w:color="AA0000"/></w:tblBorders></w:tblPr></w:style>
     <w:style w:type="paragraph" w:customStyle="1" w:styleId="Underskriftroll"><w:name w:val="underskrift roll"/>
      <w:basedOn w:val="Normal"/><w:rPr><w:rFonts w:ascii="DejaVu Serif" w:hAnsi="DejaVu Serif"/></w:rPr></w:style>
     <w:style w:type="character" w:customStyle="1" w:styleId="Beslutstecken"><w:name w:val="Beslut"/></w:style>
    </w:styles>
    """

    private func mergedODT(required: [String]) throws -> StyleMergeResult {
        let template = try TemplateFixtures.replacing("styles.xml", in: TemplateFixtures.odt(), with: Self.templateODT)
        return try ODTTemplate(template).styles(merging: TemplateFixtures.houseStyle("odt/styles.xml"), required: required)
    }

    private func mergedDOCX(required: [String]) throws -> StyleMergeResult {
        let template = try TemplateFixtures.replacing("word/styles.xml", in: TemplateFixtures.docx(), with: Self.templateDOCX)
        return try DOCXTemplate(template).styles(merging: TemplateFixtures.houseStyle("docx/word/styles.xml"), required: required)
    }

    private func odtStyles(_ name: String, in xml: [UInt8]) -> [XMLNodeRef.Snapshot] {
        TemplateFixtures.elements(xml, "style", style).filter { $0.attributes["style:name"] == name }
    }

    private func docxStyles(_ id: String, in xml: [UInt8]) -> [XMLNodeRef.Snapshot] {
        TemplateFixtures.elements(xml, "style", w).filter { $0.attributes["w:styleId"] == id }
    }

    @Test func odtStylesOfTheSameDisplayNameGetAnAliasNotTheHouseDefinition() throws {
        let result = try mergedODT(required: ["Narvarotabell", "Narvarotabell_20_rubrik", "Underskrift_20_roll", "Beslut"])
        #expect(result.aliased == ["Narvarotabell", "Underskrift_20_roll"])
        #expect(!result.added.contains("Narvarotabell") && !result.added.contains("Underskrift_20_roll"))
        #expect(result.added.contains("Narvarotabell_20_rubrik") && result.added.contains("Beslut"), "no match: copied")
        for (alias, parent) in [("Narvarotabell", "Närvarotabell"), ("Underskrift_20_roll", "Rollrad")] {
            let styles = odtStyles(alias, in: result.xml)
            #expect(styles.count == 1, "one \(alias), not the house definition as well")
            let attributes = try #require(styles.first).attributes
            #expect(attributes["style:parent-style-name"] == parent)
            #expect(attributes["style:family"] == "paragraph" && attributes["style:class"] == "extra")
            #expect(attributes["style:display-name"] == nil, "LibreOffice lists the template's style once")
            #expect(styles.first?.descendantNames == [], "no properties of its own")
        }
        // The house style's heading row still builds on the (aliased) Narvarotabell, so on the template's look.
        #expect(odtStyles("Narvarotabell_20_rubrik", in: result.xml).first?.attributes["style:parent-style-name"] == "Narvarotabell")
        let template = try #require(odtStyles("Närvarotabell", in: result.xml).first)
        #expect(template.descendantAttributes["style:font-name"] == "DejaVu Serif")
        #expect(try SchemaValidator.validate(result.xml, against: .odfDocument) == [])
    }

    @Test func odtEscapedNamesAreComparedDecoded() throws {
        let result = try mergedODT(required: ["Protokoll_20_rubrik"])
        #expect(result.aliased == ["Protokoll_20_rubrik"] && result.added.isEmpty)
        let alias = try #require(odtStyles("Protokoll_20_rubrik", in: result.xml).first)
        #expect(alias.attributes["style:parent-style-name"] == "Protokoll_0020_rubrik", "\"Protokoll rubrik \" is not a match")
        #expect(alias.attributes["style:class"] == "chapter")
        #expect(ODFStyleName.decoded("Underskrift_20_roll") == "Underskrift roll")
        #expect(ODFStyleName.decoded("N_e4_rvaro_00e4_") == "Närvaroä")
        #expect(ODFStyleName.decoded("a_zz_b_1f_c_") == "a_zz_b_1f_c_", "not hex or a control character: kept")
    }

    @Test func odtFamiliesMustMatch() throws {
        let result = try mergedODT(required: ["Beslut"])
        #expect(result.aliased.isEmpty && result.added.first == "Beslut")
        #expect(odtStyles("Beslut", in: result.xml).first?.attributes["style:parent-style-name"] != "Beslutstecken")
    }

    @Test func docxStylesOfTheSameNameGetAnAliasBasedOnTheTemplates() throws {
        let result = try mergedDOCX(required: ["Narvarotabell", "UnderskriftRoll", "Beslut"])
        #expect(result.aliased == ["Narvarotabell", "UnderskriftRoll"])
        #expect(!result.added.contains("Narvarotabell") && !result.added.contains("UnderskriftRoll"))
        #expect(result.added.contains("Beslut"), "a character style named Beslut is not the paragraph style")
        for (alias, type) in [("Narvarotabell", "table"), ("UnderskriftRoll", "paragraph")] {
            let styles = docxStyles(alias, in: result.xml)
            #expect(styles.count == 1, "one \(alias), not the house definition as well")
            let style = try #require(styles.first)
            #expect(style.attributes["w:type"] == type && style.attributes["w:customStyle"] == "1")
            #expect(style.descendantNames == ["w:name", "w:basedOn"], "no properties of its own")
            #expect(style.descendantAttributes["w:val"] == "\(alias) (Protokoll)")
        }
        let basedOn = TemplateFixtures.elements(result.xml, "basedOn", w).compactMap { $0.attributes["w:val"] }
        #expect(basedOn.contains("Nrvarotabell") && basedOn.contains("Underskriftroll"))
        #expect(try SchemaValidator.validate(result.xml, against: .wordStyles) == [])
    }
}

extension TemplateFixtures {
    /// `archive` re-zipped with the entry `part` replaced by `xml`.
    static func replacing(_ part: String, in archive: [UInt8], with xml: String) throws -> [UInt8] {
        let reader = try ZipReader(archive)
        var writer = ZipWriter(timestamp: .dosEpoch)
        for entry in reader.entries where !entry.isDirectory {
            let bytes = entry.name == part ? Array(xml.utf8) : try reader.data(entry.name)
            try writer.add(entry.name, bytes, method: entry.name == "mimetype" ? .stored : .deflated)
        }
        return writer.finish()
    }
}
