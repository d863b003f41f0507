/// What the central directory and local header of one zip entry say.
public struct ZipEntryInfo: Sendable, Hashable {
    /// The entry's path inside the archive.
    public let name: String
    /// How the data is stored.
    public let method: ZipMethod
    /// The size of the stored (possibly compressed) data.
    public let compressedSize: Int
    /// The size of the data once inflated.
    public let uncompressedSize: Int
    /// The CRC-32 of the uncompressed data, as declared.
    public let crc32: UInt32
    /// The general-purpose flag bits (bit 3: data descriptor, bit 11: UTF-8 name).
    public let flags: UInt16
    /// The length of the extra field in the entry's local header.
    public let localExtraLength: Int
    /// Where the entry's local header starts.
    public let localHeaderOffset: Int

    /// Whether the data-descriptor flag (bit 3) is set.
    public var usesDataDescriptor: Bool { flags & ZipFormat.dataDescriptorFlag != 0 }

    /// Whether the entry is a directory (its name ends in `/`).
    public var isDirectory: Bool { name.hasSuffix("/") }
}
