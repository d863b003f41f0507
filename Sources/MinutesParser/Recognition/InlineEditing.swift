import MinutesModel

extension Array where Element == Inline {
    /// The inlines without their first `count` characters of text; markup that becomes empty is dropped.
    func droppingLeadingCharacters(_ count: Int) -> [Inline] {
        var remaining = count
        var out: [Inline] = []
        for inline in self {
            guard remaining > 0 else { out.append(inline); continue }
            switch inline {
            case .text(let s), .code(let s):
                if s.count <= remaining { remaining -= s.count; continue }
                let rest = String(s.dropFirst(remaining))
                remaining = 0
                if case .code = inline { out.append(.code(rest)) } else { out.append(.text(rest)) }
            case .emphasis(let children), .strong(let children), .link(let children, _):
                let length = children.plainText.count
                if length <= remaining { remaining -= length; continue }
                let rest = children.droppingLeadingCharacters(remaining)
                remaining = 0
                switch inline {
                case .emphasis: out.append(.emphasis(rest))
                case .strong: out.append(.strong(rest))
                case .link(_, let destination): out.append(.link(text: rest, destination: destination))
                case .text, .code, .lineBreak: out.append(contentsOf: rest)
                }
            case .lineBreak:
                remaining -= 1
            }
        }
        return out.trimmingLeadingSpaces
    }

    /// The inlines' first `count` characters of text, markup kept around what remains.
    func keepingLeadingCharacters(_ count: Int) -> [Inline] {
        var remaining = count
        var out: [Inline] = []
        for inline in self {
            guard remaining > 0 else { break }
            switch inline {
            case .text(let s), .code(let s):
                let kept = String(s.prefix(remaining))
                remaining -= kept.count
                if case .code = inline { out.append(.code(kept)) } else { out.append(.text(kept)) }
            case .emphasis(let children), .strong(let children), .link(let children, _):
                let length = children.plainText.count
                let kept = length <= remaining ? children : children.keepingLeadingCharacters(remaining)
                remaining -= Swift.min(length, remaining)
                switch inline {
                case .emphasis: out.append(.emphasis(kept))
                case .strong: out.append(.strong(kept))
                case .link(_, let destination): out.append(.link(text: kept, destination: destination))
                case .text, .code, .lineBreak: out.append(contentsOf: kept)
                }
            case .lineBreak:
                remaining -= 1
                out.append(.lineBreak)
            }
        }
        return out.trimmingTrailingSpaces
    }

    /// Leading spaces and separators (":", "-") of the first text run removed.
    var trimmingLeadingSpaces: [Inline] {
        guard let first = first else { return self }
        switch first {
        case .text(let s):
            let rest = s.drop(while: { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" })
            return rest.isEmpty ? Array(dropFirst()).trimmingLeadingSpaces : [.text(String(rest))] + dropFirst()
        case .emphasis(let c): return [.emphasis(c.trimmingLeadingSpaces)] + dropFirst()
        case .strong(let c): return [.strong(c.trimmingLeadingSpaces)] + dropFirst()
        case .code, .link, .lineBreak: return self
        }
    }

    /// Trailing spaces of the last text run removed.
    var trimmingTrailingSpaces: [Inline] {
        guard let last = last else { return self }
        switch last {
        case .text(let s):
            let rest = s.trimmingTrailingSpaces
            return rest.isEmpty ? Array(dropLast()).trimmingTrailingSpaces : dropLast() + [.text(String(rest))]
        case .emphasis(let c): return dropLast() + [.emphasis(c.trimmingTrailingSpaces)]
        case .strong(let c): return dropLast() + [.strong(c.trimmingTrailingSpaces)]
        case .code, .link, .lineBreak: return self
        }
    }

    /// The inlines after the part whose plain text is `prefix` (compared after trimming), e.g. a label.
    func dropping(plainPrefixOf text: String, keeping suffix: String) -> [Inline] {
        let plain = plainText
        let leading = plain.prefix(while: { $0 == " " || $0 == "\t" }).count
        let trimmed = plain.trimmingSpaces
        let n = leading + Swift.max(0, trimmed.count - suffix.count)
        return droppingLeadingCharacters(n).trimmingTrailingSpaces
    }

    /// Whether the whole line is emphasised or strong (a label such as "*Beslut*").
    var isEntirelyEmphasised: Bool {
        let meaningful = filter {
            if case .text(let s) = $0 { return !s.trimmingSpaces.isEmpty }
            return true
        }
        guard meaningful.count == 1, let only = meaningful.first else { return false }
        switch only {
        case .emphasis, .strong: return true
        case .text, .code, .link, .lineBreak: return false
        }
    }

    /// The label at the start of a line: an emphasised first run ("*Tid* ..."), or text before a colon or tab.
    func leadingLabel() -> (label: String, value: [Inline])? {
        if let first = first {
            switch first {
            case .emphasis(let c), .strong(let c):
                let label = c.plainText.trimmingSpaces
                var value = Array(dropFirst()).trimmingLeadingSpaces
                if case .text(let s)? = value.first, s.hasPrefix(":") {
                    value = [.text(String(s.dropFirst()))] + value.dropFirst()
                    value = value.trimmingLeadingSpaces
                }
                return label.isEmpty ? nil : (label.hasSuffix(":") ? String(label.dropLast()) : label, value.trimmingTrailingSpaces)
            case .text, .code, .link, .lineBreak: break
            }
        }
        let plain = plainText
        // ":" and tab are ASCII: found among the bytes, the index is the character's.
        guard let sep = plain.utf8.firstIndex(where: { $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "\t") }) else { return nil }
        let label = plain[..<sep].trimmingSpaces
        let value = plain[plain.index(after: sep)...].trimmingSpaces
        guard !label.isEmpty, label.count <= 40 else { return nil }
        return (label, value.isEmpty ? [] : dropping(plainPrefixOf: plain, keeping: value))
    }
}

extension Array where Element == Inline {
    /// A heading without the colon that ends it ("Nästa möte:" → "Nästa möte").
    func trimmingTrailingColon() -> [Inline] {
        guard case .text(let last)? = self.last else { return self }
        var text = Substring(last)
        while let l = text.last, l == " " { text.removeLast() }
        guard text.hasSuffix(":") else { return self }
        text.removeLast()
        var out = self
        out[out.count - 1] = .text(String(text))
        return out
    }
}
