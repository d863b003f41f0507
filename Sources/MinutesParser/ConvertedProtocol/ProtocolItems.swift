import MinutesModel

/// Reads the items zone of a converted protocol: § headings with Dnr and title, then each item's sections.
struct ProtocolItems {
    private(set) var items: [AgendaItem] = []

    init(lines: ArraySlice<ProtocolLine>) {
        let starts = Self.starts(in: lines)
        for (n, start) in starts.enumerated() {
            let end = n + 1 < starts.count ? starts[n + 1].index : lines.endIndex
            items.append(Self.item(start.heading, lines[start.index..<end]))
        }
    }

    /// Where items start: "§ N" headings after a blank line; without any, bare item numbers on a line of their
    /// own ("2" above "Föregående minnesanteckningar", as sammanträdesanteckningar print them), counting up by one.
    static func starts(in lines: ArraySlice<ProtocolLine>) -> [(index: Int, heading: ProtocolItemHeading)] {
        var starts: [(index: Int, heading: ProtocolItemHeading)] = []
        var previousBlank = true
        for index in lines.indices {
            let line = lines[index]
            // On the header page a "§ 6" in the attendance grid is a presence note unless a Dnr follows.
            if previousBlank || starts.isEmpty, let heading = ProtocolItemHeading.parse(line.text), line.page > 1 || heading.dnr != nil {
                starts.append((index, heading))
            }
            previousBlank = line.isBlank
        }
        guard starts.isEmpty else { return starts }
        previousBlank = true
        for index in lines.indices {
            let line = lines[index]
            defer { previousBlank = line.isBlank }
            guard previousBlank, (1...3).contains(line.text.count), line.text.allSatisfy({ $0.isASCII && $0.isNumber }),
                  let number = Int(line.text), number == (starts.last?.heading.number ?? number - 1) + 1 || (starts.isEmpty && number <= 2),
                  let next = lines[(index + 1)...].first(where: { !$0.isBlank }), next.text.first?.isUppercase ?? false
            else { continue }
            var heading = ProtocolItemHeading(number: number, dnr: nil, titleStart: nil)
            heading.usesParagraphSign = false
            starts.append((index, heading))
        }
        return starts
    }

    private static func item(_ heading: ProtocolItemHeading, _ lines: ArraySlice<ProtocolLine>) -> AgendaItem {
        var rest = lines.dropFirst()
        var dnr = heading.dnr
        var titleLines: [String] = heading.titleStart.map { [$0] } ?? []
        while titleLines.isEmpty, let line = rest.first, line.isBlank { rest = rest.dropFirst() }
        // The title: the lines after the heading up to a blank line or a section heading.
        while true {
            while let line = rest.first, !line.isBlank, ItemSectionKind.of(line.text) == nil || titleLines.isEmpty {
                if dnr == nil, line.text.hasPrefix("Dnr ") {
                    dnr = String(line.text.dropFirst(4)).squeezingSpaces
                } else {
                    titleLines.append(line.text.squeezingSpaces)
                }
                rest = rest.dropFirst()
            }
            // A title wrapped over a blank line: "… tidplan för" / "" / "presentationer i KF".
            guard let last = titleLines.last, let next = rest.first(where: { !$0.isBlank }), Self.continues(last, with: next.text),
                  ItemSectionKind.of(next.text) == nil, !(next.text.first?.isLowercase ?? false) || true
            else { break }
            rest = rest.drop { $0.isBlank }
        }
        var blocks: [Block] = []
        var section: (kind: ItemSectionKind, title: String)?
        var paragraphs: [String] = []
        func flush() {
            if let section {
                if section.kind == .decision {
                    blocks.append(.decision(Decision(label: section.title, clauses: paragraphs.map(clause))))
                } else {
                    blocks.append(.heading(level: 1, [.text(section.title)]))
                    blocks += paragraphs.map { .paragraph([.text($0)]) }
                }
            } else {
                blocks += paragraphs.map { .paragraph([.text($0)]) }
            }
            paragraphs = []
        }
        var current: [String] = []
        func endParagraph() {
            guard !current.isEmpty else { return }
            paragraphs.append(current.joined(separator: " "))
            current = []
        }
        var previousBlank = true
        let body = Array(rest)
        for (n, line) in body.enumerated() {
            if line.isBlank { previousBlank = true; continue }
            let next = n + 1 < body.count ? body[n + 1] : nil
            if let kind = ItemSectionKind.of(line.text), previousBlank || current.isEmpty || Self.endsSentence(current.last),
               !Self.isWrappedSentence(line.text, next: next) {
                endParagraph()
                flush()
                section = (kind, line.text.squeezingSpaces)
                previousBlank = false
                continue
            }
            if previousBlank, let last = current.last, Self.endsSentence(last) || Self.isListLine(line.text) {
                endParagraph()
            } else if Self.isListLine(line.text), !current.isEmpty {
                endParagraph()
            } else if let kind = section?.kind, kind == .basis || kind == .distribution, let last = current.last,
                      !Self.continues(last, with: line.text) {
                endParagraph()  // one document (or recipient) a line
            }
            current.append(line.text.squeezingSpaces)
            previousBlank = false
        }
        endParagraph()
        flush()
        // Without a Beslut section, the body's own "Förslag till beslut" is the decision.
        if !blocks.contains(where: { if case .decision = $0 { true } else { false } }) {
            blocks = promoteProposal(blocks)
        }
        let location = SourceLocation(line: lines.first?.line ?? 1, column: 1)
        return AgendaItem(number: heading.number, usesParagraphSign: heading.usesParagraphSign, title: [.text(titleLines.joined(separator: " "))],
                          blocks: blocks, location: location, dnr: dnr)
    }

