/// A parsed set of minutes: the only thing writers ever see.
public struct Minutes: Sendable, Hashable {
    /// Kind, title, organ, time and place.
    public var meta: Metadata
    /// The attendance lists in source order.
    public var attendance: [AttendanceGroup]
    /// Content before the first agenda item that is not part of the header.
    public var preamble: [Block]
    /// The agenda items in source order.
    public var items: [AgendaItem]
    /// Signers in reading order.
    public var signatures: [Signature]
    /// What the parser recovered from or could not read, in source order.
    public var diagnostics: [Diagnostic]

    /// Creates minutes.
    public init(
        meta: Metadata = Metadata(), attendance: [AttendanceGroup] = [], preamble: [Block] = [],
        items: [AgendaItem] = [], signatures: [Signature] = [], diagnostics: [Diagnostic] = []
    ) {
        self.meta = meta
        self.attendance = attendance
        self.preamble = preamble
        self.items = items
        self.signatures = signatures
        self.diagnostics = diagnostics
    }

    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
