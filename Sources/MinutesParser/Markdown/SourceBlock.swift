import MinutesModel

/// A CommonMark block with its position: the parser's view of the source before recognition.
struct SourceBlock {
    enum Kind {
        /// A paragraph, split into its source lines (soft and hard breaks).
        case paragraph(lines: [[Inline]])
        case heading(level: Int, [Inline])
        case list(ordered: Bool, start: Int, items: [[SourceBlock]])
        case quote([SourceBlock])
        case code(String)
        /// Raw HTML reduced to its text (comments dropped).
        case html(lines: [String])
        case table(header: [[Inline]]?, rows: [[[Inline]]])
        case thematicBreak
    }

    var kind: Kind
    var location: SourceLocation

    /// The inlines of a paragraph's lines joined with spaces, or of a heading.
    var inlines: [Inline]? {
        switch kind {
        case .paragraph(let lines): return lines.joinedAsParagraph
        case .heading(_, let inlines): return inlines
        case .list, .quote, .code, .html, .table, .thematicBreak: return nil
        }
    }

    /// Each source line of a paragraph, an HTML block or a heading as plain text.
    var plainLines: [String] {
        switch kind {
        case .paragraph(let lines): return lines.map(\.plainText)
        case .heading(_, let inlines): return [inlines.plainText]
        case .html(let lines): return lines
        case .code(let text): return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        case .list, .quote, .table, .thematicBreak: return []
        }
    }
}

extension Array where Element == [Inline] {
    /// Lines joined into one paragraph: a hard break stays, a soft break becomes a space.
    var joinedAsParagraph: [Inline] {
        var out: [Inline] = []
        for (index, line) in enumerated() {
            if index > 0 { out.append(.text(" ")) }
            out.append(contentsOf: line)
        }
        return out.mergingText
    }
}

extension Array where Element == Inline {
    /// Adjacent text runs merged into one.
    var mergingText: [Inline] {
        var out: [Inline] = []
        out.reserveCapacity(count)
        for inline in self {
            if case .text(let next) = inline, case .text(let previous)? = out.last {
                out[out.count - 1] = .text(previous + next)
            } else {
                out.append(inline)
            }
        }
        return out
    }
}
