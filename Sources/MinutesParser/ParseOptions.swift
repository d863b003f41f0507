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
}
