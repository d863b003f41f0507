import Foundation
import Testing
@testable import OfficePackaging
import TestSupport

@Suite("ZipWriter")
struct ZipWriterTests {
    @Test func roundTripsStoredDeflatedUnicodeEmptyAndLargeEntries() throws {
        let large = pseudoRandomBytes(count: 1 << 20)
        let entries: [(String, [UInt8], ZipMethod)] = [
            ("mimetype", Array("application/vnd.oasis.opendocument.text".utf8), .stored),
            ("content.xml", Array("<a>hej</a>".utf8), .deflated),
            ("Bilagor/möte åäö 🎉.txt", Array("Protokoll fört vid sammanträde".utf8), .deflated),
            ("empty-stored", [], .stored),
            ("empty-deflated", [], .deflated),
            ("large.bin", large, .deflated),
        ]
        var writer = ZipWriter(timestamp: ZipTimestamp(year: 2024, month: 5, day: 14, hour: 10))
        for (name, data, method) in entries {
            try writer.add(name, data, method: method)
        }
        let reader = try ZipReader(writer.finish())
        #expect(reader.entries.map(\.name) == entries.map(\.0))
        for (name, data, method) in entries {
            #expect(try reader.data(name) == data)
            #expect(reader.entry(name)?.method == method)
        }
        #expect(try #require(reader.entry("large.bin")).compressedSize < large.count)
    }

    @Test func sameInputsGiveIdenticalBytes() throws {
        func build() throws -> [UInt8] {
            var writer = ZipWriter(timestamp: ZipTimestamp(year: 2019, month: 9, day: 5, hour: 12))
            try writer.add("mimetype", Array("application/vnd.oasis.opendocument.text".utf8), method: .stored)
            try writer.add("content.xml", pseudoRandomBytes(count: 50_000))
            return writer.finish()
        }
        #expect(try build() == build())
    }

    @Test func storedMimetypeFirstSitsAtOffset38WithoutExtraField() throws {
        let mimetype = Array("application/vnd.oasis.opendocument.text".utf8)
        var writer = ZipWriter(timestamp: .dosEpoch)
        try writer.add("mimetype", mimetype, method: .stored)
        try writer.add("content.xml", Array("<x/>".utf8))
        let archive = writer.finish()
        #expect(Array(archive[38..<38 + mimetype.count]) == mimetype)
        #expect(read16(archive, 28) == 0)  // extra field length
        #expect(read16(archive, 8) == 0)  // method stored
    }

    @Test func neverSetsDataDescriptorAndFlagsOnlyNonASCIINames() throws {
        var writer = ZipWriter(timestamp: .dosEpoch)
        try writer.add("ascii.txt", Array("a".utf8))
        try writer.add("sammanträde.txt", Array("b".utf8))
        let archive = writer.finish()
        #expect(read16(archive, 4) == 20)  // version needed
        #expect(read16(archive, 6) == 0)  // flags of the first local header
        let reader = try ZipReader(archive)
        #expect(reader.entries.allSatisfy { $0.flags & (1 << 3) == 0 })
        #expect(reader.entries.map { $0.flags & (1 << 11) != 0 } == [false, true])
        #expect(reader.entries.allSatisfy { $0.localExtraLength == 0 })
    }

    @Test func writesDOSTimeAndDateFromTheTimestamp() throws {
        let epoch = try singleEntryArchive("a", [])
        #expect(read16(epoch, 10) == 0x0000)
        #expect(read16(epoch, 12) == 0x0021)
        var writer = ZipWriter(timestamp: ZipTimestamp(year: 2024, month: 5, day: 14, hour: 10, minute: 30, second: 15))
        try writer.add("a", [])
        let archive = writer.finish()
        #expect(read16(archive, 10) == UInt16(10 << 11 | 30 << 5 | 7))
        #expect(read16(archive, 12) == UInt16(44 << 9 | 5 << 5 | 14))
    }

    @Test func rejectsDuplicateAndUnsafeNames() throws {
        var writer = ZipWriter(timestamp: .dosEpoch)
        try writer.add("a.xml", [])
        #expect(throws: ZipError.duplicateEntry("a.xml")) { try writer.add("a.xml", [1]) }
        #expect(throws: ZipError.self) { try writer.add("../evil", []) }
        #expect(throws: ZipError.self) { try writer.add("", []) }
    }

    @Test func clampsTimestampsToTheDOSRange() {
        #expect(ZipTimestamp(year: 1970, month: 6, day: 1) == .dosEpoch)
        #expect(ZipTimestamp(year: 2200, month: 1, day: 1) == ZipTimestamp(year: 2107, month: 12, day: 31, hour: 23, minute: 59, second: 58))
        #expect(ZipTimestamp(year: 2000, month: 13, day: 0, hour: 25, minute: -1, second: 59)
            == ZipTimestamp(year: 2000, month: 12, day: 1, hour: 23, minute: 0, second: 58))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/unzip")))
    func unzipAcceptsTheArchive() throws {
        var writer = ZipWriter(timestamp: ZipTimestamp(year: 2024, month: 5, day: 14))
        try writer.add("mimetype", Array("application/vnd.oasis.opendocument.text".utf8), method: .stored)
        try writer.add("content.xml", pseudoRandomBytes(count: 200_000))
        try writer.add("tom.txt", [])
        try writer.add("Bilagor/möte.txt", Array("åäö".utf8))
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("zipwriter-\(UUID().uuidString).zip")
        try Data(writer.finish()).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/unzip")
        process.arguments = ["-t", url.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(output)")
        #expect(output.contains("No errors detected"))
    }
}

@Suite("ZipTestSupport")
struct ZipTestSupportTests {
    @Test func listsReadsAndCanonicalizesParts() throws {
        let archive = try package([("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", "<a b='1'/>")])
        #expect(try ZipTestSupport.entryNames(archive) == ["mimetype", "content.xml"])
        #expect(try ZipTestSupport.text(of: "mimetype", in: archive) == "application/vnd.oasis.opendocument.text")
        #expect(try ZipTestSupport.canonicalXMLParts(archive) == ["content.xml": "<a b=\"1\"/>\n"])
    }
}
