/// A part of an agenda item under one of a protocol's standard headings (Sammanfattning, Beslutsunderlag, …);
/// the decision itself stays a `Block.decision` beside its sections.
public struct ItemSection: Sendable, Hashable {
    /// Which standard part it is.
    public var kind: ItemSectionKind
    /// The heading as printed, e.g. "Sammanfattning av ärendet".
    public var title: [Inline]
    /// The section's text.
    public var blocks: [Block]
    /// The vote's counts, for an Omröstning section that gives them.
    public var votes: VoteCount?

    /// Creates a section.
    public init(kind: ItemSectionKind, title: [Inline], blocks: [Block], votes: VoteCount? = nil) {
        self.kind = kind
        self.title = title
        self.blocks = blocks
        self.votes = votes
    }
}

/// The standard parts of a municipal item besides its decision (`docs/glossary.md`).
public enum ItemSectionKind: String, Sendable, Hashable, CaseIterable {
    /// Sammanfattning (av ärendet), Ärendet, Bakgrund.
    case summary
    /// Beslutsunderlag.
    case basis
    /// Förslag till beslut (the administration's proposal, when a Beslut section follows).
    case proposal
    /// Förslag till beslut på/under sammanträdet.
    case proposalAtMeeting
    /// Yrkanden.
    case motions
    /// Beslutsgång, Propositionsordning.
    case procedure
    /// Omröstning, Omröstningsresultat.
    case vote
    /// Reservation.
    case reservation
    /// Protokollsanteckning, Särskilt yttrande.
    case protocolNote
    /// Jäv, Deltar inte i beslutet.
    case disqualification
    /// Expediering, Beslutet skickas till.
    case distribution
    /// Upplysning, Information.
    case information
}

/// The counts of a vote (omröstning): ja, nej, avstår.
public struct VoteCount: Sendable, Hashable {
    /// Ja-röster.
    public var yes: Int?
    /// Nej-röster.
    public var no: Int?
    /// Avstår.
    public var abstained: Int?

    /// Creates counts.
    public init(yes: Int?, no: Int?, abstained: Int?) {
        self.yes = yes
        self.no = no
        self.abstained = abstained
    }
}
