@testable import OfficePackaging

/// Deterministic, moderately compressible bytes (xorshift over a small alphabet with runs).
func pseudoRandomBytes(count: Int, seed: UInt64 = 0x9E37_79B9_7F4A_7C15) -> [UInt8] {
    var state = seed
    var bytes: [UInt8] = []
    bytes.reserveCapacity(count)
    while bytes.count < count {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        let run = Int(state % 4) + 1
        let value = UInt8(truncatingIfNeeded: state >> 24)
        bytes.append(contentsOf: repeatElement(value, count: min(run, count - bytes.count)))
    }
    return bytes
}

/// A one-entry archive written with `name`.
func singleEntryArchive(_ name: String, _ data: [UInt8], method: ZipMethod = .deflated) throws -> [UInt8] {
    var writer = ZipWriter(timestamp: .dosEpoch)
    try writer.add(name, data, method: method)
    return writer.finish()
}

/// Offset of the central directory, read from the end record of an archive without a comment.
func centralDirectoryOffset(_ archive: [UInt8]) -> Int {
    let end = archive.count - 22
    return (0..<4).reduce(0) { $0 | Int(archive[end + 16 + $1]) << (8 * $1) }
}

/// Overwrites a little-endian 32-bit field.
func patch32(_ archive: inout [UInt8], at offset: Int, _ value: UInt32) {
    for index in 0..<4 {
        archive[offset + index] = UInt8(truncatingIfNeeded: value >> (8 * UInt32(index)))
    }
}

/// A one-entry archive whose name bytes, in both headers, are replaced by `rawName` (same length as `placeholder`).
func archiveWithRawName(_ rawName: String, placeholder: String) throws -> [UInt8] {
    var archive = try singleEntryArchive(placeholder, Array("payload".utf8))
    let central = centralDirectoryOffset(archive)
    for (index, byte) in rawName.utf8.enumerated() {
        archive[30 + index] = byte
        archive[central + 46 + index] = byte
    }
    return archive
}

/// The 16-bit little-endian value at `offset`.
func read16(_ bytes: [UInt8], _ offset: Int) -> UInt16 {
    UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
}
