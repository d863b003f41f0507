import MinutesWriters
import OfficePackaging
import MinutesModel
import Testing
import TestSupport

/// What the document kinds change in the ODT: the running header, the grid, Dnr lines, the signature block
/// and the anslagsbevis.
@Suite("ODT document kinds")
struct ODTKindTests {
    static let municipal = "sammantradesprotokoll-kommunstyrelsen"

    private func parts(_ name: String) throws -> (content: String, styles: String) {
        let odt = try ODTTestSupport.write(try ODTTestSupport.example(name))
        return (try ZipTestSupport.text(of: "content.xml", in: odt), try ZipTestSupport.text(of: "styles.xml", in: odt))
    }

    @Test func municipalHeaderCarriesThePageLabelAndTheFooterTheBoxes() throws {
        let styles = try parts(Self.municipal).styles
        let header = try #require(styles.firstRange(of: #/<style:header>.*</style:header>/#.dotMatchesNewlines()))
        let text = String(styles[header])
        for part in ["Kommunstyrelsen", "SAMMANTRÄDESPROTOKOLL", "Sammanträdesdatum 2024-06-11", "<text:page-number", "<text:page-count"] {
            #expect(text.contains(part), "header lacks \(part)")
        }
        let footer = try #require(styles.firstRange(of: #/<style:footer>.*</style:footer>/#.dotMatchesNewlines()))
        let boxes = String(styles[footer])
        #expect(boxes.components(separatedBy: ">Justerandes signatur<").count - 1 == 2, "one box per justerare: \(boxes)")
        #expect(boxes.contains(">Utdragsbestyrkande<") && !boxes.contains("<text:page-number"))
    }

    @Test func pageFurnitureCanBeTurnedOffAndTheMunicipalityJoinsTheHeader() throws {
        var minutes = try ODTTestSupport.example(Self.municipal)
        minutes.meta.fields.append(Metadata.Field(key: "sidfot", value: "nej"))
        minutes.meta.fields.append(Metadata.Field(key: "kommun", value: "Kungsbacka"))
        let styles = try ZipTestSupport.text(of: "styles.xml", in: try ODTTestSupport.write(minutes))
        #expect(!styles.contains("<style:footer>") && !styles.contains("Justerandes signatur"))
        #expect(styles.contains("Kungsbacka kommun<text:tab/>Sammanträdesdatum 2024-06-11"), "\(styles)")
    }

    @Test func otherKindsKeepThePageLabelInTheFooter() throws {
        let styles = try parts("foreningsprotokoll-arsmote").styles
        let footer = try #require(styles.firstRange(of: #/<style:footer>.*</style:footer>/#.dotMatchesNewlines()))
        #expect(styles[footer].contains("<text:page-number"))
        #expect(!styles.contains("SAMMANTRÄDESPROTOKOLL"))
    }

    @Test func gridDnrSignaturesAndCertificate() throws {
        let content = try parts(Self.municipal).content
        let substituteGroup = "<text:p text:style-name=\"Faktagrupp\">Tjänstgörande ersättare</text:p>"
        #expect(content.contains(substituteGroup), "group labels in the grid are set apart")
        #expect(content.contains("§\u{00A0}163 Val av justerare</text:h><text:p text:style-name=\"Dnr\">Dnr KS 2024/97-04</text:p>"))
        #expect(content.contains("<text:p text:style-name=\"Underskrifter_20_rubrik\">Underskrifter</text:p><table:table table:name=\"Underskrifter\""))
        #expect(content.contains("Lena Berg</text:p><text:p text:style-name=\"Underskrift_20_not\">Paragrafer §§\u{00A0}163–167</text:p>"))
        let certificate = try #require(content.range(of: "<text:p text:style-name=\"Anslagsrubrik\">ANSLAG/BEVIS</text:p>"))
        let after = content[certificate.upperBound...]
        #expect(after.hasPrefix("<text:p text:style-name=\"Anslagstext\">Protokollet är justerat."))
        #expect(after.contains("<table:table table:name=\"Anslagsbevis\" table:style-name=\"Anslag\">"))
        #expect(after.contains("<table:table table:name=\"Anslagsunderskrift\""))
        // Kept together: the certificate's grid keeps with the signature line and neither table breaks between rows.
        #expect(content.contains("style:name=\"Anslag\" style:family=\"table\"><style:table-properties style:width=\"16cm\" table:align=\"margins\" fo:margin-bottom=\"0cm\" fo:keep-with-next=\"always\" style:may-break-between-rows=\"false\"/>"))
    }

    @Test func noCertificateOrSignatureHeadingForAnAssociation() throws {
        let content = try parts("foreningsprotokoll-arsmote").content
        #expect(!content.contains("Anslagsrubrik\">") && !content.contains("Underskrifter_20_rubrik\">"))
        for role in ["Vid protokollet", "Justeras"] { #expect(content.contains(">\(role)</text:p>")) }
    }
}

/// The DOCX carries the same page furniture as the ODT.
@Suite struct DOCXPageFurnitureTests {
    @Test func footerHasABoxPerJusterareAndUtdragsbestyrkande() throws {
        let minutes = try ODTTestSupport.example(ODTKindTests.municipal)
        let docx = try DOCXWriter().write(minutes, options: WriterOptions())
        #expect(OfficePackageValidator.validateDOCX(docx).isEmpty)
        let footers = try ZipReader(docx).entries.filter { $0.name.hasPrefix("word/footer") }
        let text = try footers.map { try ZipTestSupport.text(of: $0.name, in: docx) }.joined()
        #expect(text.components(separatedBy: ">Justerandes signatur<").count - 1 == 2, "\(text)")
        #expect(text.contains(">Utdragsbestyrkande<") && text.contains("w:hRule=\"atLeast\""))
    }
}
