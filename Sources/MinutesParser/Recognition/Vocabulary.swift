import MinutesModel

/// The Swedish words that give minutes their structure; all lookups are on `Vocabulary.key(_:)` forms.
enum Vocabulary {
    /// Lowercased, trimmed, without a trailing colon or period and with inner whitespace collapsed.
    /// Text longer than any label gets the empty key, which matches nothing (and costs nothing to make).
    static func key(_ text: some StringProtocol) -> String {
        guard text.utf8.count <= 96 else { return "" }
        // The words, lowercased and joined by one space; then no trailing ":", "." or space.
        var joined = ""
        var pendingSpace = false
        for character in text.lowercased() {
            if character == " " || character == "\t" || character == "\u{00A0}" {
                pendingSpace = !joined.isEmpty
                continue
            }
            if pendingSpace { joined.append(" "); pendingSpace = false }
            joined.append(character)
        }
        while let last = joined.last, last == ":" || last == "." || last == " " { joined.removeLast() }
        return joined
    }

    /// Attendance section labels and the kind of group each starts.
    static let attendanceLabels: [String: AttendanceKind] = [
        "deltagare": .present, "närvarande": .present, "närvarande ledamöter": .present, "ledamöter": .present,
        "beslutande": .present, "beslutande ledamöter": .present, "tjänstgörande ledamöter": .present,
        "tjänstgörande ersättare": .present, "närvarande styrelseledamöter": .present, "styrelseledamöter": .present,
        "deltagande": .present, "närvarande medlemmar": .present, "röstberättigade": .present,
        "frånvarande": .absent, "anmält förhinder": .absent, "förhinder": .absent, "ej närvarande": .absent,
        "frånvarande ledamöter": .absent, "förhindrade": .absent,
        "övriga deltagare": .other, "övriga närvarande": .other, "övriga": .other, "ersättare": .substitute,
        "närvarande ersättare": .substitute, "ej tjänstgörande ersättare": .substitute, "närvarande ej tjänstgörande ersättare": .substitute,
        "tjänstemän": .other, "adjungerade": .other, "adjungerad": .other, "gäster": .other, "kallade": .other,
        "inbjudna": .other, "övriga närvarande tjänstemän": .other, "närvarande tjänstemän": .other,
        "närvarande utan rösträtt": .other, "med rösträtt": .present, "utan rösträtt": .other,
    ]

    /// The attendance kind of a label key, also when å, ä or ö were lost to U+FFFD ("n\u{FFFD}rvarande").
    static func attendanceKind(_ key: String) -> AttendanceKind? { lookup(key, in: attendanceLabels) }

    /// The field of a label key, with the same tolerance for lost letters.
    static func fieldLabel(_ key: String) -> FieldLabel? { lookup(key, in: fieldLabels) }

    /// Whether a key is an attendee role, with the same tolerance for lost letters.
    static func isRole(_ key: String) -> Bool { lookup(key, in: roleTable) != nil }

    private static let roleTable = Dictionary(uniqueKeysWithValues: roles.map { ($0, true) })

    /// "N\u{FFFD}rvarande" → "Närvarande": a label whose lost letters the attendance vocabulary can restore.
    static func repairedAttendanceLabel(_ label: String) -> String {
        guard label.contains("\u{FFFD}"), let restored = restoredKey(key(label), in: attendanceLabels), let first = restored.first else {
            return label
        }
        return first.uppercased() + restored.dropFirst()
    }

    private static func lookup<Value>(_ key: String, in table: [String: Value]) -> Value? {
        restoredKey(key, in: table).flatMap { table[$0] }
    }

    /// The table key `key` matches, letting U+FFFD stand for å, ä or ö.
    private static func restoredKey<Value>(_ key: String, in table: [String: Value]) -> String? {
        if table[key] != nil { return key }
        guard key.contains("\u{FFFD}"), key.count <= 40 else { return nil }
        var candidates = [""]
        for c in key {
            let options: [Character] = c == "\u{FFFD}" ? ["å", "ä", "ö"] : [c]
            candidates = candidates.flatMap { prefix in options.map { prefix + String($0) } }
            if candidates.count > 81 { return nil }
        }
        return candidates.first { table[$0] != nil }
    }

