/// A decision (beslut): one or more clauses under a label such as "Beslut".
public struct Decision: Sendable, Hashable {
    /// The label as written, e.g. "Beslut" or "Mötet beslutar"; empty for an election stated as a sentence.
    public var label: String
    /// The clauses in source order.
    public var clauses: [Clause]

    /// Creates a decision.
    public init(label: String, clauses: [Clause]) {
        self.label = label
        self.clauses = clauses
    }
}

/// One decision clause, usually an "att"-sats, with the notes and lists that belong to it.
public struct Clause: Sendable, Hashable {
    /// The clause text without its leading "Att"/"att".
    public var text: [Inline]
    /// Whether the source wrote the clause as an "att"-sats.
    public var isAttClause: Bool
    /// Lists and paragraphs that follow the clause and belong to it.
    public var attachments: [Block]

    /// Creates a clause.
    public init(text: [Inline], isAttClause: Bool, attachments: [Block] = []) {
        self.text = text
        self.isAttClause = isAttClause
        self.attachments = attachments
    }
}
