import Foundation
@testable import MinutesWriters
import OfficePackaging
import Protokoll
import Testing
import TestSupport

/// `--reference-doc mall.docx`: the template's styles, section, header and logo in the package; Protokoll's own
/// footer where the template has none; the styles it lacks from the house style, with a note.
@Suite struct DOCXTemplateTests {
    @Test func seedWithTheTemplateValidatesPartByPartAndAsPackage() throws {
        let docx = try DOCXTemplateSupport.docx(try DOCXTestDocuments.seedMinutes())
        #expect(try DOCXTemplateSupport.problems(docx) == [])
        #expect(OfficePackageValidator.validateDOCX(docx).isEmpty)
    }

    @Test func headingsAreTheTemplatesDejaVuSerifWithoutItsNumbering() throws {
        let docx = try DOCXTemplateSupport.docx(try DOCXTestDocuments.seedMinutes())
        let styles = try ZipTestSupport.text(of: "word/styles.xml", in: docx)
        let heading = try #require(DOCXTemplateSupport.style("Heading1", in: styles))
        #expect(heading.contains("w:ascii=\"DejaVu Serif\""))
        #expect(!heading.contains("numPr"))
        #expect(!styles.contains("<w:numPr"))
    }

    @Test func theTemplatesHeaderAndLogoAreInThePackageAndReferenced() throws {
        let docx = try DOCXTemplateSupport.docx(try DOCXTestDocuments.seedMinutes())
        let entries = try ZipTestSupport.entryNames(docx)
        for part in [DOCXTemplateSupport.headerPart, DOCXTemplateSupport.headerRelationships, DOCXTemplateSupport.logo] {
            #expect(entries.contains(part), "missing \(part)")
        }
        #expect(!entries.contains("word/header1.xml"), "Protokoll's own header is replaced")
        #expect(!entries.contains { $0.hasSuffix("/") }, "no directory entries")
        let section = try DOCXTemplateSupport.sectionProperties(docx)
        let headerID = try #require(DOCXTemplateSupport.referenceID("headerReference", in: section))
        #expect(try DOCXTemplateSupport.documentTargets(docx)[headerID] == "template-header1.xml")
        let headerRels = try ZipTestSupport.text(of: DOCXTemplateSupport.headerRelationships, in: docx)
        #expect(headerRels.contains("Target=\"media/template-image1.png\""))
        let header = try ZipTestSupport.text(of: DOCXTemplateSupport.headerPart, in: docx)
        #expect(header.contains("Exempelkommunen") && header.contains("<a:blip r:embed=\"rId1\""))
        let types = try ZipTestSupport.text(of: "[Content_Types].xml", in: docx)
        #expect(types.contains("PartName=\"/\(DOCXTemplateSupport.logo)\" ContentType=\"image/png\""))
        #expect(types.contains("PartName=\"/\(DOCXTemplateSupport.headerPart)\""))
        let logo = try ZipReader(docx).data(DOCXTemplateSupport.logo)
        #expect(logo == (try ZipReader(try DOCXTemplateSupport.template()).data("word/media/image1.png")))
    }

    @Test func protokollsFooterWithPageLabelIsStillReferenced() throws {
        let docx = try DOCXTemplateSupport.docx(try DOCXTestDocuments.seedMinutes())
        let section = try DOCXTemplateSupport.sectionProperties(docx)
        let footerID = try #require(DOCXTemplateSupport.referenceID("footerReference", in: section))
        #expect(try DOCXTemplateSupport.documentTargets(docx)[footerID] == "footer1.xml")
        let footer = try ZipTestSupport.text(of: "word/footer1.xml", in: docx)
        #expect(footer.contains(DOCXTestDocuments.run("Sida ")) && footer.contains(" PAGE ") && footer.contains(" NUMPAGES "))
        // The template's page (margins, top 1984), with the footer moved off the page edge to the header's distance.
        #expect(section.contains("w:top=\"1984\"") && section.contains("w:footer=\"850\"") && section.contains("w:header=\"850\""))
    }

    @Test func theSammantradesprotokollsPageLabelMovesToTheFooterUnderTheTemplatesHeader() throws {
        let minutes = try DOCXTestDocuments.example(DOCXExampleTests.municipal)
        let docx = try DOCXTemplateSupport.docx(minutes)
        #expect(try DOCXTemplateSupport.problems(docx) == [])
        let footer = try ZipTestSupport.text(of: "word/footer1.xml", in: docx)
        #expect(footer.contains(" PAGE ") && footer.contains(" NUMPAGES "))
        let plain = try ZipTestSupport.text(of: "word/footer1.xml", in: try DOCXTestDocuments.docx(minutes))
        #expect(!plain.contains(" PAGE "), "without a template the page label stays in Protokoll's header")
    }

