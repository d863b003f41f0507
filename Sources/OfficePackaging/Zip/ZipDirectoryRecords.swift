/// The end-of-central-directory record, found by scanning back from the end of the archive.
struct EndOfCentralDirectory {
    let entryCount: Int
    let centralDirectoryOffset: Int

    init(locatingIn reader: ByteReader) throws {
        let bytes = reader.bytes
        let latest = bytes.count - ZipFormat.endOfCentralDirectorySize
        guard latest >= 0 else { throw ZipError.notAZipArchive }
        let earliest = max(0, latest - Int(UInt16.max))  // the comment is at most 65,535 bytes
        guard let offset = stride(from: latest, through: earliest, by: -1).first(where: {
            (try? reader.uint32(at: $0)) == ZipFormat.endOfCentralDirectorySignature
        }) else { throw ZipError.notAZipArchive }

        let disk = try reader.uint16(at: offset + 4)
        let centralDisk = try reader.uint16(at: offset + 6)
        let entriesOnDisk = try reader.uint16(at: offset + 8)
        let entries = try reader.uint16(at: offset + 10)
        let size = try reader.uint32(at: offset + 12)
        let start = try reader.uint32(at: offset + 16)
        if entries == UInt16.max || size == UInt32.max || start == UInt32.max {
            throw ZipError.unsupportedArchive("zip64")
        }
        guard disk == 0, centralDisk == 0, entriesOnDisk == entries else {
            throw ZipError.unsupportedArchive("spans several disks")
        }
        guard Int(start) + Int(size) <= offset else {
            throw ZipError.truncated("central directory at \(start) (+\(size)) overlaps the end record at \(offset)")
        }
        entryCount = Int(entries)
        centralDirectoryOffset = Int(start)
    }
}

/// One central-directory file header.
struct CentralRecord {
    let flags: UInt16
    let method: UInt16
    let crc32: UInt32
    let compressedSize: Int
    let uncompressedSize: Int
    let nameBytes: ArraySlice<UInt8>
    let localHeaderOffset: Int
    let nextOffset: Int

    init(reader: ByteReader, offset: Int) throws {
        guard try reader.uint32(at: offset) == ZipFormat.centralHeaderSignature else {
            throw ZipError.truncated("no central directory header at offset \(offset)")
        }
        flags = try reader.uint16(at: offset + 8)
        method = try reader.uint16(at: offset + 10)
        crc32 = try reader.uint32(at: offset + 16)
        compressedSize = Int(try reader.uint32(at: offset + 20))
        uncompressedSize = Int(try reader.uint32(at: offset + 24))
        let nameLength = Int(try reader.uint16(at: offset + 28))
        let extraLength = Int(try reader.uint16(at: offset + 30))
        let commentLength = Int(try reader.uint16(at: offset + 32))
        localHeaderOffset = Int(try reader.uint32(at: offset + 42))
        nameBytes = try reader.slice(at: offset + ZipFormat.centralHeaderSize, count: nameLength)
        nextOffset = offset + ZipFormat.centralHeaderSize + nameLength + extraLength + commentLength
    }

    /// Validates the record against the limits and its local header, and summarises it.
    func entryInfo(reader: ByteReader, limits: ZipLimits, centralDirectoryOffset: Int) throws -> ZipEntryInfo {
        let name = String(decoding: nameBytes, as: UTF8.self)
        guard name.utf8.elementsEqual(nameBytes) else { throw ZipError.unsafeEntryName(name, reason: "not valid UTF-8") }
        try ZipEntryName.checkSafe(name)
        if compressedSize == ZipFormat.maxSize || uncompressedSize == ZipFormat.maxSize || localHeaderOffset == ZipFormat.maxSize {
            throw ZipError.unsupportedArchive("zip64 entry '\(name)'")
        }
        guard flags & ZipFormat.encryptedFlag == 0 else { throw ZipError.unsupportedArchive("encrypted entry '\(name)'") }
        guard let zipMethod = ZipMethod(code: method) else { throw ZipError.unsupportedMethod(entry: name, method: method) }
        guard uncompressedSize <= limits.maxEntrySize else {
            throw ZipError.limitExceeded("entry '\(name)' is \(uncompressedSize) bytes, at most \(limits.maxEntrySize) allowed")
        }

        guard try reader.uint32(at: localHeaderOffset) == ZipFormat.localHeaderSignature else {
            throw ZipError.truncated("no local header for '\(name)' at offset \(localHeaderOffset)")
        }
        let localNameLength = Int(try reader.uint16(at: localHeaderOffset + 26))
        let localExtraLength = Int(try reader.uint16(at: localHeaderOffset + 28))
        let dataStart = localHeaderOffset + ZipFormat.localHeaderSize + localNameLength + localExtraLength
        guard try reader.slice(at: localHeaderOffset + ZipFormat.localHeaderSize, count: localNameLength) == nameBytes else {
            throw ZipError.headerMismatch(entry: name, detail: "different name")
        }
        guard try reader.uint16(at: localHeaderOffset + 8) == method else {
            throw ZipError.headerMismatch(entry: name, detail: "different method")
        }
        guard dataStart + compressedSize <= centralDirectoryOffset else {
            throw ZipError.truncated("data of '\(name)' runs past the central directory")
        }
        return ZipEntryInfo(
            name: name, method: zipMethod, compressedSize: compressedSize, uncompressedSize: uncompressedSize,
            crc32: crc32, flags: flags, localExtraLength: localExtraLength, localHeaderOffset: localHeaderOffset)
    }
}
