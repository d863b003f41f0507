import Testing
@testable import MinutesWriters
import Protokoll
import TestSupport

@Suite struct KindLayoutTests {
    private func minutes(_ text: String) -> Minutes { Pipeline().parse(Array(text.utf8)) }

    @Test func presetSignaturesComeFromRolesWhenTheSourceHasNone() {
        let m = minutes("# Minnesanteckningar\n\nDeltagare\n\nAnna Ek, Region X, sekreterare\nBo Lund, Kommunen, justerare\n\n## 1. Punkt\n\nText.\n")
        #expect(KindLayout(m).signatures == [
            SignatureCell(role: "Vid anteckningarna", name: "Anna Ek"), SignatureCell(role: "Justerat", name: "Bo Lund"),
        ])
        let association = minutes("# Årsmöte\n\n## 1. Punkt\n\nText.\n")
        #expect(KindLayout(association).signatures.map(\.role) == ["Vid protokollet", "Justeras"])
        #expect(KindLayout(association).signatures.allSatisfy { $0.name == nil }, "blank lines to fill by hand")
    }

    @Test func municipalProtocolGridSignaturesAndCertificate() throws {
        let m = Pipeline().parse(try Fixtures.bytes("minutes/sammantradesprotokoll-kommunstyrelsen.md"))
        let layout = KindLayout(m)
        #expect(layout.headerRows.map(\.label) == [
            "Plats och tid", "Beslutande", "Övriga närvarande", "Diarienummer", "Utses att justera", "Justeringens plats och tid",
        ])
        #expect(layout.headerRows[1].lines.contains("Annika Samuelsson Björk (KD) ersätter Tommy Larsson (KD), §§\u{00A0}163–167"))
        #expect(layout.attendanceTables.isEmpty)
        #expect(layout.signatureHeading == "Underskrifter")
        #expect(layout.signatures.first == SignatureCell(role: "Sekreterare", name: "Lena Berg", note: "Paragrafer §§\u{00A0}163–167"))
        let certificate = try #require(layout.postingCertificate)
        #expect(certificate.map(\.lines) == [["Kommunstyrelsen"], ["2024-06-11"], ["2024-06-19"], ["2024-07-10"], ["Kommunledningskontoret, stadshuset"]])
    }

    @Test func noCertificateForMinnesanteckningar() {
        let m = minutes("---\nanslag: 2024-06-19\n---\n# Minnesanteckningar\n\n## 1. Punkt\n")
        #expect(m.meta.kind == .minnesanteckningar)
        #expect(KindLayout(m).postingCertificate == nil)
    }

    @Test func itemHeadings() {
        let item = AgendaItem(number: 163, usesParagraphSign: true, title: [.text("Val")], blocks: [], location: SourceLocation(line: 1, column: 1))
        #expect(ItemHeadingText.plain(item) == "§\u{00A0}163 Val")
        let lettered = AgendaItem(number: 10, suffix: "a", title: [.text("Tillägg")], blocks: [], location: SourceLocation(line: 1, column: 1))
        #expect(ItemHeadingText.plain(lettered) == "10 a. Tillägg")
    }
}
