import Foundation
import OfficePackaging
import Protokoll
import Testing
import TestSupport

@Suite struct DOCXWriterTests {
    static let goldenFolder = "docx/seed-planeringskonferens/"

    @Test func seedValidatesPartByPartAndAsPackage() throws {
        let docx = try DOCXTestDocuments.docx(try DOCXTestDocuments.seedMinutes())
        #expect(try DOCXTestDocuments.problems(docx) == [])
    }

    @Test func partsComeInFixedOrderAllDeflated() throws {
        let docx = try DOCXTestDocuments.docx(try DOCXTestDocuments.seedMinutes())
        let entries = try ZipReader(docx).entries
        #expect(entries.map(\.name) == [
            "[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml", "word/numbering.xml",
            "word/settings.xml", "word/fontTable.xml", "word/header1.xml", "word/footer1.xml",
            "word/_rels/document.xml.rels", "docProps/core.xml", "docProps/app.xml", "docProps/custom.xml",
        ])
        #expect(entries.allSatisfy { $0.method == .deflated && !$0.usesDataDescriptor && !$0.isDirectory })
    }

    @Test func byteIdenticalAcrossRuns() throws {
        let minutes = try DOCXTestDocuments.seedMinutes()
        #expect(try DOCXTestDocuments.docx(minutes) == DOCXTestDocuments.docx(minutes))
    }

    /// The package-wide parts; the document, core and custom parts of every example are in `DOCXExampleTests`.
    @Test(arguments: ["word/styles.xml", "[Content_Types].xml"])
    func seedPartMatchesGolden(part: String) throws {
        let docx = try DOCXTestDocuments.docx(try DOCXTestDocuments.seedMinutes())
        let canonical = try XMLCanonicalizer.canonicalize(try ZipReader(docx).data(part))
        Golden.check(canonical, against: DOCXWriterTests.goldenFolder + part)
    }

    @Test func seedEntriesMatchGolden() throws {
        let docx = try DOCXTestDocuments.docx(try DOCXTestDocuments.seedMinutes())
        let lines = try ZipReader(docx).entries.map { "\($0.name) \($0.method == .deflated ? "deflated" : "stored") \($0.uncompressedSize)" }
        Golden.check(lines.joined(separator: "\n") + "\n", against: DOCXWriterTests.goldenFolder + "entries.txt")
    }

    @Test func metadataCarriesTheDocumentDateNeverTheClock() throws {
        var options = WriterOptions()
        options.now = LocalDateTime(iso: "2030-01-02T03:04")
        let docx = try DOCXTestDocuments.docx(try DOCXTestDocuments.seedMinutes(), options: options)
        let core = try ZipTestSupport.text(of: "docProps/core.xml", in: docx)
        #expect(core.contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2019-09-05T00:00:00Z</dcterms:created>"))
        #expect(core.contains("<dc:language>sv-SE</dc:language>"))
        #expect(!core.contains("2030"))
        let custom = try ZipTestSupport.text(of: "docProps/custom.xml", in: docx)
        #expect(custom.contains("name=\"Sammanträdesdatum\"><vt:filetime>2019-09-05T00:00:00Z</vt:filetime>"))
    }

    @Test func undatedMinutesUseTheOptionsClockThenNothing() throws {
        let minutes = Minutes(meta: Metadata(kind: .protokoll, organ: "Styrelsen", fields: [.init(key: "diarienummer", value: "KS 2017/97-04")]))
        var options = WriterOptions()
        options.now = LocalDateTime(iso: "2024-05-14T10:00")
        let dated = try ZipTestSupport.text(of: "docProps/core.xml", in: try DOCXTestDocuments.docx(minutes, options: options))
        #expect(dated.contains(">2024-05-14T00:00:00Z</dcterms:modified>"))
        #expect(dated.contains("<cp:keywords>protokoll, Styrelsen, KS 2017/97-04</cp:keywords>"))
        let undated = try DOCXTestDocuments.docx(minutes)
        #expect(try !ZipTestSupport.text(of: "docProps/core.xml", in: undated).contains("dcterms:created"))
        #expect(try DOCXTestDocuments.problems(undated) == [])
    }

    @Test func itemsAreHeadingsWithTheSourceNumbering() throws {
        let item = AgendaItem(number: 163, usesParagraphSign: true, title: [.text("Budget")], blocks: [], location: .init(line: 1, column: 1))
        let document = try ZipTestSupport.text(of: "word/document.xml", in: try DOCXTestDocuments.docx(Minutes(items: [item])))
        #expect(document.contains("<w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t xml:space=\"preserve\">§\u{00A0}163 </w:t></w:r>"))
        let seed = try ZipTestSupport.text(of: "word/document.xml", in: try DOCXTestDocuments.docx(try DOCXTestDocuments.seedMinutes()))
        #expect(seed.contains(">1. </w:t></w:r><w:r><w:t xml:space=\"preserve\">Incheckning</w:t>"))
    }

    @Test func footerHasPageFieldsWithCachedResults() throws {
        let footer = try ZipTestSupport.text(of: "word/footer1.xml", in: try DOCXTestDocuments.docx(Minutes()))
        for field in ["PAGE", "NUMPAGES"] {
            #expect(footer.contains("<w:instrText xml:space=\"preserve\"> \(field) </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t xml:space=\"preserve\">1</w:t>"))
        }
        let settings = try ZipTestSupport.text(of: "word/settings.xml", in: try DOCXTestDocuments.docx(Minutes()))
        #expect(!settings.contains("<w:updateFields"))
    }

    @Test func orderedListsRestartAndLinksAreExternalRelationships() throws {
        let minutes = DOCXHostileInput.minutes()
        let docx = try DOCXTestDocuments.docx(minutes)
        let numbering = try ZipTestSupport.text(of: "word/numbering.xml", in: docx)
        #expect(numbering.components(separatedBy: "<w:startOverride").count - 1 == 3)
        let rels = try ZipTestSupport.text(of: "word/_rels/document.xml.rels", in: docx)
        #expect(rels.contains("Target=\"https://example.org/a%20b%22%3C%3E\" TargetMode=\"External\""))
    }
}

