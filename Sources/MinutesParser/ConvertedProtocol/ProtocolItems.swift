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
            while let line = rest.first, !line.isBlank, SectionHeading.of(line.text) == nil || titleLines.isEmpty {
                if dnr == nil, line.text.hasPrefix("Dnr ") {
                    dnr = String(line.text.dropFirst(4)).squeezingSpaces
                } else {
                    titleLines.append(line.text.squeezingSpaces)
                }
                rest = rest.dropFirst()
            }
            // A title wrapped over a blank line: "… tidplan för" / "" / "presentationer i KF".
            guard let last = titleLines.last, let next = rest.first(where: { !$0.isBlank }), Self.continues(last, with: next.text),
                  SectionHeading.of(next.text) == nil, !(next.text.first?.isLowercase ?? false) || true
            else { break }
            rest = rest.drop { $0.isBlank }
        }
        var blocks: [Block] = []
        var section: (kind: SectionHeading, title: String)?
        var paragraphs: [String] = []
        func flush() {
            if let section {
                switch section.kind {
                case .decision:
                    blocks.append(.decision(Decision(label: section.title, clauses: paragraphs.map(clause))))
                case .section(let kind):
                    let votes = kind == .vote ? VoteCounter.count(paragraphs.joined(separator: " ")) : nil
                    blocks.append(.section(ItemSection(kind: kind, title: [.text(section.title)],
                                                       blocks: paragraphs.map { .paragraph([.text($0)]) }, votes: votes)))
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
            if let kind = SectionHeading.of(line.text), previousBlank || current.isEmpty || Self.endsSentence(current.last),
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
            } else if let kind = section?.kind, kind == SectionHeading.basis || kind == SectionHeading.distribution, let last = current.last,
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
        guard let index = blocks.firstIndex(where: { if case .section(let s) = $0 { s.kind == .proposal } else { false } }),
              case .section(let proposal) = blocks[index] else { return blocks }
        let clauses = proposal.blocks.compactMap { block -> Clause? in
            if case .paragraph(let inlines) = block { clause(inlines.plainText) } else { nil }
        }
        guard !clauses.isEmpty else { return blocks }
        var out = blocks
        out[index] = .decision(Decision(label: proposal.title.plainText, clauses: clauses))
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

/// The counts of an Omröstning: "med 11 ja-röster mot 4 nej-röster", "fyra ja-röster, en nej-röst och en som avstår".
enum VoteCounter {
    static let numberWords = ["noll": 0, "en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8,
                              "nio": 9, "tio": 10, "elva": 11, "tolv": 12, "tretton": 13, "fjorton": 14, "femton": 15, "sexton": 16,
                              "sjutton": 17, "arton": 18, "nitton": 19, "tjugo": 20]

    static func count(_ text: String) -> VoteCount? {
        let words = text.lowercased().split(whereSeparator: { " ,:.;()".contains($0) })
        var yes: Int?, no: Int?, abstained: Int?
        for (i, word) in words.enumerated() {
            guard let n = Int(word) ?? numberWords[String(word)] else { continue }
            // The counted thing follows within two words: "4 nej-röster", "en som avstår".
            for next in words[(i + 1)..<min(words.count, i + 3)] {
                if next.hasPrefix("ja-") || next == "ja" { yes = yes ?? n; break }
                if next.hasPrefix("nej") { no = no ?? n; break }
                if next.hasPrefix("avst") || next.hasPrefix("blank") { abstained = abstained ?? n; break }
            }
        }
        guard yes != nil || no != nil else { return nil }
        return VoteCount(yes: yes, no: no, abstained: abstained)
    }
}
