/// Bounds a `ZipReader` enforces so that a hostile archive (a zip bomb) cannot exhaust memory.
public struct ZipLimits: Sendable {
    /// The most entries an archive may hold.
    public var maxEntries = 10_000
    /// The largest uncompressed size of one entry, in bytes.
    public var maxEntrySize = 256 << 20
    /// The largest uncompressed size of all entries together, in bytes.
    public var maxTotalSize = 1 << 30

    /// The default limits: 10,000 entries, 256 MiB per entry, 1 GiB in all.
    public init() {}
}
