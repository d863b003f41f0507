import MinutesModel

/// Reads Org-mode minutes: `#+KEY:` keywords, `*` headings, `-`/`+`/`1.` lists, `|` tables, `#+BEGIN_SRC`/
/// `#+BEGIN_EXAMPLE`/`#+BEGIN_QUOTE` blocks, paragraphs; `*bold*`, `/italic/`, `=code=`, `~code~`, `[[url][text]]`.
struct OrgReader: LineReader {
    let lines: [Substring]

    init(lines: [Substring]) { self.lines = lines }

    func read() -> ReaderOutput {
        var blocks: [SourceBlock] = []
        var entries: [FrontMatter.Entry] = []
        var i = 0
        while i < lines.count {
            let raw = lines[i]
            let line = raw.trimmingSpaces
            let location = SourceLocation(line: i + 1, column: 1)
            if line.isEmpty { i += 1; continue }
            let upper = line.uppercased()
            if upper.hasPrefix("#+BEGIN_") {
                let kind = upper.dropFirst(8).prefix { $0 != " " }
                var body: [String] = []
                i += 1
                while i < lines.count, !lines[i].trimmingSpaces.uppercased().hasPrefix("#+END_") {
                    body.append(String(lines[i]))
                    i += 1
                }
                i += 1
                if kind == "QUOTE" {
                    let inner = OrgReader(text: body.joined(separator: "\n")).read().blocks
                    blocks.append(SourceBlock(kind: .quote(inner), location: location))
                } else {
                    blocks.append(SourceBlock(kind: .code(body.joined(separator: "\n")), location: location))
                }
                continue
            }
            if line.hasPrefix("#+") {
                // "#+TITLE: Protokoll …" → front matter; other settings are dropped.
                let keyword = line.dropFirst(2).prefix { $0 != ":" }
                let value = line.dropFirst(2 + keyword.count + 1).trimmingSpaces
                let key = OrgReader.frontMatterKey(keyword.lowercased())
                if let key, !value.isEmpty { entries.append(FrontMatter.Entry(key: key, value: value, location: location)) }
                i += 1
                continue
            }
            if line.hasPrefix("# ") || line == "#" { i += 1; continue }  // a comment
            if raw.first == "*", let stars = Optional(raw.prefix { $0 == "*" }), raw.dropFirst(stars.count).first == " " {
                let title = raw.dropFirst(stars.count).trimmingSpaces
                blocks.append(SourceBlock(kind: .heading(level: min(stars.count, 6), OrgInlines.parse(title)), location: location))
                i += 1
                continue
            }
            if line.hasPrefix("|") {
                var rows: [[String]] = []
                var header: [String]?
                while i < lines.count, lines[i].trimmingSpaces.hasPrefix("|") {
                    let row = lines[i].trimmingSpaces
                    if row.hasPrefix("|-") {
                        if header == nil, rows.count == 1 { header = rows.removeFirst() }
                    } else {
                        rows.append(row.dropFirst().split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingSpaces }.dropLast(row.hasSuffix("|") ? 1 : 0).map { $0 })
                    }
                    i += 1
                }
                let width = max(header?.count ?? 0, rows.map(\.count).max() ?? 0)
                func pad(_ r: [String]) -> [[Inline]] { (r + Array(repeating: "", count: max(0, width - r.count))).map(OrgInlines.parse) }
                blocks.append(SourceBlock(kind: .table(header: header.map(pad), rows: rows.map(pad)), location: location))
                continue
            }
            if let marker = ListMarker.parse(line) {
                var items: [[SourceBlock]] = []
                var ordered = marker.ordered
                let start = marker.start
                while i < lines.count, let m = ListMarker.parse(lines[i].trimmingSpaces), m.ordered == ordered {
                    ordered = m.ordered
                    var text = [m.rest]
                    let itemLocation = SourceLocation(line: i + 1, column: 1)
                    i += 1
                    while i < lines.count, !lines[i].trimmingSpaces.isEmpty, ListMarker.parse(lines[i].trimmingSpaces) == nil,
                          lines[i].first == " " || lines[i].first == "\t" {
                        text.append(lines[i].trimmingSpaces)
                        i += 1
                    }
                    items.append([SourceBlock(kind: .paragraph(lines: text.map(OrgInlines.parse)), location: itemLocation)])
                }
                blocks.append(SourceBlock(kind: .list(ordered: ordered, start: start, items: items), location: location))
                continue
            }
            var paragraph: [String] = []
            while i < lines.count {
                let t = lines[i].trimmingSpaces
                if t.isEmpty || t.hasPrefix("#+") || t.hasPrefix("|") || ListMarker.parse(t) != nil
                    || (lines[i].first == "*" && lines[i].drop { $0 == "*" }.first == " ") { break }
                paragraph.append(t)
                i += 1
            }
            blocks.append(SourceBlock(kind: .paragraph(lines: paragraph.map(OrgInlines.parse)), location: location))
        }
        return ReaderOutput(blocks: blocks, entries: entries)
    }

    static func frontMatterKey(_ keyword: String) -> String? {
        switch keyword {
        case "title": "titel"
        case "date": "datum"
        case "author": "författare"
        case "organ", "plats", "tid", "dokumenttyp", "diarienummer": keyword
        default: nil
        }
    }
}

