import MinutesModel

/// The first page's header grid of a converted protocol: organ, date, place and time, attendance, signers.
struct ProtocolHeader {
    var organ: String?
    var date: LocalDate?
    var start: LocalTime?
    var end: LocalTime?
    var place: String?
    var attendance: [AttendanceGroup] = []
    var signatures: [Signature] = []

    init(lines: ArraySlice<ProtocolLine>) {
        let texts = lines.map { $0.text.squeezingSpaces }
        readOrganAndDate(texts)
        readPlaceAndTime(texts)
        readSigners(texts)
        var skipped = Set<Int>()
        if signatures.isEmpty { skipped = readSignersAfterLabelColumn(texts) }
        attendance = AttendanceGrid(lines: texts.enumerated().map { skipped.contains($0.offset) ? "" : $0.element }).groups
    }

    private static let letterheadWords = ["SAMMANTRÄDESPROTOKOLL", "KOMMUN", "Datum", "SAMMANTRÄDESANTECKNINGAR", "PROTOKOLL"]

    /// The organ is the line under the letterhead ("KUNGSBACKA KOMMUN SAMMANTRÄDESPROTOKOLL"); the date follows "Datum".
    private mutating func readOrganAndDate(_ texts: [String]) {
        let nonBlank = texts.filter { !$0.isEmpty }
        for (i, text) in nonBlank.prefix(8).enumerated() {
            if date == nil, let d = LocalDate(iso: text) ?? LocalDate(iso: String(text.suffix(10))) { date = d }
            guard organ == nil, i > 0 else { continue }
            let previous = nonBlank[i - 1]
            guard previous.uppercased() == previous, previous.contains("KOMMUN") || previous.contains("PROTOKOLL") || previous.contains("REGION") else { continue }
            var candidate = text
            for word in [" Datum", " SAMMANTRÄDESPROTOKOLL", " SAMMANTRÄDESANTECKNINGAR"] where candidate.hasSuffix(word) {
                candidate = String(candidate.dropLast(word.count))
            }
            if candidate.uppercased() != candidate, !Self.letterheadWords.contains(candidate), LocalDate(iso: candidate) == nil {
                organ = candidate
            }
        }
    }

    /// "Plats och tid för Kungsbackarummet, Storgatan 37 Klockan 08:30-08:50" (the label may wrap: "sammanträde").
    private mutating func readPlaceAndTime(_ texts: [String]) {
        guard let index = texts.firstIndex(where: { Self.timeRange(in: $0) != nil && ($0.contains("lockan") || $0.contains("kl.") || $0.hasPrefix("Plats")) })
        else { return }
        var text = texts[index]
        for label in ["Plats och tid för sammanträde", "Plats och tid för", "Plats och tid", "Tid och plats"] where text.hasPrefix(label) {
            text = String(text.dropFirst(label.count)).trimmingSpaces
            break
        }
        if let (s, e, range) = Self.timeRange(in: text) {
            start = s
            end = e
            var before = String(text[..<range.lowerBound]).trimmingSpaces
            for word in ["Klockan", "klockan", "kl.", "Kl.", "kl"] where before.hasSuffix(word) {
                before = String(before.dropLast(word.count)).trimmingSpaces
                break
            }
            while let last = before.last, last == "," || last == " " { before.removeLast() }
            if !before.isEmpty { place = before }
        }
    }

    /// "08:30-08:50", "13.00–15.40", "17:00 — 20:00", "09.00-12.00, 13.00-15.00" (first start, last end).
    static func timeRange(in text: String) -> (LocalTime, LocalTime?, Range<String.Index>)? {
        let chars = Array(text.indices)
        var times: [(LocalTime, Range<String.Index>)] = []
        var i = 0
        while i < chars.count {
            if let (time, endIndex) = time(in: text, at: chars[i]) {
                times.append((time, chars[i]..<endIndex))
                i = text.distance(from: text.startIndex, to: endIndex)
                continue
            }
            i += 1
        }
        guard let first = times.first else { return nil }
        return (first.0, times.count > 1 ? times.last?.0 : nil, first.1.lowerBound..<(times.last?.1.upperBound ?? first.1.upperBound))
    }

