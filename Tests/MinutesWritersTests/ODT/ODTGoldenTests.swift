import MinutesWriters
import OfficePackaging
import Testing
import TestSupport

/// Every example's uncompressed parts against recorded goldens (deflate bytes differ between zlib builds).
@Suite("ODT goldens")
struct ODTGoldenTests {
    @Test(arguments: Fixtures.exampleNames())
    func exampleParts(name: String) throws {
        let odt = try ODTTestSupport.write(try ODTTestSupport.example(name))
        #expect(try ODTTestSupport.problems(odt) == [])
        let reader = try ZipReader(odt)
        for part in ODTTestSupport.parts {
            Golden.check(try XMLCanonicalizer.canonicalize(reader.data(part)), against: "odt/\(name)/\(part)")
        }
    }

    /// The manifest and the entry order are the same for every document: checked once, on the seed.
    @Test func seedManifestAndEntries() throws {
        let reader = try ZipReader(try ODTTestSupport.write(try ODTTestSupport.seedMinutes()))
        let folder = "odt/seed-planeringskonferens/"
        Golden.check(try XMLCanonicalizer.canonicalize(reader.data("META-INF/manifest.xml")), against: folder + "manifest.xml")
        let entries = reader.entries.map { "\($0.name) \($0.method == .stored ? "stored" : "deflated")\n" }.joined()
        Golden.check(entries, against: folder + "entries.txt")
    }
}
