/// What kind of document the minutes are; decides vocabulary and signature presets.
public enum DocumentKind: String, Sendable, Hashable, CaseIterable {
    /// Informal notes, e.g. of a management group of officials.
    case minnesanteckningar
    /// A protocol of a meeting, without a more specific kind.
    case protokoll
    /// The protocol of a municipal body's meeting (KL).
    case sammantradesprotokoll
    /// The protocol of an association's meeting.
    case foreningsprotokoll

    /// The name as a heading or header shows it.
    public var displayName: String {
        switch self {
        case .minnesanteckningar: "Minnesanteckningar"
        case .protokoll: "Protokoll"
        case .sammantradesprotokoll: "Sammanträdesprotokoll"
        case .foreningsprotokoll: "Protokoll"
        }
    }
}

/// The meeting's metadata: kind, title, organ, time and place, and free front-matter fields.
public struct Metadata: Sendable, Hashable {
    /// The kind of document.
    public var kind: DocumentKind
    /// The title as written.
    public var title: String?
    /// The body that met, e.g. "Kommunstyrelsen".
    public var organ: String?
    /// When the meeting started.
    public var start: LocalDateTime?
    /// When the meeting ended.
    public var end: LocalDateTime?
    /// Where the meeting was held.
    public var place: String?
    /// Further fields in source order, e.g. `diarienummer`; keys are lowercase.
    public var fields: [Field]

    /// Creates metadata.
    public init(
        kind: DocumentKind = .protokoll, title: String? = nil, organ: String? = nil,
        start: LocalDateTime? = nil, end: LocalDateTime? = nil, place: String? = nil, fields: [Field] = []
    ) {
        self.kind = kind
        self.title = title
        self.organ = organ
        self.start = start
        self.end = end
        self.place = place
        self.fields = fields
    }

    /// The value of a free field, by key.
    public subscript(field key: String) -> String? {
        fields.first { $0.key == key }?.value
    }

    /// One key/value pair of metadata beyond the fixed ones.
    public struct Field: Sendable, Hashable {
        /// The lowercase key, e.g. "diarienummer".
        public var key: String
        /// The value as written.
        public var value: String

        /// Creates a field.
        public init(key: String, value: String) {
            self.key = key
            self.value = value
        }
    }
}
