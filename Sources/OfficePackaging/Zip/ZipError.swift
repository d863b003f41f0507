/// What went wrong while writing or reading a zip archive.
public enum ZipError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The writer was given the same entry name twice.
    case duplicateEntry(String)
    /// An entry name is empty, escapes the archive root (`../`, `/abs`, `C:\`) or is otherwise unusable.
    case unsafeEntryName(String, reason: String)
    /// An entry or the archive would need zip64, which this writer never emits.
    case needsZip64(String)
    /// zlib reported an error while compressing.
    case compressionFailed(status: Int32)
    /// The bytes hold no end-of-central-directory record.
    case notAZipArchive
    /// The archive ends early or a header points outside it.
    case truncated(String)
    /// The archive uses a feature the reader does not support (zip64, multiple disks, encryption).
    case unsupportedArchive(String)
    /// An entry uses a compression method other than stored or deflated.
    case unsupportedMethod(entry: String, method: UInt16)
    /// A configured `ZipLimits` bound was exceeded.
    case limitExceeded(String)
    /// An entry's data does not have the size its headers declare (a zip bomb, or corruption).
    case sizeMismatch(entry: String, declared: Int, actual: Int)
    /// An entry's CRC-32 does not match its data.
    case crcMismatch(entry: String, expected: UInt32, actual: UInt32)
    /// An entry's deflate stream is corrupt.
    case corruptData(entry: String, detail: String)
    /// The local header of an entry disagrees with its central-directory record.
    case headerMismatch(entry: String, detail: String)
    /// No entry has that name.
    case entryNotFound(String)

    /// A one-line explanation for people.
    public var description: String {
        switch self {
        case .duplicateEntry(let name):
            "duplicate zip entry '\(name)'"
        case .unsafeEntryName(let name, let reason):
            "unsafe zip entry name '\(name)': \(reason)"
        case .needsZip64(let what):
            "\(what) needs zip64, which is not supported (4 GiB / 65,535 entries at most)"
        case .compressionFailed(let status):
            "zlib deflate failed with status \(status)"
        case .notAZipArchive:
            "not a zip archive (no end-of-central-directory record)"
        case .truncated(let detail):
            "truncated or damaged zip archive: \(detail)"
        case .unsupportedArchive(let detail):
            "unsupported zip archive: \(detail)"
        case .unsupportedMethod(let entry, let method):
            "zip entry '\(entry)' uses compression method \(method); only stored (0) and deflated (8) are supported"
        case .limitExceeded(let detail):
            "zip archive exceeds a safety limit: \(detail)"
        case .sizeMismatch(let entry, let declared, let actual):
            "zip entry '\(entry)' declares \(declared) bytes but holds \(actual == Int.max ? "more" : String(actual))"
        case .crcMismatch(let entry, let expected, let actual):
            "zip entry '\(entry)' has CRC-32 \(hex(actual)), but its header says \(hex(expected))"
        case .corruptData(let entry, let detail):
            "zip entry '\(entry)' has corrupt deflate data: \(detail)"
        case .headerMismatch(let entry, let detail):
            "zip entry '\(entry)': local header disagrees with central directory (\(detail))"
        case .entryNotFound(let name):
            "no zip entry named '\(name)'"
        }
    }
}

/// `0x1234ABCD`-style rendering of a CRC.
private func hex(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return "0x" + String(repeating: "0", count: max(0, 8 - digits.count)) + digits
}
