import MinutesModel

/// Reads LaTeX minutes: `\title`/`\date`/`\author` as front matter, `\section`…`\subsubsection` headings,
/// `itemize`/`enumerate` lists, `tabular` tables (signature tables included), `verbatim`, `quote`, paragraphs;
/// `\textbf`, `\emph`, `\texttt`, `\href`, `\url`, escapes, `--`, `\S`.
struct LaTeXReader: LineReader {
    let lines: [Substring]

    init(lines: [Substring]) { self.lines = lines }

    func read() -> ReaderOutput {
        var blocks: [SourceBlock] = []
        var entries: [FrontMatter.Entry] = []
        let hasBody = lines.contains { $0.trimmingSpaces.hasPrefix("\\begin{document}") }
        var inBody = !hasBody
        var i = 0
        var paragraph: [String] = []
        var paragraphStart = 1
        func flush() {
            if !paragraph.isEmpty {
                blocks.append(SourceBlock(kind: .paragraph(lines: paragraph.map(LaTeXInlines.parse)), location: SourceLocation(line: paragraphStart, column: 1)))
                paragraph = []
            }
        }
        while i < lines.count {
            let line = LaTeXReader.stripComment(lines[i]).trimmingSpaces
            let location = SourceLocation(line: i + 1, column: 1)
            for (command, key) in [("\\title", "titel"), ("\\date", "datum"), ("\\author", "författare")] where line.hasPrefix(command + "{") {
                if let value = LaTeXReader.argument(of: line, after: command), !value.isEmpty {
                    entries.append(FrontMatter.Entry(key: key, value: LaTeXInlines.parse(value).plainText, location: location))
                }
            }
            if line.hasPrefix("\\begin{document}") { inBody = true; i += 1; continue }
            if line.hasPrefix("\\end{document}") { break }
            guard inBody else { i += 1; continue }
            if line.isEmpty { flush(); i += 1; continue }
            if let (level, title) = LaTeXReader.sectioning(line) {
                flush()
                blocks.append(SourceBlock(kind: .heading(level: level, LaTeXInlines.parse(title)), location: location))
                i += 1
                continue
            }
            if line.hasPrefix("\\begin{") {
                flush()
                let env = String(line.dropFirst(7).prefix { $0 != "}" })
                var body: [(String, Int)] = []
                var depth = 1
                let rest = line.dropFirst(8 + env.count)
                if !rest.trimmingSpaces.isEmpty, env != "tabular" { body.append((String(rest), i + 1)) }
                i += 1
                while i < lines.count {
                    let t = LaTeXReader.stripComment(lines[i])
                    if t.contains("\\begin{\(env)}") { depth += 1 }
                    if t.contains("\\end{\(env)}") { depth -= 1; if depth == 0 { break } }
                    body.append((String(t), i + 1))
                    i += 1
                }
                i += 1
                if let block = LaTeXReader.environment(env, body: body, location: location, tableSpec: String(rest)) { blocks.append(block) }
                continue
            }
            if ["\\maketitle", "\\tableofcontents", "\\newpage", "\\clearpage", "\\noindent", "\\bigskip", "\\medskip", "\\smallskip"].contains(where: { line == $0 }) {
                i += 1
                continue
            }
            if paragraph.isEmpty { paragraphStart = i + 1 }
            paragraph.append(line)
            i += 1
        }
        flush()
        return ReaderOutput(blocks: blocks, entries: entries)
    }

    static func stripComment(_ line: Substring) -> Substring {
        var previous: Character = " "
        for index in line.indices {
            if line[index] == "%", previous != "\\" { return line[..<index] }
            previous = line[index]
        }
        return line
    }

    /// `\section{Title}` → (1, "Title"); starred forms too.
    static func sectioning(_ line: String) -> (Int, String)? {
        for (command, level) in [("\\section", 1), ("\\subsection", 2), ("\\subsubsection", 3), ("\\paragraph", 4)] {
            for form in [command + "*", command] where line.hasPrefix(form + "{") {
                return argument(of: line, after: form).map { (level, $0) }
            }
        }
        return nil
    }

    /// The balanced-brace argument right after `command`.
    static func argument(of line: String, after command: String) -> String? {
        guard line.hasPrefix(command + "{") else { return nil }
        var depth = 0
        var out = ""
        for c in line.dropFirst(command.count) {
            if c == "{" { depth += 1; if depth == 1 { continue } }
            if c == "}" { depth -= 1; if depth == 0 { return out } }
            out.append(c)
        }
        return out
    }

