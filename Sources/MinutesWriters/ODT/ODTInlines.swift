import MinutesModel

/// Turns inline content into ODF paragraph content. ODF collapses white space, so runs of spaces
/// become `text:s`, tabs `text:tab` and (in verbatim text) newlines `text:line-break`.
struct ODTInlines {
    private var nodes: [ODTNode] = []
    private var pending = ""
    /// Whether a literal space would survive here (false at the start and after a space or an element).
    private var spaceSurvives = false

    /// The paragraph content for `inlines`.
    static func nodes(_ inlines: [Inline]) -> [ODTNode] {
        var builder = ODTInlines()
        builder.add(inlines)
        return builder.finished()
    }

    /// The paragraph content for verbatim text, keeping every space and line.
    static func verbatim(_ text: String) -> [ODTNode] {
        var builder = ODTInlines()
        builder.text(text, keepLines: true)
        return builder.finished()
    }

    mutating func add(_ inlines: [Inline]) {
        for inline in inlines { add(inline) }
    }

    private mutating func add(_ inline: Inline) {
        switch inline {
        case .text(let s):
            text(s, keepLines: false)
        case .emphasis(let children):
            span(ODTStyle.emphasis, children)
        case .strong(let children):
            span(ODTStyle.strong, children)
        case .code(let s):
            var inner = child()
            inner.text(s, keepLines: false)
            adopt(inner, into: "text:span", [("text:style-name", ODTStyle.code)])
        case .link(let children, let destination):
            guard let target = LinkTarget.live(destination) else {
                add(children)
                return
            }
            var inner = child()
            inner.add(children)
            adopt(inner, into: "text:a", [("xlink:type", "simple"), ("xlink:href", target), ("text:style-name", ODTStyle.link)])
        case .lineBreak:
            element(.el("text:line-break"))
        }
    }

    private mutating func span(_ style: String, _ children: [Inline]) {
        var inner = child()
        inner.add(children)
        adopt(inner, into: "text:span", [("text:style-name", style)])
    }

    /// A builder continuing this one's white-space state, for the content of a span or link.
    private func child() -> ODTInlines {
        var inner = ODTInlines()
        inner.spaceSurvives = spaceSurvives
        return inner
    }

    private mutating func adopt(_ inner: ODTInlines, into name: String, _ attributes: [(String, String)]) {
        flush()
        let survives = inner.spaceSurvives
        nodes.append(.el(name, attributes, inner.finished()))
        spaceSurvives = survives
    }

    private mutating func text(_ s: String, keepLines: Bool) {
        // Spaces, tabs and line ends are ASCII: the bytes between them are copied as one run.
        let utf8 = s.utf8
        var spaces = 0
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            if byte == UInt8(ascii: " ") || (byte == UInt8(ascii: "\n") && !keepLines) {
                spaces += 1
                index = utf8.index(after: index)
                continue
            }
            emitSpaces(&spaces)
            switch byte {
            case UInt8(ascii: "\t"): element(.el("text:tab"))
            case UInt8(ascii: "\n"): element(.el("text:line-break"))
            case UInt8(ascii: "\r"): break
            default:
                var end = utf8.index(after: index)
                while end < utf8.endIndex, !ODTInlines.breaksRun(utf8[end]) { end = utf8.index(after: end) }
                pending += s[index..<end]
                spaceSurvives = true
                index = end
                continue
            }
            index = utf8.index(after: index)
        }
        emitSpaces(&spaces)
    }

    /// The bytes `text(_:keepLines:)` treats one by one.
    private static func breaksRun(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
    }

    private mutating func emitSpaces(_ count: inout Int) {
        guard count > 0 else { return }
        var remaining = count
        count = 0
        if spaceSurvives {
            pending += " "
            remaining -= 1
        }
        guard remaining > 0 else {
            spaceSurvives = false
            return
        }
        element(.el("text:s", remaining > 1 ? [("text:c", String(remaining))] : []))
    }

    private mutating func element(_ node: ODTNode) {
        flush()
        nodes.append(node)
        spaceSurvives = false
    }

    private mutating func flush() {
        guard !pending.isEmpty else { return }
        nodes.append(.text(pending))
        pending = ""
    }

    /// The content built so far, pending text included.
    func finished() -> [ODTNode] {
        var copy = self
        copy.flush()
        return copy.nodes
    }
}
