/// A value written as its ISO 8601 text ("2019-09-05", "2019-09-05T12:00") wherever it leaves the model.
public protocol ISOStringConvertible {
    /// Parses the ISO 8601 text; nil when it is not valid.
    init?(iso text: String)
    /// The ISO 8601 text.
    var iso: String { get }
}
