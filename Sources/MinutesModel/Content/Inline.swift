/// Text-level content: what a paragraph, a heading or a table cell holds.
public indirect enum Inline: Sendable, Hashable {
    case text(String)
    case emphasis([Inline])
    case strong([Inline])
    /// Verbatim text; the typography pass leaves it alone.
    case code(String)
    case link(text: [Inline], destination: String)
    /// A hard line break inside a paragraph.
    case lineBreak
}

extension Inline {
    /// The text without markup; a line break becomes a newline.
    public var plainText: String {
        switch self {
        case .text(let s), .code(let s): return s
        case .emphasis(let c), .strong(let c), .link(let c, _): return c.plainText
        case .lineBreak: return "\n"
        }
    }
}

extension Array where Element == Inline {
    /// The concatenated plain text of these inlines.
    public var plainText: String {
        var out = ""
        for inline in self { out += inline.plainText }
        return out
    }
}
