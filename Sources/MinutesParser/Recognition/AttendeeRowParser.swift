import MinutesModel

/// Reads one attendee row: "Leif Eriksson<TAB>Botkyrka kommun, punkt 2-7", "Kjell Hedvall (S), ordförande", ...
enum AttendeeRowParser {
    /// The attendee on `line`, or nil when the line reads like prose rather than a row.
    static func parse(_ line: String) -> Attendee? {
        let text = line.trimmingSpaces
        guard !text.isEmpty, text.count <= 160 else { return nil }
        let columns = splitColumns(text)
        var name: String
        var descriptors: [String]
        if columns.count >= 2 {
            name = columns[0]
            descriptors = columns.dropFirst().flatMap { splitCommas($0) }
        } else {
            let parts = splitCommas(text)
            name = parts.first ?? ""
            descriptors = Array(parts.dropFirst())
        }
        var attendee = Attendee(name: name)
        if let range = name.range(of: " ersätter ") {
            attendee.notes.append(String(name[range.lowerBound...]).trimmingSpaces)
            name = String(name[..<range.lowerBound]).trimmingSpaces
        }
        (name, attendee.organisation) = splitParty(name)
        guard looksLikeName(name) else { return nil }
        attendee.name = name
        var previousWasPresence = false
        for descriptor in descriptors where !descriptor.isEmpty {
            // "§§ 1-3, 5": the comma split the presence note; a bare number after it continues it.
            if previousWasPresence, let more = PresenceParser.ranges(in: Substring(descriptor)) {
                attendee.presence += more
                continue
            }
            previousWasPresence = classify(descriptor, into: &attendee)
        }
        return attendee
    }

    /// A row from a line of running text: it needs a column separator or a capitalised name, so prose is not taken for a row.
    static func parseStrict(_ line: String) -> Attendee? {
        guard let attendee = parse(line) else { return nil }
        let hasColumns = splitColumns(line.trimmingSpaces).count >= 2 || line.contains(",")
        let particles: Set<Substring> = ["von", "af", "de", "van", "der", "den", "la", "du"]
        let capitalised = attendee.name.split(separator: " ").allSatisfy { word in
            particles.contains(word) || word.first?.isUppercase == true || word.first == "("
        }
        return hasColumns || capitalised ? attendee : nil
    }

    /// Names in a comma-separated list ("A, B och C").
    /// "Havs- och Vattenmyndigheten" is one name (a compound with its first part suspended); "(eSam - synk mellan
    /// mötena)" is eSam with a note.
    static func parseNameList(_ text: String) -> [Attendee]? {
        let pieces = text.components(separatedBy: " och ")
        var joined = pieces[0]
        for piece in pieces.dropFirst() { joined += (joined.hasSuffix("-") ? " och " : ", ") + piece }
        let parts = splitCommas(joined).filter { !$0.isEmpty }
        var attendees: [Attendee] = []
        for part in parts {
            if part.hasPrefix("("), part.hasSuffix(")"), let dash = part.range(of: " - ") {
                let name = part[part.index(after: part.startIndex)..<dash.lowerBound].trimmingSpaces
                let note = part[dash.upperBound..<part.index(before: part.endIndex)].trimmingSpaces
                guard !name.isEmpty else { return nil }
                attendees.append(Attendee(name: name, notes: note.isEmpty ? [] : [note]))
                continue
            }
            guard let attendee = parse(part) else { return nil }
            attendees.append(attendee)
        }
        return attendees.isEmpty ? nil : attendees
    }

    /// Files one descriptor under presence, role, organisation or notes; true when it was presence.
    private static func classify(_ descriptor: String, into attendee: inout Attendee) -> Bool {
        let key = Vocabulary.key(descriptor)
        if let presence = PresenceParser.parse(descriptor) {
            attendee.presence += presence.ranges
            attendee.presenceUnit = presence.unit
            return true
        } else if Vocabulary.isRole(key) {
            attendee.roles.append(key)
        } else if attendee.organisation == nil {
            attendee.organisation = descriptor
        } else {
            attendee.notes.append(descriptor)
        }
        return false
    }

    /// Splits at tabs, runs of two or more spaces, and pipes.
    static func splitColumns(_ text: String) -> [String] {
        var columns: [String] = []
        var current = ""
        var spaces = 0
        for c in text {
            if c == "\t" || c == "|" {
                columns.append(current); current = ""; spaces = 0
            } else if c == " " {
                spaces += 1
            } else {
                if spaces >= 2 { columns.append(current); current = "" } else if spaces == 1 { current.append(" ") }
                spaces = 0
                current.append(c)
            }
        }
        columns.append(current)
        return columns.map { $0.trimmingSpaces }.filter { !$0.isEmpty }
    }

    /// Splits at commas outside parentheses.
    static func splitCommas(_ text: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var depth = 0
        for c in text {
            switch c {
            case "(": depth += 1; current.append(c)
            case ")": depth = max(0, depth - 1); current.append(c)
            case "," where depth == 0: parts.append(current.trimmingSpaces); current = ""
            default: current.append(c)
            }
        }
        parts.append(current.trimmingSpaces)
        return parts
    }

    /// "Kjell Hedvall (S)" → ("Kjell Hedvall", "S"); other parentheses stay in the name.
    private static func splitParty(_ name: String) -> (String, String?) {
        guard name.hasSuffix(")"), let open = name.lastIndex(of: "(") else { return (name, nil) }
        let inner = name[name.index(after: open)..<name.index(before: name.endIndex)]
        let isParty = (1...4).contains(inner.count) && inner.first?.isUppercase == true && inner.allSatisfy(\.isLetter)
        guard isParty else { return (name, nil) }
        return (String(name[..<open]).trimmingSpaces, String(inner))
    }

    /// A name is short, has letters, and is not a sentence.
    static func looksLikeName(_ name: String) -> Bool {
        guard let initial = name.first, initial.isLetter || initial == "(" || initial == "\u{FFFD}", name.count <= 80 else { return false }
        let words = name.split(separator: " ")
        guard words.count <= 7 else { return false }
        if let last = name.last, last == ":" || last == "?" || last == "!" { return false }
        if name.hasSuffix("."), let lastWord = words.last, lastWord.count > 4 { return false }
        return true
    }
}
