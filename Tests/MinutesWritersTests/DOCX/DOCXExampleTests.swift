import Foundation
@testable import MinutesWriters
import OfficePackaging
import Protokoll
import Testing
import TestSupport

/// Every example in `fixtures/minutes/` (one per document kind) as DOCX: valid in-process, and its document,
/// core and custom parts against goldens under `fixtures/docx/<example>/`.
@Suite struct DOCXExampleTests {
    static let municipal = "sammantradesprotokoll-kommunstyrelsen"
    static let association = "foreningsprotokoll-arsmote"

    @Test(arguments: Fixtures.exampleNames())
    func exampleValidatesAndMatchesGoldens(name: String) throws {
        let docx = try DOCXTestDocuments.docx(try DOCXTestDocuments.example(name))
        #expect(try DOCXTestDocuments.problems(docx) == [])
        let reader = try ZipReader(docx)
        for part in ["word/document.xml", "docProps/core.xml", "docProps/custom.xml"] {
            Golden.check(try XMLCanonicalizer.canonicalize(reader.data(part)), against: "docx/\(name)/\(part)")
        }
    }

    @Test func examplesCoverEveryKindWeShowDifferently() {
        #expect(Set([DOCXExampleTests.municipal, DOCXExampleTests.association]).isSubset(of: Fixtures.exampleNames()))
    }

    @Test func municipalHeaderCarriesThePageLabelAndTheFooterIsEmpty() throws {
        let docx = try DOCXTestDocuments.docx(try DOCXTestDocuments.example(DOCXExampleTests.municipal))
        let header = try ZipTestSupport.text(of: "word/header1.xml", in: docx)
        for part in ["Kommunstyrelsen", "SAMMANTRÄDESPROTOKOLL", "Sammanträdesdatum 2024-06-11", " PAGE ", " NUMPAGES "] {
            #expect(header.contains(part), "header lacks \(part)")
        }
        let footer = try ZipTestSupport.text(of: "word/footer1.xml", in: docx)
        #expect(!footer.contains("PAGE") && !footer.contains("Sida"))
    }

    @Test func otherKindsKeepThePageLabelInTheFooter() throws {
        let docx = try DOCXTestDocuments.docx(try DOCXTestDocuments.example(DOCXExampleTests.association))
        #expect(try ZipTestSupport.text(of: "word/footer1.xml", in: docx).contains(" NUMPAGES "))
        let header = try ZipTestSupport.text(of: "word/header1.xml", in: docx)
        #expect(!header.contains("SAMMANTRÄDESPROTOKOLL") && !header.contains("PAGE"))
    }

    @Test func gridDnrSignatureHeadingAndNote() throws {
        let document = try DOCXTestDocuments.documentXML(DOCXExampleTests.municipal)
        #expect(document.contains("<w:i/><w:iCs/></w:rPr><w:t xml:space=\"preserve\">Tjänstgörande ersättare</w:t>"), "group labels in italics")
        #expect(document.contains(DOCXTestDocuments.run("Val av justerare") + "</w:p><w:p><w:pPr><w:pStyle w:val=\"Dnr\"/></w:pPr>"
            + DOCXTestDocuments.run("Dnr KS 2024/97-04")))
        #expect(document.contains("<w:pStyle w:val=\"Underskriftsrubrik\"/></w:pPr>" + DOCXTestDocuments.run("Underskrifter") + "</w:p><w:tbl>"))
        #expect(document.contains(DOCXTestDocuments.run("Lena Berg") + "</w:p><w:p><w:pPr><w:pStyle w:val=\"UnderskriftNot\"/></w:pPr>"
            + DOCXTestDocuments.run("Paragrafer §§\u{00A0}163–167")))
    }

    @Test func certificateIsKeptTogetherAfterTheSignatures() throws {
        let document = try DOCXTestDocuments.documentXML(DOCXExampleTests.municipal)
        let heading = try #require(document.range(of: "<w:pStyle w:val=\"Anslagsrubrik\"/></w:pPr>" + DOCXTestDocuments.run("ANSLAG/BEVIS")))
        #expect(document[..<heading.lowerBound].contains("Kjell Hedvall"), "after the signatures")
        let certificate = document[heading.upperBound...]
        #expect(certificate.hasPrefix("</w:p><w:p><w:pPr><w:pStyle w:val=\"Anslagstext\"/></w:pPr>" + DOCXTestDocuments.run(KindLayout.postingStatement)))
        let tables = certificate.components(separatedBy: "<w:tbl>").dropFirst()
        try #require(tables.count == 2, "the label/value grid, then the signature line")
        let grid = try #require(tables.first?.components(separatedBy: "</w:tbl>").first)
        let rows = grid.components(separatedBy: "<w:tr>").dropFirst()
        #expect(rows.count == 5 && rows.allSatisfy { $0.hasPrefix("<w:trPr><w:cantSplit/>") })
        let paragraphs = grid.components(separatedBy: "<w:p>").dropFirst()
        #expect(!paragraphs.isEmpty && paragraphs.allSatisfy { $0.hasPrefix("<w:pPr><w:pStyle w:val=\"Tabelltext\"/><w:keepNext/>") })
        #expect(grid.contains(">Datum då anslaget tas ned</w:t>") && grid.contains(">2024-07-10</w:t>"))
        let signature = try #require(tables.last)
        #expect(signature.contains(DOCXTestDocuments.run("Underskrift")))
        #expect(signature.components(separatedBy: "<w:pStyle w:val=\"Underskriftslinje\"/>").count - 1 == 1)
    }

    @Test func noCertificateOrSignatureHeadingForAnAssociation() throws {
        let document = try DOCXTestDocuments.documentXML(DOCXExampleTests.association)
        #expect(!document.contains("Anslagsrubrik") && !document.contains("Underskriftsrubrik"))
        for role in ["Vid protokollet", "Justeras"] { #expect(document.contains(DOCXTestDocuments.run(role))) }
    }
}
