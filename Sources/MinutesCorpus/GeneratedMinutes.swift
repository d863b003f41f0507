/// One generated protocol: its text and the facts it was written with, so a reader can be checked against them.
public struct GeneratedMinutes: Sendable {
    /// The three shapes of minutes the generator writes.
    public enum Shape: String, Sendable, CaseIterable {
        case minnesanteckningar, foreningsprotokoll, sammantradesprotokoll
    }

    /// A file name unique within a corpus, e.g. `00042-sammantradesprotokoll.md`.
    public var fileName: String
    /// The Markdown text.
    public var text: String
    /// The shape it was written in.
    public var shape: Shape
    /// The number of agenda items, in order.
    public var itemNumbers: [Int]
    /// Each item's Dnr, or nil.
    public var itemDnr: [String?]
    /// Each item's count of decision clauses (0: no decision).
    public var itemClauses: [Int]
    /// Every attendee's name, in the order written.
    public var attendeeNames: [String]
    /// The printed names of the signature block, in order.
    public var signerNames: [String]
}
