/// Settings for `MinutesParser`.
public struct ParseOptions: Sendable, Hashable {
    /// Inputs larger than this are refused with an error (minutes are rarely over 1 MB).
    public var maxInputBytes: Int
    /// The year for dates written without one; overrides inference (front matter `år` wins over both).
    public var year: Int?

    /// Creates options; the default limit is 8 MiB.
    public init(maxInputBytes: Int = 8 << 20, year: Int? = nil) {
        self.maxInputBytes = maxInputBytes
        self.year = year
    }

    /// The refusal for an input of `byteCount` bytes, or nil when it is within the limit.
    public func sizeRefusal(byteCount: Int) -> String? {
        guard byteCount > maxInputBytes else { return nil }
        return "input is \(Self.megabytes(byteCount)) MB, more than the limit of \(Self.megabytes(maxInputBytes)) MB; "
            + "minutes are rarely over 1 MB: is this the right file? (raise the limit with --max-input-mb)"
    }

    private static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes / 1024 * 10 + 512) / 1024
        return "\(tenths / 10),\(tenths % 10)"
    }
}
