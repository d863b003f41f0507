/// Block-level content inside the preamble, an agenda item or a decision clause.
public indirect enum Block: Sendable, Hashable {
    case paragraph([Inline])
    /// A sub-heading inside an agenda item; level 1 is the first level below the item.
    case heading(level: Int, [Inline])
    case list(ListBlock)
    case decision(Decision)
    /// A standard part of a protocol's item (Sammanfattning, Beslutsunderlag, Beslutsgång, …).
    case section(ItemSection)
    case quote([Block])
    case table(Table)
    /// Preformatted text, kept line for line.
    case code(String)
    /// A thematic break.
    case separator
}

/// A bulleted or numbered list.
public struct ListBlock: Sendable, Hashable {
    /// Whether the items are numbered.
    public var ordered: Bool
    /// The first number of an ordered list.
    public var start: Int
    /// Each item's blocks.
    public var items: [[Block]]

    /// Creates a list.
    public init(ordered: Bool, start: Int = 1, items: [[Block]]) {
        self.ordered = ordered
        self.start = start
        self.items = items
    }
}

/// A table with an optional header row; every row has the same number of cells.
public struct Table: Sendable, Hashable {
    /// The header row's cells, if the table has one.
    public var header: [[Inline]]?
    /// The body rows, each a list of cells.
    public var rows: [[[Inline]]]

    /// Creates a table.
    public init(header: [[Inline]]?, rows: [[[Inline]]]) {
        self.header = header
        self.rows = rows
    }
}
