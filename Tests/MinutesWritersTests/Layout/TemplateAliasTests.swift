import Foundation
@testable import MinutesWriters
import OfficePackaging
import Protokoll
import Testing
import TestSupport

/// A template whose user made "Närvarotabell" and "Underskrift roll" in LibreOffice or Word (other internal
/// names than Protokoll's) gives those styles their look: the package validates, the written styles build on
/// the template's, and the note no longer says the template lacks them.
@Suite struct TemplateAliasTests {
    /// The styles the user added in LibreOffice: `style:name` as LibreOffice writes a style created as
    /// "Närvarotabell", and one renamed to "Underskrift roll" after it was created as "Rollrad".
    static let odtUserStyles = """
    <style:style style:name="Närvarotabell" style:family="paragraph" style:class="extra">\
    <style:text-properties style:font-name="DejaVu Serif" fo:font-size="9pt"/></style:style>\
    <style:style style:name="Rollrad" style:display-name="Underskrift roll" style:family="paragraph">\
    <style:text-properties fo:font-style="italic"/></style:style>
    """

    /// The styles the user added in Word: ids as Word derives them from "Närvarotabell" and "Underskrift roll".
    static let docxUserStyles = """
    <w:style w:type="table" w:customStyle="1" w:styleId="Nrvarotabell"><w:name w:val="Närvarotabell"/>\
    <w:tblPr><w:tblBorders><w:top w:val="single" w:sz="8" w:space="0" w:color="AA0000"/></w:tblBorders></w:tblPr></w:style>\
    <w:style w:type="paragraph" w:customStyle="1" w:styleId="Underskriftroll"><w:name w:val="Underskrift roll"/>\
    <w:rPr><w:i/></w:rPr></w:style>
    """

    /// The style names a reference note says the template lacks.
    private static func lacking(_ notes: [String]) -> [String] {
        guard let note = notes.first, let start = note.range(of: "the template lacks "), let end = note.range(of: "; ") else { return [] }
        return note[start.upperBound..<end.lowerBound].components(separatedBy: ", ")
    }

    @Test func odtTemplateStylesUnderTheirDisplayNameServe() throws {
        let template = try ODTReferenceSupport.template(replacing: "</office:styles>", with: Self.odtUserStyles + "</office:styles>")
        var options = WriterOptions()
        options.referenceDocuments["odt"] = template
        #expect(Self.lacking(try ODTWriter.referenceNotes(options: ODTReferenceSupport.options())).contains("Narvarotabell"),
                "without the user's styles the house definition is used")

        let odt = try ODTTestSupport.write(try ODTTestSupport.seedMinutes(), options: options)
        #expect(try ODTTestSupport.problems(odt) == [])
        #expect(OfficePackageValidator.validateODT(odt).isEmpty)
        let styles = try ZipTestSupport.text(of: "styles.xml", in: odt)
        #expect(styles.contains(#"<style:style style:name="Narvarotabell" style:family="paragraph" style:parent-style-name="Närvarotabell" style:class="extra"/>"#))
        #expect(styles.contains(#"<style:style style:name="Underskrift_20_roll" style:family="paragraph" style:parent-style-name="Rollrad" style:class="extra"/>"#))
        #expect(!styles.contains(#"style:display-name="Närvarotabell""#), "the house definition is not copied")
        #expect(try ZipTestSupport.text(of: "content.xml", in: odt).contains(#"text:style-name="Narvarotabell""#))

        let lacking = Self.lacking(try ODTWriter.referenceNotes(options: options))
        // The note names styles by their decoded internal name (`Narvarotabell_20_rubrik` → "Narvarotabell rubrik").
        #expect(!lacking.contains("Narvarotabell") && !lacking.contains("Underskrift roll"))
        #expect(lacking.contains("Narvarotabell rubrik") && lacking.contains("Beslut"), "the others still come from the house style")
    }

    @Test func docxTemplateStylesUnderTheirNameServe() throws {
        let template = try DOCXTemplateSupport.template(editing: { $0.replacingOccurrences(of: "</w:styles>", with: Self.docxUserStyles + "</w:styles>") })
        let options = try DOCXTemplateSupport.options(template)
        #expect(Self.lacking(try DOCXWriter.referenceNotes(options: DOCXTemplateSupport.options())).contains("Narvarotabell"),
                "without the user's styles the house definition is used")

        let docx = try DOCXTestDocuments.docx(try DOCXTestDocuments.seedMinutes(), options: options)
        #expect(try DOCXTemplateSupport.problems(docx) == [])
        #expect(OfficePackageValidator.validateDOCX(docx).isEmpty)
        let styles = try ZipTestSupport.text(of: "word/styles.xml", in: docx)
        let table = try #require(DOCXTemplateSupport.style("Narvarotabell", in: styles))
        #expect(table.contains(#"<w:basedOn w:val="Nrvarotabell"/>"#) && !table.contains("<w:tblPr"))
        let role = try #require(DOCXTemplateSupport.style("UnderskriftRoll", in: styles))
        #expect(role.contains(#"<w:basedOn w:val="Underskriftroll"/>"#) && !role.contains("<w:pPr") && !role.contains("<w:rPr"))
        #expect(try ZipTestSupport.text(of: "word/document.xml", in: docx).contains(#"<w:tblStyle w:val="Narvarotabell"/>"#))

        let lacking = Self.lacking(try DOCXWriter.referenceNotes(options: options))
        #expect(!lacking.contains("Narvarotabell") && !lacking.contains("UnderskriftRoll"))
        #expect(lacking.contains("Beslut"), "the others still come from the house style")
    }
}
