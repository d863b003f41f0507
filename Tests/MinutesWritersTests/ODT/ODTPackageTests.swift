import Foundation
@testable import MinutesWriters
import OfficePackaging
import Protokoll
import Testing

@Suite("ODT package")
struct ODTPackageTests {
    @Test func seedIsValidAgainstODF13AndPackageRules() throws {
        let odt = try ODTTestSupport.write(try ODTTestSupport.seedMinutes())
        #expect(try ODTTestSupport.problems(odt) == [])
    }

    @Test func mimetypeIsFirstStoredAndAtOffset38() throws {
        let odt = try ODTTestSupport.write(try ODTTestSupport.seedMinutes())
        let mediaType = Array(ODTWriter.format.mediaType.utf8)
        #expect(Array(odt[30..<38]) == Array("mimetype".utf8))
        #expect(Array(odt[38..<(38 + mediaType.count)]) == mediaType)
        #expect(odt[8] == 0 && odt[9] == 0, "compression method of the first entry must be 0 (stored)")
        #expect(odt[28] == 0 && odt[29] == 0, "no extra field")
        let reader = try ZipReader(odt)
        #expect(reader.entries.map(\.name) == ["mimetype", "content.xml", "styles.xml", "meta.xml", "META-INF/manifest.xml"])
    }

    @Test func twoRunsAreByteIdentical() throws {
        let minutes = try ODTTestSupport.seedMinutes()
        #expect(try ODTTestSupport.write(minutes) == ODTTestSupport.write(minutes))
    }

    @Test func timestampIsDocumentDateThenNowThenDOSEpoch() throws {
        var meta = Metadata()
        #expect(PackageTimestamp.of(meta, options: WriterOptions()) == .dosEpoch)
        let now = try #require(LocalDateTime(iso: "2024-05-14T10:30"))
        #expect(PackageTimestamp.of(meta, options: WriterOptions(now: now)) == ZipTimestamp(year: 2024, month: 5, day: 14, hour: 10, minute: 30))
        meta.start = LocalDateTime(iso: "2019-09-05T12:00")
        #expect(PackageTimestamp.of(meta, options: WriterOptions(now: now)) == ZipTimestamp(year: 2019, month: 9, day: 5))
    }

    @Test func registryKnowsODT() throws {
        let writer = try WriterRegistry.standard.writer(for: "odt")
        #expect(type(of: writer).format.fileExtension == "odt")
        #expect(type(of: writer).format.mediaType == "application/vnd.oasis.opendocument.text")
    }

    @Test func minimalMinutesAreValid() throws {
        let odt = try ODTTestSupport.write(Minutes())
        #expect(try ODTTestSupport.problems(odt) == [])
    }
}

/// The signature fields' names: role noun and signer, numbered when one repeats.
@Suite struct SignatureFieldNameTests {
    @Test func namesFollowTheDutyAndTheSigner() {
        let cells = [
            SignatureCell(role: "Vid anteckningarna", name: "Anna Berg"), SignatureCell(role: "Justeras", name: "Per Holm"),
            SignatureCell(role: "Ordförande", name: "Kjell Hedvall"), SignatureCell(role: "Justerande", name: nil),
            SignatureCell(role: "Justerande", name: nil), SignatureCell(role: "Kassör", name: "Eva Ek"),
        ]
        #expect(SignatureFieldNames.of(cells) == [
            "Sekreterare – Anna Berg", "Justerare – Per Holm", "Ordförande – Kjell Hedvall", "Justerare", "Justerare 2", "Kassör – Eva Ek",
        ])
    }
}