    /// A template that only gives styles (no header reference, or no section at all) keeps Protokoll's header and footer.
    @Test(arguments: DOCXTemplateSupport.StylesOnlyTemplate.allCases)
    func aTemplateWithoutAHeaderKeepsProtokollsHeaderAndFooter(_ template: DOCXTemplateSupport.StylesOnlyTemplate) throws {
        let docx = try DOCXTestDocuments.docx(try DOCXTestDocuments.seedMinutes(), options: try DOCXTemplateSupport.options(try template.bytes()))
        #expect(try DOCXTestDocuments.problems(docx) == [])
        let section = try DOCXTemplateSupport.sectionProperties(docx)
        let targets = try DOCXTemplateSupport.documentTargets(docx)
        #expect(try targets[#require(DOCXTemplateSupport.referenceID("headerReference", in: section))] == "header1.xml")
        #expect(try targets[#require(DOCXTemplateSupport.referenceID("footerReference", in: section))] == "footer1.xml")
        let styles = try ZipTestSupport.text(of: "word/styles.xml", in: docx)
        #expect(try #require(DOCXTemplateSupport.style("Heading1", in: styles)).contains("DejaVu Serif"))
    }

    @Test func notesNameTheStylesTakenFromTheHouseStyle() throws {
        let notes = try DOCXWriter.referenceNotes(options: try DOCXTemplateSupport.options())
        let note = try #require(notes.first)
        #expect(notes.count == 1)
        #expect(note.hasPrefix("the template lacks ") && note.hasSuffix("; Protokoll's own definitions are used"))
        let docx = try DOCXTemplateSupport.docx(try DOCXTestDocuments.seedMinutes())
        let styles = try ZipTestSupport.text(of: "word/styles.xml", in: docx)
        let named = note.dropFirst("the template lacks ".count).prefix { $0 != ";" }.components(separatedBy: ", ")
        for id in ["ProtokollRubrik", "Beslut", "Beslutssats", "Underskrift", "Footer", "Narvarotabell"] {
            #expect(named.contains(id), "the note does not name \(id)")
        }
        for id in named {
            #expect(DOCXTemplateSupport.style(id, in: styles) != nil, "\(id) named but not added")
        }
        for id in ["Heading1", "Heading2", "Header", "Normal"] {
            #expect(!named.contains(id), "the template defines \(id)")
        }
        #expect(try DOCXWriter.referenceNotes(options: WriterOptions()) == [])
    }

    @Test func everyStyleTheDocumentsUseIsDefined() throws {
        for name in Fixtures.exampleNames() {
            let minutes = try DOCXTestDocuments.example(name)
            for options in [WriterOptions(), try DOCXTemplateSupport.options()] {
                let reader = try ZipReader(try DOCXTestDocuments.docx(minutes, options: options))
                let parts = try reader.entries.filter { $0.name.hasPrefix("word/") && $0.name.hasSuffix(".xml") }.map { try reader.data($0.name) }
                let styles = String(decoding: try reader.data("word/styles.xml"), as: UTF8.self)
                for id in DOCXStyleReferences.ids(in: parts) {
                    #expect(DOCXStyleName.contentStyles.contains(id) || id == "Normal", "\(name): \(id) is not in DOCXStyleName.contentStyles")
                    #expect(DOCXTemplateSupport.style(id, in: styles) != nil, "\(name): \(id) is not defined")
                }
            }
        }
    }

    @Test func byteIdenticalAcrossRuns() throws {
        let minutes = try DOCXTestDocuments.seedMinutes()
        #expect(try DOCXTemplateSupport.docx(minutes) == DOCXTemplateSupport.docx(minutes))
    }

    @Test func anODTReferenceDocumentLeavesTheDOCXAsItWas() throws {
        let minutes = try DOCXTestDocuments.seedMinutes()
        var options = WriterOptions()
        options.referenceDocuments["odt"] = try Fixtures.bytes("templates/mall-kommun.odt")
        #expect(try DOCXTestDocuments.docx(minutes, options: options) == DOCXTestDocuments.docx(minutes))
    }

    @Test(arguments: DOCXTemplateSupport.BrokenTemplate.allCases)
    func aBrokenTemplateIsAClearError(_ broken: DOCXTemplateSupport.BrokenTemplate) throws {
        let options = try DOCXTemplateSupport.options(try broken.bytes())
        let minutes = try DOCXTestDocuments.seedMinutes()
        do {
            _ = try DOCXTestDocuments.docx(minutes, options: options)
            Issue.record("\(broken): no error")
        } catch let error as WriterError {
            switch error {
            case .failed(let format, let reason):
                #expect(format == "docx")
                #expect(reason.hasPrefix("unusable --reference-doc: "))
                for word in broken.expectedWords { #expect(reason.contains(word), "\(broken): “\(reason)” does not name \(word)") }
            case .unknownFormat:
                Issue.record("\(broken): \(error)")
            }
        }
        #expect(throws: TemplateError.self) { try DOCXWriter.referenceNotes(options: options) }
    }
}
