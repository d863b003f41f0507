import MinutesModel

/// The attendance grid of a converted protocol, whose two columns PDF conversion flattened into shared lines:
/// "Ledamöter  Tjänstgörande ersättare", then "Ersättare  Tjänstepersoner". People are found by their shape —
/// "Name (Party)[, role][ ersätter Name (Party)]" for members, "Name, title" for officials — not by column.
struct AttendanceGrid {
    private(set) var groups: [AttendanceGroup] = []

    private enum Zone { case deciding, substitutes, others }

    private struct Entry {
        var zone: Zone
        var text: String
        var hasParty: Bool
        /// "… för Charlotte" waits for "Wallenstein (M)" on a later line.
        var isOpen: Bool {
            // An entry that has grown past a few lines is no name waiting for its party (and searching it on
            // every line would make a long run of continuation lines quadratic).
            guard hasParty, text.utf8.count <= 400 else { return false }
            let after: Substring
            if let r = text.range(of: "ersätter", options: .backwards) ?? text.range(of: "tjänstgör för", options: .backwards) {
                after = text[r.upperBound...]
            } else if let close = text.firstIndex(of: ")"), text[text.index(after: close)...].drop(while: { $0 == " " || $0 == "," }).hasPrefix("för ") {
                after = text[text.index(after: close)...].drop(while: { $0 == " " || $0 == "," }).dropFirst(4)
            } else {
                return false
            }
            let trimmed = after.drop { $0 == " " }
            return !trimmed.contains("(") || trimmed.hasPrefix("(")
        }
    }

    static let labels = ["Beslutande", "Ledamöter", "Tjänstgörande ersättare", "Övriga närvarande", "Ersättare", "Tjänstepersoner",
                         "Övriga deltagare", "Närvarande ersättare", "Ej tjänstgörande ersättare", "Personalföreträdare", "Övriga", "Tjänstemän", "Tjänstepersoner:", "Sekreterare:"]
    static let endLabels = ["Plats och tid för justering", "Justeringens plats", "Utses att justera", "Sekreterare", "Ordförande",
                            "Protokolljusterare", "Justering", "Paragraf", "Justerande"]

    init(lines: [String]) {
        guard let start = lines.firstIndex(where: { $0.hasPrefix("Beslutande") || $0.hasPrefix("Ledamöter") }) else { return }
        var zone = Zone.deciding
        var entries: [Entry] = []
        var previousLine: [Int] = []  // entries started on the previous line with people
        for text in lines[start...] {
            if !entries.isEmpty, Self.endLabels.contains(where: { text == $0 || text.hasPrefix($0 + " ") }) { break }
            var rest = Substring(text)
            var strippedLabel = true
            while strippedLabel {
                strippedLabel = false
                for label in Self.labels where rest.hasPrefix(label) && (rest.count == label.count || rest.dropFirst(label.count).first == " ") {
                    switch label {
                    case "Ersättare", "Närvarande ersättare", "Ej tjänstgörande ersättare": zone = .substitutes
                    case "Övriga närvarande", "Tjänstepersoner", "Övriga deltagare", "Personalföreträdare", "Övriga", "Tjänstemän":
                        if zone == .deciding { zone = .others }
                    case "Ledamöter", "Tjänstgörande ersättare": zone = .deciding
                    default: break
                    }
                    rest = rest.dropFirst(label.count).drop { $0 == " " }
                    strippedLabel = true
                }
            }
            if rest.isEmpty { continue }
            let line = String(rest)
            let open = previousLine.last(where: { entries[$0].isOpen }) ?? previousLine.first(where: { entries[$0].isOpen })
            let starts = Self.entryStarts(in: line, canComplete: open != nil)
            let firstStart = starts.first?.offset ?? line.count
            let lead = String(line.prefix(firstStart)).trimmingSpaces
            if !lead.isEmpty {
                // Text before the first person continues an entry of the line above: in a two-column line the
                // left one, else the last one.
                let target = starts.isEmpty ? (previousLine.last ?? entries.indices.last) : (previousLine.first ?? entries.indices.last)
                if let target { entries[target].text += " " + lead }
            }
            var startedHere: [Int] = []
            for (n, s) in starts.enumerated() {
                let end = n + 1 < starts.count ? starts[n + 1].offset : line.count
                let piece = String(line.dropFirst(s.offset).prefix(end - s.offset)).trimmingSpaces
                switch s.kind {
                case .completion:
                    if let open { entries[open].text += " " + piece }
                case .member, .official:
                    entries.append(Entry(zone: zone, text: piece, hasParty: s.kind == .member))
                    startedHere.append(entries.count - 1)
                }
            }
            if !startedHere.isEmpty { previousLine = startedHere }
        }
        var deciding: [Attendee] = [], substitutes: [Attendee] = [], others: [Attendee] = []
        for entry in entries {
            var attendee = Self.attendee(entry.text, hasParty: entry.hasParty)
            switch (entry.zone, entry.hasParty) {
            case (.deciding, true): deciding.append(attendee)
            case (.substitutes, true): substitutes.append(attendee)
            case (.others, true):
                // "Karin Knutsson Friberg (EY)": among officials the parentheses name an organisation.
                attendee.organisation = attendee.party
                attendee.party = nil
                others.append(attendee)
            case (_, false): others.append(attendee)
            }
        }
        if !deciding.isEmpty { groups.append(AttendanceGroup(label: "Beslutande", kind: .present, attendees: deciding)) }
        if !substitutes.isEmpty { groups.append(AttendanceGroup(label: "Ersättare", kind: .substitute, attendees: substitutes)) }
        if !others.isEmpty { groups.append(AttendanceGroup(label: "Övriga närvarande", kind: .other, attendees: others)) }
    }

