/// Builds a zip archive in memory, deterministically: same entries and timestamp, same bytes.
///
/// Every local header carries the real CRC-32 and sizes (never the data-descriptor bit), extra fields
/// are empty, entries keep insertion order, and zip64 is never written.
public struct ZipWriter: Sendable {
    private let timestamp: ZipTimestamp
    private var body: [UInt8] = []
    private var centralDirectory: [UInt8] = []
    private var names: Set<String> = []

    /// A writer that stamps every entry with `timestamp`.
    public init(timestamp: ZipTimestamp) {
        self.timestamp = timestamp
    }

    /// Appends an entry; throws on a duplicate or unsafe name, or when zip64 would be needed.
    public mutating func add(_ path: String, _ data: [UInt8], method: ZipMethod = .deflated) throws {
        try ZipEntryName.checkSafe(path)
        guard !names.contains(path) else { throw ZipError.duplicateEntry(path) }
        guard names.count < ZipFormat.maxEntryCount else { throw ZipError.needsZip64("entry count") }
        let nameBytes = Array(path.utf8)
        guard nameBytes.count <= Int(UInt16.max) else {
            throw ZipError.unsafeEntryName(path, reason: "longer than 65,535 bytes")
        }
        guard data.count <= ZipFormat.maxSize else { throw ZipError.needsZip64("entry '\(path)'") }

        let stored = method == .deflated ? try Deflate.compress(data) : data
        let offset = body.count
        let header = EntryHeader(
            flags: ZipEntryName.needsUTF8Flag(path) ? ZipFormat.utf8NameFlag : 0,
            method: method.code, timestamp: timestamp, crc32: CRC32.checksum(data),
            compressedSize: UInt32(stored.count), uncompressedSize: UInt32(data.count), name: nameBytes)
        guard offset + ZipFormat.localHeaderSize + nameBytes.count + stored.count <= ZipFormat.maxSize else {
            throw ZipError.needsZip64("archive size")
        }

        header.appendLocal(to: &body)
        body.append(contentsOf: stored)
        header.appendCentral(to: &centralDirectory, localHeaderOffset: UInt32(offset))
        names.insert(path)
    }

    /// The complete archive: entries, central directory and end record (no comment).
    public func finish() -> [UInt8] {
        var archive = body
        archive.reserveCapacity(body.count + centralDirectory.count + ZipFormat.endOfCentralDirectorySize)
        archive.append(contentsOf: centralDirectory)
        archive.appendLE(ZipFormat.endOfCentralDirectorySignature)
        archive.appendLE(UInt16(0))  // this disk
        archive.appendLE(UInt16(0))  // disk with the central directory
        archive.appendLE(UInt16(names.count))
        archive.appendLE(UInt16(names.count))
        archive.appendLE(UInt32(centralDirectory.count))
        archive.appendLE(UInt32(body.count))
        archive.appendLE(UInt16(0))  // comment length
        return archive
    }
}

/// The fields local and central headers share.
private struct EntryHeader {
    let flags: UInt16
    let method: UInt16
    let timestamp: ZipTimestamp
    let crc32: UInt32
    let compressedSize: UInt32
    let uncompressedSize: UInt32
    let name: [UInt8]

    func appendLocal(to out: inout [UInt8]) {
        out.appendLE(ZipFormat.localHeaderSignature)
        out.appendLE(ZipFormat.versionNeeded)
        appendShared(to: &out)
        out.appendLE(UInt16(0))  // extra field length
        out.append(contentsOf: name)
    }

    func appendCentral(to out: inout [UInt8], localHeaderOffset: UInt32) {
        out.appendLE(ZipFormat.centralHeaderSignature)
        out.appendLE(ZipFormat.versionMadeBy)
        out.appendLE(ZipFormat.versionNeeded)
        appendShared(to: &out)
        out.appendLE(UInt16(0))  // extra field length
        out.appendLE(UInt16(0))  // comment length
        out.appendLE(UInt16(0))  // disk number start
        out.appendLE(UInt16(0))  // internal attributes
        out.appendLE(ZipFormat.externalAttributes)
        out.appendLE(localHeaderOffset)
        out.append(contentsOf: name)
    }

    /// Flags through name length: identical in both headers.
    private func appendShared(to out: inout [UInt8]) {
        out.appendLE(flags)
        out.appendLE(method)
        out.appendLE(timestamp.dosTime)
        out.appendLE(timestamp.dosDate)
        out.appendLE(crc32)
        out.appendLE(compressedSize)
        out.appendLE(uncompressedSize)
        out.appendLE(UInt16(name.count))
    }
}