    private static func environment(_ env: String, body: [(String, Int)], location: SourceLocation, tableSpec: String) -> SourceBlock? {
        switch env {
        case "itemize", "enumerate", "description":
            var items: [[SourceBlock]] = []
            var current: [String] = []
            var currentLine = location.line
            func end() {
                if !current.isEmpty {
                    items.append([SourceBlock(kind: .paragraph(lines: current.map(LaTeXInlines.parse)), location: SourceLocation(line: currentLine, column: 1))])
                }
                current = []
            }
            for (text, line) in body {
                var t = text.trimmingSpaces
                if t.hasPrefix("\\item") {
                    end()
                    t = String(t.dropFirst(5))
                    if t.hasPrefix("["), let close = t.firstIndex(of: "]") {
                        let label = t[t.index(after: t.startIndex)..<close]
                        t = label + ":" + t[t.index(after: close)...]
                    }
                    currentLine = line
                    t = t.trimmingSpaces
                }
                if !t.isEmpty { current.append(t) }
            }
            end()
            return SourceBlock(kind: .list(ordered: env == "enumerate", start: 1, items: items), location: location)
        case "tabular", "tabularx", "longtable", "table", "center":
            let text = body.map(\.0).joined(separator: " ")
            var rows: [[[Inline]]] = []
            for row in text.components(separatedBy: "\\\\") {
                var r = row.replacingAll("\\hline", with: " ").replacingAll("\\toprule", with: " ").replacingAll("\\midrule", with: " ")
                    .replacingAll("\\bottomrule", with: " ")
                if let brace = r.range(of: "\\begin{tabular}") { r = String(r[brace.upperBound...]); r = String(r.drop { $0 != "}" }.dropFirst()) }
                r = r.replacingAll("\\end{tabular}", with: " ")
                let cells = r.split(separator: "&", omittingEmptySubsequences: false).map { LaTeXInlines.parse($0.trimmingSpaces) }
                if cells.allSatisfy({ $0.plainText.trimmingSpaces.isEmpty }) { continue }
                rows.append(cells)
            }
            let width = rows.map(\.count).max() ?? 0
            guard width > 0 else { return nil }
            rows = rows.map { $0 + Array(repeating: [], count: width - $0.count) }
            return SourceBlock(kind: .table(header: nil, rows: rows), location: location)
        case "verbatim", "lstlisting", "minted":
            return SourceBlock(kind: .code(body.map(\.0).joined(separator: "\n")), location: location)
        case "quote", "quotation":
            let inner = LaTeXReader(text: body.map(\.0).joined(separator: "\n")).read().blocks
            return SourceBlock(kind: .quote(inner), location: location)
        default:
            let lines = body.map { $0.0.trimmingSpaces }.filter { !$0.isEmpty }
            return lines.isEmpty ? nil : SourceBlock(kind: .paragraph(lines: lines.map(LaTeXInlines.parse)), location: location)
        }
    }
}

/// LaTeX inline markup to `Inline`s; unknown commands keep their argument's text, never the command.
enum LaTeXInlines {
    static func parse(_ text: String) -> [Inline] {
        var chars = Array(text)[...]
        return parse(&chars, until: nil).mergingText
    }

    private static func parse(_ chars: inout ArraySlice<Character>, until closer: Character?) -> [Inline] {
        var out: [Inline] = []
        var plain = ""
        func flush() { if !plain.isEmpty { out.append(.text(plain)); plain = "" } }
        while let c = chars.first {
            chars.removeFirst()
            if let closer, c == closer { break }
            switch c {
            case "{": flush(); out += parse(&chars, until: "}")
            case "}": break
            case "~": plain.append("\u{00A0}")
            case "-" where chars.first == "-":
                chars.removeFirst()
                if chars.first == "-" { chars.removeFirst(); plain.append("—") } else { plain.append("–") }
            case "\\":
                guard let next = chars.first else { break }
                if !next.isLetter {
                    chars.removeFirst()
                    switch next {
                    case "\\": flush(); out.append(.lineBreak)
                    case ",", " ": plain.append(" ")
                    default: plain.append(next)  // \& \% \$ \# \_ \{ \}
                    }
                    break
                }
                let name = String(chars.prefix { $0.isLetter })
                chars.removeFirst(name.count)
                if chars.first == "*" { chars.removeFirst() }
                func group() -> [Inline] {
                    while chars.first == " " { chars.removeFirst() }
                    guard chars.first == "{" else { return [] }
                    chars.removeFirst()
                    return parse(&chars, until: "}")
                }
                switch name {
                case "textbf", "bf": flush(); out.append(.strong(group()))
                case "emph", "textit", "it", "textsl": flush(); out.append(.emphasis(group()))
                case "texttt", "verb": flush(); out.append(.code(group().plainText))
                case "url": flush(); let u = group().plainText; out.append(.link(text: [.text(u)], destination: u))
                case "href": flush(); let u = group().plainText; out.append(.link(text: group(), destination: u))
                case "S": plain.append("§")
                case "ldots", "dots": plain.append("…")
                case "newline", "linebreak": flush(); out.append(.lineBreak)
                case "today": plain.append("")
                case "hfill", "quad", "qquad", "hspace", "vspace", "noindent", "centering", "small", "large", "Large", "footnotesize":
                    if name == "hspace" || name == "vspace" { _ = group() }
                    plain.append(" ")
                default: flush(); out += group()
                }
            default: plain.append(c)
            }
        }
        flush()
        return out
    }
}