    private enum StartKind { case member, official, completion }

    /// Where people start on a line: "Name (P)" with two or more capitalised words (or "Name ersätter"), not after
    /// "ersätter"/"för"; "Name Surname," at the line start or right after a member's party; and, when an entry of
    /// the line above waits for its replaced member, the "Surname (P)" that completes it.
    private static func entryStarts(in line: String, canComplete: Bool) -> [(offset: Int, kind: StartKind)] {
        let words = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        var offsets: [Int] = []
        var o = 0
        for w in words { offsets.append(o); o += w.count + 1 }
        var starts: [(offset: Int, kind: StartKind)] = []
        var completed = !canComplete
        /// The first word of the name ending before word `i`; `includingLast` when word `i` is the name's last word.
        func runStart(before i: Int, includingLast: Bool = false) -> Int {
            var j = i - 1
            let lastParticle = includingLast ? i : i - 1
            while j >= 0, isNameWord(words[j]) || (j > 0 && j < lastParticle && particles.contains(words[j])), i - j <= 4 { j -= 1 }
            return j + 1
        }
        for i in words.indices {
            let w = words[i]
            if isPartyToken(w) || w == "ersätter" {
                let first = runStart(before: i)
                let count = i - first
                let before = first > 0 ? words[first - 1] : nil
                if before == "ersätter" || before == "för" || (w == "ersätter" && (count < 2 || i + 1 < words.count && isPartyToken(words[i + 1]) == false && first > 0 && !(before.map(isPartyToken) ?? true))) {
                    continue
                }
                if isPartyToken(w), !completed, count >= 1, first > 0 || count == 1 {
                    starts.append((offsets[first], .completion))
                    completed = true
                } else if count >= 2, !(w == "ersätter" && first > 0 && !(before.map { isPartyToken($0) || $0.hasSuffix(")") } ?? true)) {
                    if !starts.contains(where: { $0.offset == offsets[first] }) { starts.append((offsets[first], .member)) }
                }
            } else if w.hasSuffix(","), i >= 1, isNameWord(String(w.dropLast())), isNameWord(words[i - 1]) || (i >= 2 && particles.contains(words[i - 1]) && isNameWord(words[i - 2])) {
                let atEnd = i + 1 == words.count
                let first = runStart(before: i, includingLast: true)
                let nextLower = atEnd || (words[i + 1].first?.isLowercase ?? false) || first == 0
                if nextLower, first == 0 || isPartyToken(words[first - 1]) || words[first - 1].hasSuffix(")"), i - first <= 3 {
                    starts.append((offsets[first], .official))
                }
            }
        }
        return starts.sorted { $0.offset < $1.offset }
    }

