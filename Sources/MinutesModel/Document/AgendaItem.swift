/// One numbered agenda item (punkt, or paragraf § in a protocol).
public struct AgendaItem: Sendable, Hashable {
    /// The number as written, when there is one.
    public var number: Int?
    /// A letter after the number, as in "10 a".
    public var suffix: String?
    /// Whether the source numbered it with § ("§ 163").
    public var usesParagraphSign: Bool
    /// The title without its number.
    public var title: [Inline]
    /// The item's content, decisions recognised.
    public var blocks: [Block]
    /// Where the item's heading stands in the source.
    public var location: SourceLocation
    /// The case's registration number (diarienummer), e.g. "KS 2017/97-04".
    public var dnr: String?

    /// Creates an agenda item.
    public init(
        number: Int?, suffix: String? = nil, usesParagraphSign: Bool = false, title: [Inline], blocks: [Block],
        location: SourceLocation, dnr: String? = nil
    ) {
        self.number = number
        self.suffix = suffix
        self.usesParagraphSign = usesParagraphSign
        self.title = title
        self.blocks = blocks
        self.location = location
        self.dnr = dnr
    }

    /// "10 a", "7", or an empty string for an unnumbered item.
    public var numberLabel: String {
        guard let number else { return "" }
        return suffix.map { "\(number) \($0)" } ?? String(number)
    }
}

/// A signer: the role line ("Justerat") and the printed name (namnförtydligande).
public struct Signature: Sendable, Hashable {
    /// The role line as written, e.g. "Justerat".
    public var role: String
    /// The printed name, or nil for a line to fill in by hand.
    public var name: String?

    /// Creates a signature.
    public init(role: String, name: String?) {
        self.role = role
        self.name = name
    }
}

/// What a signer signs as, read from the role line: the one place the role words are listed.
public enum SigningDuty: Sendable, Hashable, CaseIterable {
    case secretary, chair, adjuster, other

    /// The duty of a role line as written ("Vid anteckningarna" → secretary, "Justeras" → adjuster).
    public init(role: String) {
        let key = String(role.lowercased().drop { !$0.isLetter })
        if SigningDuty.secretaryWords.contains(where: key.hasPrefix) {
            self = .secretary
        } else if key.contains("ordförande") {
            self = .chair
        } else if key.hasPrefix("juster") || key.hasSuffix("justerare") {
            self = .adjuster
        } else {
            self = .other
        }
    }

    /// The noun a signature field is named with ("Justerare – Per Holm"); nil for other duties (the role as written).
    public var noun: String? {
        switch self {
        case .secretary: "Sekreterare"
        case .chair: "Ordförande"
        case .adjuster: "Justerare"
        case .other: nil
        }
    }

    private static let secretaryWords = ["vid anteckningarna", "vid protokollet", "vid pennan", "sekreterare", "protokollförare", "mötessekreterare"]
}

extension Signature {
    /// What this signer signs as.
    public var duty: SigningDuty { SigningDuty(role: role) }
}

extension AgendaItem {
    /// The item's decisions in source order, those inside its standard sections included.
    public var decisions: [Decision] {
        func collect(_ blocks: [Block]) -> [Decision] {
            blocks.flatMap { block -> [Decision] in
                switch block {
                case .decision(let decision): [decision]
                case .section(let section): collect(section.blocks)
                case .quote(let inner): collect(inner)
                case .paragraph, .heading, .list, .table, .code, .separator: []
                }
            }
        }
        return collect(blocks)
    }
}

extension Decision {
    /// The clauses as plain sentences, "att" restored where the source wrote an att-sats.
    public var sentences: [String] {
        clauses.map { ($0.isAttClause ? "att " : "") + $0.text.plainText }
    }
}
