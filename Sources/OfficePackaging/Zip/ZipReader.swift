/// Reads a zip archive from memory through its central directory, defensively.
///
/// Refuses entry names that escape the archive root, zip64, encryption, methods other than stored and
/// deflated, and archives or entries beyond `ZipLimits`. `data(_:)` never inflates past the declared size
/// and checks the CRC-32.
public struct ZipReader: Sendable {
    private let bytes: [UInt8]
    private let indexByName: [String: Int]
    /// The entries in central-directory order.
    public let entries: [ZipEntryInfo]

    /// Parses the central directory and every local header of `bytes`.
    public init(_ bytes: [UInt8], limits: ZipLimits = .init()) throws {
        let reader = ByteReader(bytes: bytes)
        let end = try EndOfCentralDirectory(locatingIn: reader)
        guard end.entryCount <= limits.maxEntries else {
            throw ZipError.limitExceeded("\(end.entryCount) entries, at most \(limits.maxEntries) allowed")
        }
        var entries: [ZipEntryInfo] = []
        var indexByName: [String: Int] = [:]
        var offset = end.centralDirectoryOffset
        var totalSize = 0
        for _ in 0..<end.entryCount {
            let record = try CentralRecord(reader: reader, offset: offset)
            let entry = try record.entryInfo(reader: reader, limits: limits, centralDirectoryOffset: end.centralDirectoryOffset)
            guard indexByName.updateValue(entries.count, forKey: entry.name) == nil else {
                throw ZipError.duplicateEntry(entry.name)
            }
            totalSize += entry.uncompressedSize
            guard totalSize <= limits.maxTotalSize else {
                throw ZipError.limitExceeded("entries total more than \(limits.maxTotalSize) bytes uncompressed")
            }
            entries.append(entry)
            offset = record.nextOffset
        }
        self.bytes = bytes
        self.entries = entries
        self.indexByName = indexByName
    }

    /// The entry named `name`, if the archive has one.
    public func entry(_ name: String) -> ZipEntryInfo? {
        indexByName[name].map { entries[$0] }
    }

    /// The uncompressed data of entry `name`, CRC-checked.
    public func data(_ name: String) throws -> [UInt8] {
        guard let entry = entry(name) else { throw ZipError.entryNotFound(name) }
        let nameLength = Int(try ByteReader(bytes: bytes).uint16(at: entry.localHeaderOffset + 26))
        let start = entry.localHeaderOffset + ZipFormat.localHeaderSize + nameLength + entry.localExtraLength
        let stored = try ByteReader(bytes: bytes).slice(at: start, count: entry.compressedSize)
        let data: [UInt8]
        switch entry.method {
        case .stored:
            guard entry.compressedSize == entry.uncompressedSize else {
                throw ZipError.sizeMismatch(entry: name, declared: entry.uncompressedSize, actual: entry.compressedSize)
            }
            data = Array(stored)
        case .deflated:
            data = try Deflate.decompress(stored, expectedSize: entry.uncompressedSize, entry: name)
        }
        let crc = CRC32.checksum(data)
        guard crc == entry.crc32 else { throw ZipError.crcMismatch(entry: name, expected: entry.crc32, actual: crc) }
        return data
    }
}