    private static func promoteProposal(_ blocks: [Block]) -> [Block] {
        guard let index = blocks.firstIndex(where: {
            if case .heading(1, let title) = $0 { ItemSectionKind.of(title.plainText) == .proposal } else { false }
        }) else { return blocks }
        var end = index + 1
        var clauses: [Clause] = []
        while end < blocks.count, case .paragraph(let inlines) = blocks[end] {
            clauses.append(clause(inlines.plainText))
            end += 1
        }
        guard case .heading(_, let title) = blocks[index], !clauses.isEmpty else { return blocks }
        var out = Array(blocks[..<index])
        out.append(.decision(Decision(label: title.plainText, clauses: clauses)))
        out += blocks[end...]
        return out
    }

    private static func clause(_ text: String) -> Clause {
        if text.hasPrefix("att ") || text.hasPrefix("Att ") {
            return Clause(text: [.text(String(text.dropFirst(4)))], isAttClause: true)
        }
        return Clause(text: [.text(text)], isAttClause: false)
    }

    static func endsSentence(_ text: String?) -> Bool {
        guard let last = text?.last else { return true }
        return last == "." || last == ":" || last == "!" || last == "?" || last == ";"
    }

    /// A line that looks like a section heading but is the start of a sentence: "Beslut om att inrätta Mobilen
    /// togs 1997. Det …", "Beslut har tagits om undantag … vid" / "Europaparlamentvalet 2024.".
    static func isWrappedSentence(_ text: String, next: ProtocolLine?) -> Bool {
        if text.contains(". ") { return true }
        guard let next, !next.isBlank else { return false }
        return continues(text, with: next.text) && text.split(separator: " ").count > 3
    }

    /// Whether a line of a Beslutsunderlag list wraps the one before ("… lokaler i" / "Kungsbacka arena 2024-12-05").
    static func continues(_ previous: String, with line: String) -> Bool {
        if line.first?.isLowercase ?? false { return true }
        let lastWord = previous.split(separator: " ").last.map { $0.lowercased() } ?? ""
        return ["i", "av", "för", "och", "om", "till", "med", "på", "vid", "från", "inom", "samt", "-", "–"].contains(lastWord)
    }

    static func isListLine(_ text: String) -> Bool {
        text.hasPrefix("- ") || text.hasPrefix("• ") || text.hasPrefix("– ") || text.hasPrefix("· ")
    }
}