    private static func time(in text: String, at index: String.Index) -> (LocalTime, String.Index)? {
        if index > text.startIndex, text[text.index(before: index)].isNumber { return nil }
        var i = index
        var hour = 0, digits = 0
        while i < text.endIndex, text[i].isASCII, let d = text[i].wholeNumberValue, digits < 2 { hour = hour * 10 + d; digits += 1; i = text.index(after: i) }
        guard digits > 0, i < text.endIndex, text[i] == ":" || text[i] == "." else { return nil }
        i = text.index(after: i)
        var minute = 0, minuteDigits = 0
        while i < text.endIndex, text[i].isASCII, let d = text[i].wholeNumberValue, minuteDigits < 2 { minute = minute * 10 + d; minuteDigits += 1; i = text.index(after: i) }
        guard minuteDigits == 2, i == text.endIndex || !text[i].isNumber, let t = LocalTime(hour: hour, minute: minute) else { return nil }
        return (t, i)
    }

    /// "Sekreterare Andrea Egerlundh Paragraf § 2", "Ordförande Lisa Andersson", "Protokolljusterare Fredrik Hansson".
    private mutating func readSigners(_ texts: [String]) {
        let labels: [(String, String)] = [("Sekreterare", "Sekreterare"), ("Ordförande", "Ordförande"),
                                          ("Protokolljusterare", "Justerare"), ("Justerande", "Justerare"), ("Justerare", "Justerare")]
        for (i, line) in texts.enumerated() {
            let text = line.hasPrefix("Underskrifter ") ? String(line.dropFirst(14)) : line
            guard let (label, role) = labels.first(where: { text == $0.0 || text.hasPrefix($0.0 + " ") }) else { continue }
            var value = String(text.dropFirst(label.count)).trimmingSpaces
            if value.isEmpty, i + 1 < texts.count, !texts[i + 1].isEmpty, ProtocolHeader.personName(texts[i + 1]) != nil { value = texts[i + 1] }
            for cut in [" Paragrafer", " Paragraf", " Utses att justera", " §"] {
                if let r = value.range(of: cut) { value = String(value[..<r.lowerBound]) }
            }
            for name in value.components(separatedBy: " och ").flatMap({ $0.components(separatedBy: ", ") }) {
                if let person = ProtocolHeader.personName(name) {
                    signatures.append(Signature(role: role, name: person))
                }
            }
        }
    }

    /// OCR of a grid read label column first: "Sekreterare", "Ordförande", "Protokolljusterare" stand alone, and their
    /// values come later, after the justering value: "Digitalt, 2026-05-15" / "Erik Norinder" / "Annika Hedman (C)" /
    /// "Ulrika Jörgensen (M)". Returns the lines used, which are no attendees.
    private mutating func readSignersAfterLabelColumn(_ texts: [String]) -> Set<Int> {
        guard texts.contains("Sekreterare"), texts.contains("Ordförande"),
              let justering = texts.firstIndex(where: { $0.hasPrefix("Digital") || $0.hasPrefix("Direktjustering") || $0.hasPrefix("Omedelbar justering") })
        else { return [] }
        var used: Set<Int> = [justering]
        var names: [(Int, String)] = []
        for index in texts.indices.dropFirst(justering + 1) where !texts[index].isEmpty {
            guard let name = ProtocolHeader.personName(texts[index]), !texts[index].contains(",") else { break }
            names.append((index, name))
            if names.count == 3 { break }
        }
        guard names.count == 3 else { return [] }
        for ((index, name), role) in zip(names, ["Sekreterare", "Ordförande", "Justerare"]) {
            signatures.append(Signature(role: role, name: name))
            used.insert(index)
        }
        return used
    }

    /// A printed name without its party: "Lisa Andersson (M)" → "Lisa Andersson"; nil when it is not a name.
    static func personName(_ text: String) -> String? {
        var t = text.trimmingSpaces
        if let open = t.firstIndex(of: "(") { t = String(t[..<open]).trimmingSpaces }
        let words = t.split(separator: " ")
        guard (2...5).contains(words.count), words.allSatisfy({ $0.first?.isUppercase ?? false || ["af", "von", "van", "de", "el"].contains($0) }),
              !words.contains(where: { $0.allSatisfy { $0.isUppercase } && $0.count > 2 }) else { return nil }
        return t
    }
}
