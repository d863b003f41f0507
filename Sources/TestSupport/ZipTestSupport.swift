import OfficePackaging

/// Zip helpers for tests that check .odt/.docx output: list entries, read parts, compare XML as text.
public enum ZipTestSupport {
    /// The entry names of `archive`, in archive order.
    public static func entryNames(_ archive: [UInt8]) throws -> [String] {
        try ZipReader(archive).entries.map(\.name)
    }

    /// The UTF-8 text of entry `part` in `archive`.
    public static func text(of part: String, in archive: [UInt8]) throws -> String {
        String(decoding: try ZipReader(archive).data(part), as: UTF8.self)
    }

    /// `XMLCanonicalizer` text of every `.xml` and `.rels` entry, keyed by entry name (for golden tests,
    /// which compare uncompressed parts because deflate bytes differ between zlib builds).
    public static func canonicalXMLParts(_ archive: [UInt8]) throws -> [String: String] {
        let reader = try ZipReader(archive)
        var parts: [String: String] = [:]
        for entry in reader.entries where entry.name.hasSuffix(".xml") || entry.name.hasSuffix(".rels") {
            parts[entry.name] = try XMLCanonicalizer.canonicalize(reader.data(entry.name))
        }
        return parts
    }
}