/// A list item's marker: "- ", "+ ", "1. ", "1) "; "* " only inside a list in Org (a heading at the margin).
struct ListMarker: Equatable {
    var ordered: Bool
    var start: Int
    var rest: String

    static func parse(_ line: String) -> ListMarker? {
        if line.hasPrefix("- ") || line.hasPrefix("+ ") { return ListMarker(ordered: false, start: 1, rest: String(line.dropFirst(2))) }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 3, let n = Int(digits) else { return nil }
        let after = line.dropFirst(digits.count)
        guard after.hasPrefix(". ") || after.hasPrefix(") ") else { return nil }
        return ListMarker(ordered: true, start: n, rest: String(after.dropFirst(2)))
    }
}

/// Org inline markup: `*strong*`, `/emphasis/`, `=code=`, `~code~`, `[[target][text]]`, `[[target]]`.
enum OrgInlines {
    static func parse(_ text: String) -> [Inline] {
        var out: [Inline] = []
        var plain = ""
        let chars = Array(text)
        var i = 0
        func flush() { if !plain.isEmpty { out.append(.text(plain)); plain = "" } }
        while i < chars.count {
            let c = chars[i]
            if c == "[", i + 1 < chars.count, chars[i + 1] == "[", let close = find("]]", in: chars, from: i + 2) {
                let inner = String(chars[(i + 2)..<close])
                let parts = inner.components(separatedBy: "][")
                flush()
                let target = parts[0]
                out.append(.link(text: [.text(parts.count > 1 ? parts[1] : target)], destination: target))
                i = close + 2
                continue
            }
            if "*/=~".contains(c), i == 0 || !chars[i - 1].isLetter, i + 1 < chars.count, chars[i + 1] != " ",
               let end = chars[(i + 1)...].firstIndex(where: { $0 == c }), end > i + 1, chars[end - 1] != " ",
               end + 1 == chars.count || !chars[end + 1].isLetter {
                let inner = String(chars[(i + 1)..<end])
                flush()
                switch c {
                case "*": out.append(.strong([.text(inner)]))
                case "/": out.append(.emphasis([.text(inner)]))
                default: out.append(.code(inner))
                }
                i = end + 1
                continue
            }
            plain.append(c)
            i += 1
        }
        flush()
        return out
    }

    static func find(_ needle: String, in chars: [Character], from start: Int) -> Int? {
        let n = Array(needle)
        var i = start
        while i + n.count <= chars.count {
            if Array(chars[i..<(i + n.count)]) == n { return i }
            i += 1
        }
        return nil
    }
}
