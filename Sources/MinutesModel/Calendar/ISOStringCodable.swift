/// A value that JSON and other encodings carry as its ISO 8601 text ("2019-09-05", "2019-09-05T12:00").
public protocol ISOStringCodable: Codable {
    /// Parses the ISO 8601 text; nil when it is not valid.
    init?(iso text: String)
    /// The ISO 8601 text.
    var iso: String { get }
}

extension ISOStringCodable {
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = Self(iso: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not ISO 8601: \(text)"))
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}