    /// A multi-word attendance label at the start of a line and the text after it.
    static func attendanceLabelPrefix(of text: String) -> (label: String, kind: AttendanceKind, rest: String)? {
        guard text.utf8.count <= 200 else { return nil }
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard words.count >= 3 else { return nil }
        for length in stride(from: min(4, words.count - 1), through: 2, by: -1) {
            let label = words[..<length].joined(separator: " ")
            if let kind = attendanceKind(key(label)) {
                return (label, kind, words[length...].joined(separator: " "))
            }
        }
        return nil
    }

    /// Metadata labels of the header block.
    enum FieldLabel {
        case time, date, place, placeAndTime, organ
        /// "Utses att justera": who will justera.
        case adjusters
        /// "Justeringens plats och tid".
        case adjustmentPlaceAndTime
    }

    static let fieldLabels: [String: FieldLabel] = [
        "tid": .time, "tidpunkt": .time, "start": .time, "starttid": .time, "mötesstart": .time, "klockslag": .time, "mötestid": .time,
        "datum": .date, "mötesdatum": .date, "sammanträdesdatum": .date, "datum och tid": .placeAndTime,
        "plats": .place, "lokal": .place, "mötesplats": .place, "plats och tid": .placeAndTime, "tid och plats": .placeAndTime,
        "organ": .organ,
        "utses att justera": .adjusters, "justerare": .adjusters, "protokolljusterare": .adjusters,
        "justeringens plats och tid": .adjustmentPlaceAndTime, "plats och tid för justering": .adjustmentPlaceAndTime,
        "justeringens tid och plats": .adjustmentPlaceAndTime, "justering": .adjustmentPlaceAndTime,
    ]

    /// Roles an attendee row may carry.
    static let roles: Set<String> = [
        "justerare", "sekreterare", "ordförande", "vice ordförande", "mötesordförande", "mötessekreterare",
        "protokollförare", "justeringsperson", "justeringsman", "protokolljusterare", "ersättare", "adjungerad",
        "kassör", "ledamot", "suppleant", "observatör", "föredragande", "sammankallande", "rösträknare",
        "tjänstgörande ersättare", "ej tjänstgörande ersättare", "vice sekreterare", "ordf", "sekr",
    ]

    /// Signature block role lines ("Vid anteckningarna", "Justerat" ...).
    static let signatureRoles: Set<String> = [
        "vid anteckningarna", "vid protokollet", "vid pennan", "justerat", "justeras", "justerare", "justerande",
        "ordförande", "mötesordförande", "sekreterare", "mötessekreterare", "protokollförare", "justeringsman",
        "justeringsmän", "justeringsperson", "justeringspersoner", "vid mötet", "protokolljusterare", "justerat av",
        "justeras av", "mötesjusterare", "ordförande vid mötet", "sekreterare vid mötet", "mötets ordförande",
        "mötets sekreterare", "rösträknare och justerare",
    ]

    /// Headings that introduce a signature block and are not themselves a role.
    static let signatureHeadings: Set<String> = ["underskrifter", "underskrift", "signaturer", "justering", "namnteckningar"]

    /// Words that stand as a whole decision label ("Beslut", "Mötet beslutar").
    static func isDecisionLabel(_ key: String) -> Bool {
        if ["beslut", "beslutar", "beslutade", "beslöt", "beslöts", "beslutades", "förslag till beslut och beslut"].contains(key) {
            return true
        }
        let words = key.split(separator: " ")
        guard (2...4).contains(words.count), let last = words.last else { return false }
        return ["beslutar", "beslutade", "beslöt", "beslöts", "beslutades"].contains(last)
    }
}
