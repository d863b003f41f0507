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
            guard hasParty else { return false }
            let after = text.split(separator: ")", maxSplits: 1).dropFirst().first.map(String.init) ?? ""
            guard let r = after.range(of: "ersätter ") ?? (after.hasPrefix(" för ") || after.hasPrefix(", för ") ? after.range(of: "för ") : nil) else { return false }
            return !after[r.upperBound...].contains("(")
        }
    }

    static let labels = ["Beslutande", "Ledamöter", "Tjänstgörande ersättare", "Övriga närvarande", "Ersättare", "Tjänstepersoner",
                         "Övriga deltagare", "Närvarande ersättare", "Ej tjänstgörande ersättare"]
    static let endLabels = ["Plats och tid för justering", "Justeringens plats", "Utses att justera", "Sekreterare", "Ordförande",
                            "Protokolljusterare", "Justering", "Paragraf", "Justerande"]

    init(lines: [String]) {
        guard let start = lines.firstIndex(where: { $0.hasPrefix("Beslutande") || $0.hasPrefix("Ledamöter") }) else { return }
        var zone = Zone.deciding
        var entries: [Entry] = []
        var lastStartedOnPreviousLine: Int?
        for text in lines[start...] {
            if Self.endLabels.contains(where: { text == $0 || text.hasPrefix($0 + " ") }) { break }
            var rest = Substring(text)
            var strippedLabel = true
            while strippedLabel {
                strippedLabel = false
                for label in Self.labels where rest.hasPrefix(label) && (rest.count == label.count || rest.dropFirst(label.count).first == " ") {
                    switch label {
                    case "Ersättare", "Närvarande ersättare", "Ej tjänstgörande ersättare": zone = .substitutes
                    case "Övriga närvarande", "Tjänstepersoner", "Övriga deltagare": if zone == .deciding { zone = .others }
                    case "Ledamöter": zone = .deciding
                    default: break
                    }
                    rest = rest.dropFirst(label.count).drop { $0 == " " }
                    strippedLabel = true
                }
            }
            if rest.isEmpty { continue }
            let starts = Self.entryStarts(in: String(rest), openEntry: entries.last(where: \.isOpen) != nil)
            let line = String(rest)
            var firstStart = starts.first?.offset ?? line.count
            // Text before the first person on the line continues an entry: an open "ersätter …", else the last one.
            let lead = String(line.prefix(firstStart)).trimmingSpaces
            if !lead.isEmpty {
                if let open = entries.lastIndex(where: \.isOpen), lead.contains("(") {
                    entries[open].text += " " + lead
                } else if let target = lastStartedOnPreviousLine ?? (entries.isEmpty ? nil : entries.count - 1) {
                    entries[target].text += " " + lead
                } else {
                    firstStart = 0
                }
            }
            var startedHere: Int?
            for (n, s) in starts.enumerated() {
                let end = n + 1 < starts.count ? starts[n + 1].offset : line.count
                let piece = String(line.dropFirst(s.offset).prefix(end - s.offset)).trimmingSpaces
                entries.append(Entry(zone: zone, text: piece, hasParty: s.hasParty))
                startedHere = entries.count - 1
            }
            if let startedHere { lastStartedOnPreviousLine = startedHere }
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

    /// Where people start on a line: before "Name (P)" with two or more capitalised words not after "ersätter"/"för",
    /// or "Name Surname," at the line start or right after a member's party.
    private static func entryStarts(in line: String, openEntry: Bool) -> [(offset: Int, hasParty: Bool)] {
        let words = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        var offsets: [Int] = []
        var o = 0
        for w in words { offsets.append(o); o += w.count + 1 }
        var starts: [(Int, Bool)] = []
        var i = 0
        while i < words.count {
            let w = words[i]
            if isPartyToken(w) {
                var j = i - 1
                var count = 0
                while j >= 0, isNameWord(words[j]), count < 4 { j -= 1; count += 1 }
                let before = j >= 0 ? words[j] : nil
                let afterReplaces = before == "ersätter" || before == "för"
                if count >= 2, !afterReplaces {
                    starts.append((offsets[j + 1], true))
                }
            } else if w.hasSuffix(","), i >= 1, isNameWord(String(w.dropLast())), isNameWord(words[i - 1]),
                      i + 1 < words.count, words[i + 1].first?.isLowercase ?? false {
                // "Hanna Ståhl, verksamhetschef": the name's first word starts the line or follows a party token.
                var j = i - 1
                while j - 1 >= 0, isNameWord(words[j - 1]), i - j < 3 { j -= 1 }
                if j == 0 || isPartyToken(words[j - 1]) || words[j - 1].hasSuffix(")") {
                    starts.append((offsets[j], false))
                }
            }
            i += 1
        }
        var seen = Set<Int>()
        return starts.filter { seen.insert($0.0).inserted }.sorted { $0.0 < $1.0 }.map { (offset: $0.0, hasParty: $0.1) }
    }

    static func isPartyToken(_ word: String) -> Bool {
        var w = Substring(word)
        while let l = w.last, l == "," || l == "." || l == ";" { w.removeLast() }
        guard w.hasPrefix("("), w.hasSuffix(")") else { return false }
        let inner = w.dropFirst().dropLast()
        return (1...3).contains(inner.count) && inner.allSatisfy { $0.isUppercase } || inner == "-"
    }

    static func isNameWord(_ word: String) -> Bool {
        guard let first = word.first, first.isUppercase, word.count >= 2 else { return false }
        return word.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" } && !word.allSatisfy(\.isUppercase)
    }

    static let roles = ["1:e vice ordförande", "2:e vice ordförande", "3:e vice ordförande", "vice ordförande", "tjänstgörande ordförande",
                        "ordförande", "ålderspresident"]

    /// "Lisa Andersson (M), Ordförande", "Bo Ek (M) ersätter Anna Al (M) §§ 1-5", "Andrea Egerlundh, kommunsekreterare".
    private static func attendee(_ text: String, hasParty: Bool) -> Attendee {
        guard hasParty, let open = text.firstIndex(of: "("), let close = text[open...].firstIndex(of: ")") else {
            let parts = text.split(separator: ",", maxSplits: 1)
            let name = parts.first.map { String($0).trimmingSpaces } ?? text
            let title = parts.count > 1 ? String(parts[1]).trimmingSpaces : nil
            return Attendee(name: name, notes: title.map { [$0] } ?? [])
        }
        let name = String(text[..<open]).trimmingSpaces
        let party = String(text[text.index(after: open)..<close])
        var rest = String(text[text.index(after: close)...]).trimmingSpaces
        while rest.hasPrefix(",") { rest = String(rest.dropFirst()).trimmingSpaces }
        var attendee = Attendee(name: name, party: party)
        if let r = rest.range(of: "ersätter ") ?? (rest.hasPrefix("för ") ? rest.range(of: "för ") : nil) {
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
