/// Signatures, sizes and flag bits of the zip format (APPNOTE.TXT), shared by writer and reader.
enum ZipFormat {
    static let localHeaderSignature: UInt32 = 0x0403_4B50
    static let centralHeaderSignature: UInt32 = 0x0201_4B50
    static let endOfCentralDirectorySignature: UInt32 = 0x0605_4B50
    static let localHeaderSize = 30
    static let centralHeaderSize = 46
    static let endOfCentralDirectorySize = 22
    static let encryptedFlag: UInt16 = 1 << 0
    static let dataDescriptorFlag: UInt16 = 1 << 3
    static let utf8NameFlag: UInt16 = 1 << 11
    /// Version needed to extract: 2.0 (deflate).
    static let versionNeeded: UInt16 = 20
    /// Version made by: Unix (3) << 8 | 2.0.
    static let versionMadeBy: UInt16 = 0x0314
    /// External attributes: a regular file, mode 0644.
    static let externalAttributes: UInt32 = 0o100644 << 16
    /// The largest value a 16-bit count field holds.
    static let maxEntryCount = Int(UInt16.max)
    /// The largest size or offset a 32-bit field holds.
    static let maxSize = Int(UInt32.max)
}

extension Array where Element == UInt8 {
    /// Appends `value` little-endian.
    mutating func appendLE(_ value: UInt16) {
        append(UInt8(truncatingIfNeeded: value))
        append(UInt8(truncatingIfNeeded: value >> 8))
    }

    /// Appends `value` little-endian.
    mutating func appendLE(_ value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) {
            append(UInt8(truncatingIfNeeded: value >> UInt32(shift)))
        }
    }
}
