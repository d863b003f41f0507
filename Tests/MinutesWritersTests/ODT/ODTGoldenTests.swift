import MinutesWriters
import OfficePackaging
import Testing
import TestSupport

/// The seed's uncompressed parts against recorded goldens (deflate bytes differ between zlib builds).
@Suite("ODT goldens")
struct ODTGoldenTests {
    static let folder = "odt/seed-planeringskonferens/"

    @Test func seedParts() throws {
        let odt = try ODTTestSupport.write(try ODTTestSupport.seedMinutes())
        let reader = try ZipReader(odt)
        for (part, golden) in [("content.xml", "content.xml"), ("styles.xml", "styles.xml"), ("meta.xml", "meta.xml"),
                               ("META-INF/manifest.xml", "manifest.xml")] {
            Golden.check(try XMLCanonicalizer.canonicalize(reader.data(part)), against: Self.folder + golden)
        }
        let entries = reader.entries.map { "\($0.name) \($0.method == .stored ? "stored" : "deflated")\n" }.joined()
        Golden.check(entries, against: Self.folder + "entries.txt")
    }
}
