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

extension Array where Element == Inline {
    /// These inlines with every link replaced by its text: the content of a link, which can hold no link in ODF,
    /// HTML or Word.
    public var unlinked: [Inline] {
        flatMap { inline -> [Inline] in
            switch inline {
            case .link(let text, _): text.unlinked
            case .emphasis(let children): [.emphasis(children.unlinked)]
            case .strong(let children): [.strong(children.unlinked)]
            case .text, .code, .lineBreak: [inline]
            }
        }
    }
}
