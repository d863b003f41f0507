import MinutesModel

/// Inline content as WordprocessingML runs: emphasis and strong as run properties, code in the `Kod`
/// character style, links as `w:hyperlink` with an external relationship, line breaks as `w:br`.
struct DOCXInlines {
    let ml: WordML
    let links: DOCXHyperlinks

    /// The formatting a run inherits from the inlines around it.
    struct RunStyle {
        var italic = false
        var bold = false
        var code = false
        var link = false

        /// This style with one more property switched on.
        func with(_ property: WritableKeyPath<RunStyle, Bool>) -> RunStyle {
            var copy = self
            copy[keyPath: property] = true
            return copy
        }
    }

    func write(_ inlines: [Inline], style: RunStyle = RunStyle()) throws {
        for inline in inlines { try write(inline, style: style) }
    }

    private func write(_ inline: Inline, style: RunStyle) throws {
        switch inline {
        case .text(let text):
            try run(text, style: style)
        case .emphasis(let children):
            try write(children, style: style.with(\.italic))
        case .strong(let children):
            try write(children, style: style.with(\.bold))
        case .code(let text):
            try run(text, style: style.with(\.code))
        case .link(let children, let destination):
            guard let id = links.id(for: destination) else {
                try write(children, style: style)
                return
            }
            try ml.element("w:hyperlink", [("r:id", id)]) { try write(children, style: style.with(\.link)) }
        case .lineBreak:
            try ml.element("w:r") { try ml.empty("w:br") }
        }
    }

    /// One run of text; tabs become `w:tab` and newlines `w:br`, never literal characters in `w:t`.
    func run(_ text: String, style: RunStyle) throws {
        guard !text.isEmpty else { return }
        try ml.element("w:r") {
            try properties(style)
            // Most runs hold no tab or line break: one w:t.
            guard text.utf8.contains(where: { $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }) else {
                return try ml.t(text)
            }
            var pending = ""
            for character in text {
                switch character {
                case "\t", "\n", "\r\n", "\r":
                    if !pending.isEmpty { try ml.t(pending) }
                    pending = ""
                    try ml.empty(character == "\t" ? "w:tab" : "w:br")
                default:
                    pending.append(character)
                }
            }
            if !pending.isEmpty { try ml.t(pending) }
        }
    }

    /// `w:rPr` in schema order: rStyle, rFonts, b, bCs, i, iCs.
    private func properties(_ style: RunStyle) throws {
        guard style.italic || style.bold || style.code || style.link else { return }
        try ml.element("w:rPr") {
            if style.link {
                try ml.val("w:rStyle", "Hyperlink")
            } else if style.code {
                try ml.val("w:rStyle", "Kod")
            }
            if style.link && style.code {
                try ml.empty("w:rFonts", [("w:ascii", "Courier New"), ("w:hAnsi", "Courier New"), ("w:cs", "Courier New")])
            }
            if style.bold {
                try ml.empty("w:b")
                try ml.empty("w:bCs")
            }
            if style.italic {
                try ml.empty("w:i")
                try ml.empty("w:iCs")
            }
        }
    }
}
