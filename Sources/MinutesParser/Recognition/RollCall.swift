import MinutesModel

/// The röstlängd (roll of those present and entitled to vote) read from its agenda item when the header has no
/// attendance list: association minutes record who was there under "Tillkännagivande av röstlängd", as a
/// bulleted list or as prose ("11 närvarande, varav …: nsg, stellanl, kaj").
enum RollCall {
    static func apply(to minutes: inout Minutes, diagnostics: inout [Diagnostic]) {
        guard !minutes.attendance.contains(where: { $0.kind == .present }),
              let item = minutes.items.first(where: isRollCall) else { return }
        let attendees = self.attendees(in: item.blocks)
        guard !attendees.isEmpty else { return }
        minutes.attendance.insert(AttendanceGroup(label: item.title.plainText.trimmingSpaces, kind: .present, attendees: attendees), at: 0)
        diagnostics.append(Diagnostic(.note, "roll-call", "the present (\(attendees.count)) read from the röstlängd in item “\(item.title.plainText.trimmingSpaces)”", at: item.location))
    }

    private static func isRollCall(_ item: AgendaItem) -> Bool {
        let title = item.title.plainText.lowercased()
        return title.contains("röstlängd") || title.contains("närvarolista")
    }

    /// The people listed: each entry of a list, and the names after the colon of a sentence that lists them.
    static func attendees(in blocks: [Block]) -> [Attendee] {
        var out: [Attendee] = []
        var note: String?
        for block in blocks {
            switch block {
            case .list(let list):
                for entry in list.items {
                    guard case .paragraph(let inlines)? = entry.first else { continue }
                    let name = inlines.plainText.trimmingSpaces
                    guard !name.isEmpty, name.split(separator: " ").count <= 8 else { continue }
                    out.append(Attendee(name: name, notes: note.map { [$0] } ?? []))
                }
            case .paragraph(let inlines):
                let text = inlines.plainText.trimmingSpaces
                note = text.lowercased().contains("utan rösträtt") ? "utan rösträtt" : nil
                if let colon = text.lastIndex(of: ":") {
                    let names = self.names(in: text[text.index(after: colon)...])
                    out += names.map { Attendee(name: $0) }
                } else if text.lowercased().hasPrefix("samt "), let name = text.dropFirst(5).split(separator: " ").first {
                    // "Samt katy från en bit in i punkt 8.": one more, with when they came.
                    let rest = text.dropFirst(5 + name.count).trimmingSpaces
                    out.append(Attendee(name: String(name), notes: rest.isEmpty ? [] : [String(rest.hasSuffix(".") ? rest.dropLast() : Substring(rest))]))
                }
            case .heading, .decision, .quote, .table, .code, .separator, .section:
                continue
            }
        }
        return out
    }

    /// "nsg, stellanl, kaj och blgl": names of at most four words, no digits; nil when any part is not a name.
    private static func names(in text: Substring) -> [String] {
        var parts = text.split(separator: ",").map { $0.trimmingSpaces }
        if let last = parts.last, let and = last.range(of: " och ") {
            parts[parts.count - 1] = String(last[..<and.lowerBound])
            parts.append(String(last[and.upperBound...]))
        }
        parts = parts.map { $0.hasSuffix(".") ? String($0.dropLast()) : $0 }.filter { !$0.isEmpty }
        guard parts.count >= 2, parts.allSatisfy({ $0.split(separator: " ").count <= 4 && !$0.contains(where: \.isNumber) }) else { return [] }
        return parts
    }
}