    static let particles: Set<String> = ["von", "af", "de", "van", "der", "la"]
    static let roleWords: Set<String> = ["Ordförande", "Vice", "Ledamot", "Ersättare", "Sekreterare", "Justerare", "Tjänstgörande", "Övriga"]

    static func isPartyToken(_ word: String) -> Bool {
        var w = Substring(word)
        while let l = w.last, l == "," || l == "." || l == ";" { w.removeLast() }
        guard w.hasPrefix("("), w.hasSuffix(")") else { return false }
        let inner = w.dropFirst().dropLast()
        return (1...3).contains(inner.count) && inner.allSatisfy { $0.isUppercase } || inner == "-"
    }

    static func isNameWord(_ word: String) -> Bool {
        guard let first = word.first, first.isUppercase, word.count >= 2 else { return false }
        return word.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" } && !word.allSatisfy(\.isUppercase) && !roleWords.contains(word)
    }

    static let roles = ["1:e vice ordförande", "2:e vice ordförande", "3:e vice ordförande", "vice ordförande", "tjänstgörande ordförande",
                        "ordförande", "ålderspresident"]

    /// "Lisa Andersson (M), Ordförande", "Bo Ek (M) ersätter Anna Al (M) §§ 1-5", "Andrea Egerlundh, kommunsekreterare".
    private static func attendee(_ text: String, hasParty: Bool) -> Attendee {
        var text = text
        if hasParty, let r = text.range(of: " ersätter "), !text[..<r.lowerBound].contains("(") {
            // "Marie-Louise Alfvegren ersätter (M) Paul Blomdahl (M)" / "Maria Svärd Wänt ersätter Morgan Johansson (M)"
            let name = String(text[..<r.lowerBound])
            var after = text[r.upperBound...].drop { $0 == " " }
            var party = ""
            if after.hasPrefix("("), let c = after.firstIndex(of: ")") {
                party = String(after[...c]) + " "
                after = after[after.index(after: c)...].drop { $0 == " " }
            }
            text = party.isEmpty ? name + " () ersätter " + after : name + " " + party + "ersätter " + after
        }
        guard hasParty, let open = text.firstIndex(of: "("), let close = text[open...].firstIndex(of: ")") else {
            let parts = text.split(separator: ",", maxSplits: 1)
            let name = parts.first.map { String($0).trimmingSpaces } ?? text
            let title = parts.count > 1 ? String(parts[1]).trimmingSpaces : nil
            return Attendee(name: name, notes: title.map { [$0] } ?? [])
        }
        let name = String(text[..<open]).trimmingSpaces
        let partyText = String(text[text.index(after: open)..<close])
        let party: String? = partyText.isEmpty ? nil : partyText
        var rest = String(text[text.index(after: close)...]).trimmingSpaces
        while rest.hasPrefix(",") { rest = String(rest.dropFirst()).trimmingSpaces }
        var attendee = Attendee(name: name, party: party)
        if let r = rest.range(of: "ersätter ") ?? rest.range(of: "tjänstgör för ") ?? (rest.hasPrefix("för ") ? rest.range(of: "för ") : nil) {
            let replaced = rest[r.upperBound...]
            let end = replaced.firstIndex(of: "(") ?? replaced.endIndex
            attendee.replaces = String(replaced[..<end]).trimmingSpaces
            var after = replaced[end...]
            if let c = after.firstIndex(of: ")") { after = after[after.index(after: c)...] }
            let before = String(rest[..<r.lowerBound]).trimmingSpaces
            rest = (before.isEmpty ? "" : before + " ") + String(after).trimmingSpaces
            rest = rest.trimmingSpaces
            while rest.hasPrefix(",") { rest = String(rest.dropFirst()).trimmingSpaces }
        }
        let lower = rest.lowercased()
        if let role = roles.first(where: { lower.hasPrefix($0) }) {
            attendee.roles = [role]
            rest = String(rest.dropFirst(role.count)).trimmingSpaces
            while rest.hasPrefix(",") { rest = String(rest.dropFirst()).trimmingSpaces }
        }
        if !rest.isEmpty { attendee.notes = [rest] }
        return attendee
    }
}