@Suite struct DOCXSignatureBlockTests {
    @Test func signatureBlockKeepsWithTheLastParagraphAndNeverSplits() throws {
        let document = try ZipTestSupport.text(of: "word/document.xml", in: try DOCXTestDocuments.docx(try DOCXTestDocuments.seedMinutes()))
        #expect(document.contains("<w:pStyle w:val=\"Beslutssats\"/><w:keepNext/></w:pPr><w:r><w:t xml:space=\"preserve\">att </w:t></w:r><w:r><w:t xml:space=\"preserve\">förskjuta"))
        let signatureTable = try #require(document.components(separatedBy: "<w:tbl>").last)
        #expect(signatureTable.contains("Anna Söderström") && signatureTable.contains("Stefan Hollmark"))
        let rows = signatureTable.components(separatedBy: "<w:tr>").dropFirst()
        #expect(!rows.isEmpty && rows.allSatisfy { $0.hasPrefix("<w:trPr><w:cantSplit/>") })
        #expect(signatureTable.components(separatedBy: "<w:pStyle w:val=\"Underskriftslinje\"/>").count - 1 == 2)
    }

    @Test func laterSignatureRowsStandApartFromTheNamesAbove() throws {
        let signers = ["Ordförande", "Sekreterare", "Justerare"].map { Signature(role: $0, name: "N N") }
        let document = try ZipTestSupport.text(of: "word/document.xml", in: try DOCXTestDocuments.docx(Minutes(signatures: signers)))
        let rows = document.components(separatedBy: "<w:tr>").dropFirst()
        #expect(rows.count == 2)
        #expect(rows.last?.contains("<w:pStyle w:val=\"UnderskriftRoll\"/><w:spacing w:before=\"480\"/>") == true)
        #expect(rows.first?.contains("w:before=\"480\"") == false)
    }
}
