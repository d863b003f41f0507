/// Bounds-checked little-endian reads from a byte array.
struct ByteReader {
    let bytes: [UInt8]

    /// The 16-bit little-endian value at `offset`.
    func uint16(at offset: Int) throws -> UInt16 {
        try check(offset, 2)
        return UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
    }

    /// The 32-bit little-endian value at `offset`.
    func uint32(at offset: Int) throws -> UInt32 {
        try check(offset, 4)
        return UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8
            | UInt32(bytes[offset + 2]) << 16 | UInt32(bytes[offset + 3]) << 24
    }

    /// `count` bytes starting at `offset`.
    func slice(at offset: Int, count: Int) throws -> ArraySlice<UInt8> {
        try check(offset, count)
        return bytes[offset..<offset + count]
    }

    private func check(_ offset: Int, _ count: Int) throws {
        guard offset >= 0, count >= 0, offset <= bytes.count - count else {
            throw ZipError.truncated("needs \(count) bytes at offset \(offset), archive has \(bytes.count)")
        }
    }
}
