import Foundation
@testable import MinutesWriters
import OfficePackaging
import Protokoll
import Testing
import TestSupport

/// `--reference-doc mall.odt`: the user's template supplies styles, page layout, header and footer (with its
/// logo); the house style fills in what the template lacks, and says so.
@Suite("ODT reference document")
struct ODTReferenceDocumentTests {
    @Test func seedWithTemplateIsValidAndCarriesThePicture() throws {
        let odt = try ODTReferenceSupport.write(try ODTTestSupport.seedMinutes())
        #expect(try ODTTestSupport.problems(odt) == [])
        let reader = try ZipReader(odt)
        let picture = ODTReferenceSupport.picturePath
        #expect(reader.entries.map(\.name) == ["mimetype", "content.xml", "styles.xml", "meta.xml", picture, "META-INF/manifest.xml"])
        #expect(try reader.data(picture) == ZipReader(try ODTReferenceSupport.template()).data(picture))
        let manifest = String(decoding: try reader.data("META-INF/manifest.xml"), as: UTF8.self)
        #expect(manifest.contains("manifest:full-path=\"\(picture)\" manifest:media-type=\"image/png\""))
    }

    @Test func stylesAreTheTemplatesWithItsHeaderAndHeadings() throws {
        let odt = try ODTReferenceSupport.write(try ODTTestSupport.seedMinutes())
        let styles = try ZipTestSupport.text(of: "styles.xml", in: odt)
        let heading = try #require(styles.firstMatch(of: #/<style:style style:name="Heading_20_2"[^>]*>.*?</style:style>/#.dotMatchesNewlines()))
        #expect(heading.output.contains("style:font-name=\"DejaVu Serif\""))
        let header = try #require(styles.firstMatch(of: #/<style:header>.*?</style:header>/#.dotMatchesNewlines()))
        #expect(header.output.contains("<draw:image xlink:href=\"\(ODTReferenceSupport.picturePath)\""))
        #expect(header.output.contains("Exempelkommunen"))
        // The template has no footer: Protokoll's page label fills that slot, so pages stay numbered.
        let footer = try #require(styles.firstMatch(of: #/<style:footer>.*?</style:footer>/#.dotMatchesNewlines()))
        #expect(footer.output.contains("<text:page-number") && footer.output.contains("<text:page-count"))
        #expect(styles.contains(#/<style:footer-style>\s*<style:header-footer-properties/#), "with room for the footer")
        // The house style's own definitions fill in, e.g. the decision clause.
        #expect(styles.contains("style:name=\"Beslutssats\""))
        #expect(!styles.contains("loext:"), "LibreOffice extension markup stripped")
    }

    @Test func notesNameTheStylesTakenFromTheHouseStyle() throws {
        let minutes = try ODTTestSupport.seedMinutes()
        let options = try ODTReferenceSupport.options()
        let notes = try ODTWriter.referenceNotes(options: options)
        let reference = try #require(try ODTReferenceDocument(options))
        let content = ODTContent.root(minutes)
        let added = try reference.styles(merging: try ODTStyles.part(minutes.meta), content: content).added
        #expect(added.contains("Beslut") && added.contains("Beslutssats") && added.contains("Underskrift_20_roll"))
        #expect(!added.contains("Heading_20_2") && !added.contains("Text_20_body"), "the template defines these")
        #expect(notes == ["the template lacks \(added.map(ODFStyleName.decoded).joined(separator: ", ")); Protokoll's own definitions are used"])
        #expect(notes.first?.contains("Beslut, Beslutssats, Beslutsbilaga") == true)
        #expect(notes.first?.contains("Underskrift roll") == true)
        #expect(try ODTWriter.referenceNotes(options: WriterOptions()) == [])
    }

    /// The note is per template, not per document: every style content.xml names is in the catalog.
    @Test(arguments: Fixtures.exampleNames() + ["every block kind"])
    func contentUsesOnlyCataloguedStyles(_ input: String) throws {
        let minutes = input == "every block kind" ? ODTTestSupport.everyBlockKind("Text") : try ODTTestSupport.example(input)
        let used = ODTReferenceDocument.referencedStyles(ODTContent.root(minutes))
        #expect(used.count > 8)
        #expect(Set(used).subtracting(ODTStyle.contentStyles).sorted() == [])
    }

    @Test func twoRunsAreByteIdentical() throws {
        let minutes = try ODTTestSupport.seedMinutes()
        #expect(try ODTReferenceSupport.write(minutes) == ODTReferenceSupport.write(minutes))
    }

    @Test func kommunStyleFillsInWithTheTemplate() throws {
        var options = try ODTReferenceSupport.options()
        options.style = "kommun"
        let odt = try ODTTestSupport.write(try ODTTestSupport.example("sammantradesprotokoll-kommunstyrelsen"), options: options)
        #expect(try ODTTestSupport.problems(odt) == [])
    }

    @Test func anotherMasterPageStartsWithTheTitle() throws {
        let template = try ODTReferenceSupport.template(replacing: "<style:master-page style:name=\"Standard\"", with: "<style:master-page style:name=\"Kommunsida\"")
        var options = WriterOptions()
        options.referenceDocuments["odt"] = template
        let odt = try ODTTestSupport.write(try ODTTestSupport.seedMinutes(), options: options)
        #expect(try ODTTestSupport.problems(odt) == [])
        let content = try ZipTestSupport.text(of: "content.xml", in: odt)
        #expect(content.contains("<style:style style:name=\"Forsta_20_sida\" style:family=\"paragraph\" style:parent-style-name=\"Protokoll_20_rubrik\" style:master-page-name=\"Kommunsida\"/>"))
        #expect(content.contains("<text:h text:style-name=\"Forsta_20_sida\""))
        // Without signatures the title keeps with nothing; with only a title its automatic style carries the page.
        let bare = try ODTTestSupport.write(Minutes(signatures: [Signature(role: "Justerat", name: "A")]), options: options)
        #expect(try ODTTestSupport.problems(bare) == [])
        let bareContent = try ZipTestSupport.text(of: "content.xml", in: bare)
        #expect(bareContent.contains("style:master-page-name=\"Kommunsida\""))
    }

    @Test(arguments: ODTReferenceSupport.BrokenTemplate.allCases)
    func brokenTemplateIsAClearError(_ broken: ODTReferenceSupport.BrokenTemplate) throws {
        var options = WriterOptions()
        options.referenceDocuments["odt"] = try broken.bytes()
        #expect(throws: TemplateError.self) { try ODTWriter.referenceNotes(options: options) }
        do {
            _ = try ODTTestSupport.write(try ODTTestSupport.seedMinutes(), options: options)
            Issue.record("\(broken) was accepted")
        } catch let error as WriterError {
            #expect(error.description.hasPrefix("could not write odt: the template"), "\(error)")
            #expect(error.description.contains(broken.expectedDetail), "\(error)")
        }
    }
}
