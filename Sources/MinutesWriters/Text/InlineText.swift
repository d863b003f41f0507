import MinutesModel

/// Inline content as plain text: markup dropped, a link shown with its address when that differs from its text.
enum InlineText {
    static func render(_ inlines: [Inline]) -> String {
        var out = ""
        for inline in inlines { append(inline, to: &out) }
        return out
    }

    private static func append(_ inline: Inline, to out: inout String) {
        switch inline {
        case .text(let s), .code(let s): out += s
        case .emphasis(let c), .strong(let c): for i in c { append(i, to: &out) }
        case .link(let c, let destination):
            let text = render(c)
            out += text
            if !destination.isEmpty && text != destination && !destination.hasPrefix("#") { out += " <\(destination)>" }
        case .lineBreak: out += " "
        }
    }
}
