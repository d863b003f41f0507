import Testing
@testable import OfficePackaging

@Suite("ZipReader")
struct ZipReaderTests {
    @Test(arguments: [
        ("../evil", "xx/evil"),
        ("a/../../evil", "a/bb/cc/evil"),
        ("/etc/passwd", "aetc/passwd"),
        ("C:\\evil", "abcdefg"),
        ("dir\\..\\x", "abcdefgh"),
    ])
    func rejectsNamesThatEscapeTheRoot(raw: String, placeholder: String) throws {
        let archive = try archiveWithRawName(raw, placeholder: placeholder)
        #expect {
            _ = try ZipReader(archive)
        } throws: { error in
            guard case ZipError.unsafeEntryName(let name, _) = error else { return false }
            return name == raw
        }
    }

    @Test func detectsACorruptedCRC() throws {
        var archive = try singleEntryArchive("content.xml", Array("<a>hej</a>".utf8))
        patch32(&archive, at: centralDirectoryOffset(archive) + 16, 0xDEAD_BEEF)
        let reader = try ZipReader(archive)
        #expect {
            _ = try reader.data("content.xml")
        } throws: { error in
            guard case ZipError.crcMismatch = error else { return false }
            return true
        }
    }

    @Test func stopsInflatingAtTheDeclaredSize() throws {
        let zeros = [UInt8](repeating: 0, count: 1 << 20)
        var archive = try singleEntryArchive("bomb.xml", zeros)
        patch32(&archive, at: 22, 100)  // local uncompressed size
        patch32(&archive, at: centralDirectoryOffset(archive) + 24, 100)
        let reader = try ZipReader(archive)
        #expect(reader.entries.first?.uncompressedSize == 100)
        #expect {
            _ = try reader.data("bomb.xml")
        } throws: { error in
            guard case ZipError.sizeMismatch(_, let declared, _) = error else { return false }
            return declared == 100
        }
    }

    @Test func enforcesLimits() throws {
        var writer = ZipWriter(timestamp: .dosEpoch)
        try writer.add("a", [UInt8](repeating: 7, count: 2000))
        try writer.add("b", [UInt8](repeating: 7, count: 2000))
        let archive = writer.finish()
        var entrySize = ZipLimits()
        entrySize.maxEntrySize = 1000
        var total = ZipLimits()
        total.maxTotalSize = 3000
        var count = ZipLimits()
        count.maxEntries = 1
        for limits in [entrySize, total, count] {
            #expect {
                _ = try ZipReader(archive, limits: limits)
            } throws: { error in
                guard case ZipError.limitExceeded = error else { return false }
                return true
            }
        }
    }

    @Test func rejectsTruncatedArchives() throws {
        var writer = ZipWriter(timestamp: .dosEpoch)
        try writer.add("content.xml", pseudoRandomBytes(count: 10_000))
        try writer.add("styles.xml", pseudoRandomBytes(count: 10_000, seed: 7))
        let archive = writer.finish()
        #expect(throws: ZipError.notAZipArchive) { try ZipReader(Array(archive.prefix(archive.count - 5))) }
        #expect(throws: ZipError.notAZipArchive) { try ZipReader([]) }
        // Keep the end record but cut away the start: headers now point outside the bytes.
        let cut = Array(archive.suffix(archive.count - 4000))
        #expect(throws: ZipError.self) { try ZipReader(cut) }
    }

    @Test func rejectsUnsupportedMethodsAndMissingEntries() throws {
        var archive = try singleEntryArchive("a.txt", Array("abc".utf8), method: .stored)
        archive[8] = 12  // bzip2, local
        archive[centralDirectoryOffset(archive) + 10] = 12
        #expect(throws: ZipError.unsupportedMethod(entry: "a.txt", method: 12)) { try ZipReader(archive) }
        let reader = try ZipReader(try singleEntryArchive("a.txt", []))
        #expect(throws: ZipError.entryNotFound("b.txt")) { try reader.data("b.txt") }
    }

    @Test func errorsDescribeThemselves() {
        #expect(ZipError.crcMismatch(entry: "x", expected: 1, actual: 0xAB).description
            == "zip entry 'x' has CRC-32 0x000000AB, but its header says 0x00000001")
        #expect(ZipError.unsafeEntryName("../e", reason: "'..' escapes the archive root").description.contains("../e"))
    }
}
