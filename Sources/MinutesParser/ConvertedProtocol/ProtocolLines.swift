import MinutesModel

/// One line of a protocol converted from PDF, with its place in the source and its page.
struct ProtocolLine {
    /// The text with outer spaces trimmed and runs of spaces kept.
    var text: String
    /// The 1-based source line.
    var line: Int
    /// The 1-based page (`<!-- sida N -->` markers), 1 before any marker.
    var page: Int

    var isBlank: Bool { text.isEmpty }
}

/// The pages of a converted protocol, with page furniture and the table of contents taken out first.
struct ProtocolPages {
    /// Every line of the body, page markers removed.
    private(set) var lines: [ProtocolLine] = []
    /// Lines removed as furniture or table of contents, for the notes.
    private(set) var removedFurniture = 0
    private(set) var removedContents: SourceLocation?
    private(set) var removedTrailer: SourceLocation?

    init(body: String) {
        var page = 1
        var number = 0
        for raw in body.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let text = Self.trimmed(raw)
            if text.hasPrefix("<!-- sida"), text.hasSuffix("-->") {
                page = Int(text.dropFirst(9).dropLast(3).trimmingSpaces) ?? page + 1
                continue
            }
            lines.append(ProtocolLine(text: text, line: number, page: page))
        }
        removeTrailerPages()
        removeFurniture()
        removeContents()
    }

    static func trimmed(_ raw: Substring) -> String {
        var s = raw
        while let f = s.first, f == " " || f == "\t" || f == "\r" || f == "\u{00A0}" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\r" || l == "\u{00A0}" { s.removeLast() }
        return String(s)
    }

    /// The e-signature service's pages ("Undertecknat av följande personer", "Dokumentet är signerat av …").
    private mutating func removeTrailerPages() {
        var trailerPages = Set<Int>()
        for line in lines where Self.isTrailerStart(line.text) { trailerPages.insert(line.page) }
        guard let first = trailerPages.min() else { return }
        removedTrailer = lines.first { $0.page == first && !$0.isBlank }.map { SourceLocation(line: $0.line, column: 1) }
        lines.removeAll { trailerPages.contains($0.page) }
    }

    static func isTrailerStart(_ text: String) -> Bool {
        let squeezed = text.squeezingSpaces
        return squeezed.hasPrefix("Undertecknat av följande") || squeezed.hasPrefix("Dokumentet är signerat av")
            || squeezed == "© Visma" || squeezed.hasPrefix("Underskriftstjänst:") || squeezed.hasPrefix("© Visma Consulting")
    }

    /// Lines every page repeats at its top (letterhead, organ, "Datum", the date, "N (M)"), and the
    /// signature and certification lines at page feet.
    private mutating func removeFurniture() {
        let byPage = linesByPage()
        guard byPage.count > 1 else { return }
        var headCounts: [String: Int] = [:]
        var heads: [Int: [Int]] = [:]  // page → indices of its first lines
        for (page, onPageAll) in byPage {
            let onPage = onPageAll.filter { !lines[$0].isBlank }.prefix(6)
            let indices = onPage.prefix { ProtocolItemHeading.parse(lines[$0].text) == nil && lines[$0].text != "Innehåll" }
            heads[page] = Array(indices)
            for key in Set(indices.map { Self.furnitureKey(lines[$0].text) }) { headCounts[key, default: 0] += 1 }
        }
        var remove = Set<Int>()
        for (page, indices) in heads where page > 1 {
            for index in indices {
                let key = Self.furnitureKey(lines[index].text)
                if headCounts[key, default: 0] >= 2 || Self.isPageLabelLine(lines[index].text) { remove.insert(index) } else { break }
            }
        }
        for index in lines.indices where Self.isFootLine(lines[index].text) { remove.insert(index) }
        removedFurniture = remove.count
        lines = lines.indices.filter { !remove.contains($0) }.map { lines[$0] }
    }

    /// A line's text with its page label ("3 (13)") and spacing taken away, so every page's header compares equal.
    static func furnitureKey(_ text: String) -> String {
        var words = text.split(separator: " ")
        if words.count >= 2, words[words.count - 1].hasPrefix("("), words[words.count - 1].hasSuffix(")"),
           Int(words[words.count - 2]) != nil {
            words.removeLast(2)
        }
        return words.joined(separator: " ")
    }

    /// "SAMMANTRÄDESPROTOKOLL 3 (13)", "Sida 2 av 5", "2 (4)".
    static func isPageLabelLine(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard let last = words.last else { return false }
        if last.hasPrefix("("), last.hasSuffix(")"), Int(last.dropFirst().dropLast()) != nil, words.count >= 2,
           Int(words[words.count - 2]) != nil {
            return true
        }
        return text.hasPrefix("Sida ") && words.count <= 4 && words.dropFirst().allSatisfy { Int($0) != nil || $0 == "av" || $0 == "(" }
    }

    /// Lines printed at the foot of pages: the e-signature notice, signature boxes, certification.
    static func isFootLine(_ text: String) -> Bool {
        let squeezed = text.squeezingSpaces
        for prefix in ["Det här dokumentet är digitalt signerat", "Transaktionsidentitet:", "Justerandes signatur",
                       "Justerandes sign", "Utdragsbestyrkande", "Expedierat/bestyrkt", "Justerare Expedierat/bestyrkt",
                       "Justerare Utdragsbestyrkande"] where squeezed.hasPrefix(prefix) {
            return true
        }
        return false
    }

    /// The table of contents: from "Innehåll" to the end of the last page whose lines end in dot leaders and a page number.
    private mutating func removeContents() {
        guard let start = lines.firstIndex(where: { $0.text == "Innehåll" || $0.text == "Innehållsförteckning" }) else { return }
        var lastPage = lines[start].page
        var page = lastPage + 1
        let byPage = linesByPage()
        while let onPage = byPage[page], onPage.contains(where: { Self.endsWithLeader(lines[$0].text) }),
              !onPage.contains(where: { ProtocolItemHeading.parse(lines[$0].text) != nil && !hasLeaderSoon(after: $0) }) {
            lastPage = page
            page += 1
        }
        removedContents = SourceLocation(line: lines[start].line, column: 1)
        let startPage = lines[start].page
        let startLine = lines[start].line
        lines.removeAll { ($0.page == startPage && $0.line >= startLine) || ($0.page > startPage && $0.page <= lastPage) }
    }

    private func hasLeaderSoon(after index: Int) -> Bool {
        lines[index..<min(lines.count, index + 5)].contains { Self.endsWithLeader($0.text) }
    }

    /// The indices of each page's lines, in order: one pass, so many pages cost no more than few.
    private func linesByPage() -> [Int: [Int]] {
        var byPage: [Int: [Int]] = [:]
        for index in lines.indices { byPage[lines[index].page, default: []].append(index) }
        return byPage
    }

    /// "Upphandling av … ........ 3".
    static func endsWithLeader(_ text: String) -> Bool {
        var s = Substring(text)
        while let l = s.last, l.isNumber { s.removeLast() }
        guard s.count < text.count else { return false }
        s = s.dropLast(while: { $0 == " " })
        return s.hasSuffix("...") || s.hasSuffix("…") || s.hasSuffix(". .")
    }
}

extension Substring {
    func dropLast(while predicate: (Character) -> Bool) -> Substring {
        var s = self
        while let l = s.last, predicate(l) { s.removeLast() }
        return s
    }
}

extension String {
    /// Runs of spaces squeezed to one.
    var squeezingSpaces: String {
        split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }
}
