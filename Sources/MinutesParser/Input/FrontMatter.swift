import MinutesModel
internal import Yams

/// Metadata given at the top of the file between `---` lines (YAML) or `+++` lines (TOML).
struct FrontMatter {
    struct Entry {
        var key: String
        var value: String
        var location: SourceLocation
    }

    var entries: [Entry] = []
    /// The text after the front matter, with blank lines standing in for it so line numbers still match.
    var body: String
    var diagnostics: [Diagnostic] = []

    /// Splits front matter off `text`; without any, `body` is `text` itself.
    init(splitting text: String) {
        body = text
        guard text.hasPrefix("---\n") || text.hasPrefix("+++\n") || text.hasPrefix("---\r") else { return }
        let isTOML = text.hasPrefix("+++")
        // Split on the newline byte (no grapheme breaking over the whole text).
        let lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { Substring($0) }
        let closers: Set<Substring> = isTOML ? ["+++"] : ["---", "..."]
        guard let end = lines.dropFirst().firstIndex(where: { closers.contains($0.trimmingTrailingSpaces) }) else {
            return
        }
        let inner = lines[1..<end].joined(separator: "\n")
        if isTOML {
            entries = FrontMatter.parseTOML(lines[1..<end])
        } else {
            parseYAML(inner)
        }
        let bodyStart = end + 1 < lines.count ? lines[end + 1].startIndex : text.endIndex
        body = String(repeating: "\n", count: end + 1) + text[bodyStart...]
    }

    private mutating func parseYAML(_ yaml: String) {
        do {
            guard let node = try Yams.compose(yaml: yaml) else { return }
            guard let mapping = node.mapping else {
                diagnostics.append(Diagnostic(.warning, "front-matter", "front matter is not a list of `key: value` lines; ignored", at: SourceLocation(line: 2, column: 1)))
                return
            }
            for (keyNode, valueNode) in mapping {
                guard let key = keyNode.string else { continue }
                let line = (keyNode.mark?.line ?? 1) + 1  // Yams counts from 1; the YAML starts on line 2
                let value: String
                if valueNode.null != nil {
                    continue
                } else if let scalar = valueNode.scalar {
                    value = scalar.string
                } else if let sequence = valueNode.sequence {
                    value = sequence.compactMap { $0.scalar?.string }.joined(separator: ", ")
                } else {
                    diagnostics.append(Diagnostic(.warning, "front-matter", "front-matter field `\(key)` is not a plain value; ignored", at: SourceLocation(line: line, column: 1)))
                    continue
                }
                let (cleaned, replaced) = ControlCharacters.replacing(in: value)
                if replaced > 0 {
                    diagnostics.append(Diagnostic(.warning, "control-character",
                        "front-matter field `\(key)`: control character replaced by U+FFFD; XML and Word refuse them", at: SourceLocation(line: line, column: 1)))
                }
                entries.append(Entry(key: key.lowercased(), value: cleaned, location: SourceLocation(line: line, column: 1)))
            }
        } catch {
            let line: Int
            if let yamlError = error as? YamlError, case .scanner(_, _, let mark, _) = yamlError {
                line = mark.line + 1
            } else {
                line = 2
            }
            diagnostics.append(Diagnostic(.warning, "front-matter", "front matter is not valid YAML; ignored", at: SourceLocation(line: line, column: 1)))
        }
    }

    /// Reads the flat `key = "value"` lines of TOML front matter; tables and arrays are skipped.
    private static func parseTOML(_ lines: ArraySlice<Substring>) -> [Entry] {
        var entries: [Entry] = []
        for (offset, line) in lines.enumerated() {
            guard let eq = line.firstIndex(of: "="), !line.hasPrefix("[") else { continue }
            let key = line[..<eq].trimmingSpaces.lowercased()
            var value = line[line.index(after: eq)...].trimmingSpaces
            if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
                value = String(value.dropFirst().dropLast())
            }
            guard !key.isEmpty else { continue }
            entries.append(Entry(key: key, value: value, location: SourceLocation(line: offset + 2, column: 1)))
        }
        return entries
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "\u{00A0}" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\u{00A0}" { s.removeLast() }
        return String(s)
    }

    var trimmingTrailingSpaces: Substring {
        var s = Substring(self)
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return s
    }
}
