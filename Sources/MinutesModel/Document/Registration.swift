/// What a registrar files with the protocol in the diarium (FGS Ärendehantering's record fields), read from the
/// front matter or `-M key=value`. The one place the keys and their spellings are listed.
public struct Registration: Sendable, Hashable {
    /// The fields, in the order sidecars and packages list them.
    public enum Key: String, Sendable, CaseIterable {
        case diaryNumber = "diarienummer"
        case documentType = "dokumenttyp"
        case caseTitle = "arendemening"
        case officer = "handlaggare"
        case sender = "avsandare"
        case recipient = "mottagare"
        case secrecy = "sekretess"
        case legalGround = "lagrum"
        case retention = "gallring"

        /// The front-matter spellings accepted for the key, the canonical one first.
        public var spellings: [String] {
            switch self {
            case .diaryNumber: ["diarienummer", "dnr"]
            case .documentType: ["dokumenttyp"]
            case .caseTitle: ["arendemening", "ärendemening"]
            case .officer: ["handlaggare", "handläggare"]
            case .sender: ["avsandare", "avsändare"]
            case .recipient: ["mottagare"]
            case .secrecy: ["sekretess"]
            case .legalGround: ["lagrum"]
            case .retention: ["gallring"]
            }
        }
    }

    /// The values given, by key.
    public var values: [Key: String]

    /// The registration the metadata's fields give (later fields win: `-M` overrides the front matter).
    public init(_ meta: Metadata) {
        var values: [Key: String] = [:]
        for field in meta.fields {
            guard let key = Key.allCases.first(where: { $0.spellings.contains(field.key) }) else { continue }
            values[key] = field.value
        }
        self.values = values
    }

    /// The value of `key`.
    public subscript(_ key: Key) -> String? { values[key] }

    /// Whether the document is marked as holding classified information (sekretess: ja / a reason).
    public var isClassified: Bool {
        guard let value = values[.secrecy]?.lowercased() else { return false }
        return !["nej", "no", "false", "0", "", "ingen"].contains(value)
    }
}
