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
